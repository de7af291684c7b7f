//! The rule catalogue as Markdown, made from the rules' own docs: it is
//! `docs/rules.md` (a test checks that the file equals it) and the output of
//! `argraph rules --format markdown`.

use super::{RuleMeta, catalogue_entries};

/// The families of rules, by the letter their ids start with.
const FAMILIES: &[(char, &str, &str)] = &[
    (
        'C',
        "Concepts",
        "Which terms of a document are concepts, and where each is mentioned.",
    ),
    (
        'R',
        "Relations between concepts",
        "How two concepts of one sentence are related, by the words between them.",
    ),
    (
        'N',
        "Notes and cited works",
        "Notes and reference entries, the in-text markers that point to them, and the works they cite.",
    ),
    (
        'F',
        "Citation functions",
        "What a citation does for the argument, as a CiTO property.",
    ),
    (
        'A',
        "Argument",
        "The units of the argument (AIF I-nodes with a role) and what supports or attacks what.",
    ),
];

/// Every rule, grouped by family and sorted by id, with its whole
/// documentation.
pub fn markdown() -> String {
    let rules = catalogue_entries();
    let mut out = String::from(
        "# Extraction rules\n\n\
         Every fact argraph extracts names the rule that found it (`ag:rule`, a\n\
         `prov:Plan` with the rule's id and documentation, in every document\n\
         graph). This page is generated from the rules' documentation\n\
         (`argraph rules --format markdown > docs/rules.md`, checked by\n\
         `tests/docs.rs`); `argraph rules explain ID` prints one rule. The word\n\
         lists the rules read are the files of `ontology/rules/`, which\n\
         `--rules DIR` replaces without recompiling.\n",
    );
    for (letter, title, about) in FAMILIES {
        let members: Vec<&&RuleMeta> = rules
            .iter()
            .filter(|meta| meta.id.starts_with(*letter))
            .collect();
        if members.is_empty() {
            continue;
        }
        out.push_str(&format!("\n## {title}\n\n{about}\n"));
        for meta in members {
            out.push_str(&format!(
                "\n### {} {}\n\n{}\n",
                meta.id,
                meta.name,
                with_examples_as_items(meta.explanation().trim_end())
            ));
        }
    }
    out
}

/// The docs with their `In:` and `Out:` lines (and the indented lines that
/// go on from them) as list items, so that Markdown keeps them apart.
fn with_examples_as_items(docs: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut in_example = false;
    for line in docs.lines() {
        if let Some(label) = ["In:", "Out:"]
            .iter()
            .find(|label| line.starts_with(**label))
        {
            let rest = line[label.len()..].trim();
            lines.push(format!("- **{label}** {rest}"));
            in_example = true;
        } else if in_example && line.starts_with(' ') {
            let last = lines.last_mut().unwrap();
            last.push(' ');
            last.push_str(line.trim());
        } else {
            in_example = false;
            lines.push(line.to_string());
        }
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples_become_list_items_with_their_continuation_lines() {
        let docs =
            "What it matches.\n\nIn:  `甲`\nOut: a mention,\n     `ag:rule` <rule/C001>.\nMore.";
        assert_eq!(
            with_examples_as_items(docs),
            "What it matches.\n\n- **In:** `甲`\n- **Out:** a mention, `ag:rule` <rule/C001>.\nMore."
        );
    }

    #[test]
    fn every_rule_belongs_to_a_family_and_appears_once() {
        let text = markdown();
        for meta in catalogue_entries() {
            assert!(
                FAMILIES
                    .iter()
                    .any(|(letter, _, _)| meta.id.starts_with(*letter)),
                "{} has no family in the catalogue",
                meta.id
            );
            let heading = format!("\n### {} {}\n", meta.id, meta.name);
            assert_eq!(text.matches(&heading).count(), 1, "{}", meta.id);
        }
    }
}
