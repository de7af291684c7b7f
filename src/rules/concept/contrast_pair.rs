use std::collections::{BTreeMap, BTreeSet};

use crate::document::Span;
use crate::rules::concept::nominal;
use crate::rules::{Extractions, Phase, Rule, RuleContext, RuleMeta, declare_rule};
use crate::segment::Token;

declare_rule! {
    /// Compounds a theory builds by contrast: two words with one head and
    /// two modifiers (感性认识 / 理性认识, 直接经验 / 间接经验, 相对真理 /
    /// 绝对真理, 主要矛盾 / 次要矛盾), each used at least twice, that stand
    /// together in one sentence at least once. Two words (感性 + 认识) or
    /// one the segmenter knows (主要矛盾: its first two characters and the
    /// rest); the head is a noun, a nominal word or a verb heading the
    /// compound (认识), the modifier two Han characters — an adverb among
    /// them (相对, 绝对) — but no verb, pronoun, numeral or particle; no stop
    /// word on either side.
    ///
    /// In:  `认识分为感性认识和理性认识。感性认识……理性认识……`
    /// Out: `ag:ConceptMention`s of <concept/感性认识> and
    ///      <concept/理性认识> at each occurrence, `ag:rule` <rule/C013>.
    ContrastPair { id: "C013", name: "contrast-pair", evidence: Structure }
}

const MIN_OCCURRENCES: usize = 2;

/// A word that may modify the head of a contrast.
fn modifier(token: &Token) -> bool {
    let tag = token.tag.as_str();
    token.word.chars().count() == 2
        && token.word.chars().all(crate::chars::is_han)
        && (matches!(tag, "a" | "ad" | "b" | "d" | "an" | "vn") || tag.starts_with('n'))
        && !tag.starts_with("nr")
        && !tag.starts_with("ns")
}

impl Rule for ContrastPair {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::ConceptMentions
    }

    fn priority(&self) -> u8 {
        4
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let resources = context.resources;
        let stop = |t: &Token| resources.stopwords.contains(&t.word);
        let head = |t: &Token| {
            t.word.chars().count() >= 2
                && t.word.chars().all(crate::chars::is_han)
                && (nominal(t, &resources.reference_frequencies) || t.tag == "v")
        };
        // Head → modifier → uses; and the modifiers of a head that one
        // sentence holds.
        let mut uses: BTreeMap<String, BTreeMap<String, Vec<(usize, Span)>>> = BTreeMap::new();
        let mut together: BTreeSet<(String, String, String)> = BTreeSet::new();
        for (sentence, tokens) in context.tokens.iter().enumerate() {
            // A modifier and its head as two words (感性 + 认识), or as one
            // word the segmenter knows (感性认识, 主要矛盾): its first two
            // characters and the rest.
            let mut compounds: Vec<(String, String, Span)> = Vec::new();
            for pair in tokens.windows(2) {
                let (m, h) = (&pair[0], &pair[1]);
                if m.span.end == h.span.start && modifier(m) && head(h) && !stop(m) && !stop(h) {
                    compounds.push((
                        m.word.clone(),
                        h.word.clone(),
                        Span::new(m.span.start, h.span.end),
                    ));
                }
            }
            for t in tokens {
                let chars: Vec<char> = t.word.chars().collect();
                // A set phrase (l) too, whatever its head: 感性认识.
                if chars.len() >= 4 && (head(t) || t.tag == "l") {
                    let (m, h): (String, String) =
                        (chars[..2].iter().collect(), chars[2..].iter().collect());
                    if !resources.stopwords.contains(&m) && !resources.stopwords.contains(&h) {
                        compounds.push((m, h, t.span));
                    }
                }
            }
            let mut here: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
            for (m, h, span) in compounds {
                uses.entry(h.clone())
                    .or_default()
                    .entry(m.clone())
                    .or_default()
                    .push((sentence, span));
                here.entry(h).or_default().insert(m);
            }
            for (h, modifiers) in here {
                for a in &modifiers {
                    for b in &modifiers {
                        if a < b {
                            together.insert((h.clone(), a.clone(), b.clone()));
                        }
                    }
                }
            }
        }
        let mut found = Extractions::default();
        let mut taken: BTreeSet<(&str, &str)> = BTreeSet::new();
        for (h, a, b) in &together {
            let recurs = |m: &str| uses[h][m].len() >= MIN_OCCURRENCES;
            if !(recurs(a) && recurs(b)) {
                continue;
            }
            for m in [a, b] {
                if !taken.insert((h, m)) {
                    continue;
                }
                found.mentions.extend(super::mentions_at(
                    &format!("{m}{h}"),
                    uses[h][m].iter().copied(),
                    &Self::META,
                ));
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixture::run;

    #[test]
    fn two_modifiers_of_one_head_that_stand_together() {
        let text = "认识有感性认识和理性认识两个阶段。感性认识是认识的初级阶段。\n\
                    理性认识是认识的高级阶段。主要矛盾只有一个。主要矛盾决定一切。\n";
        let (_, found) = run(text, &[&ContrastPair]);
        let terms: BTreeSet<&str> = found.mentions.iter().map(|m| m.term.as_str()).collect();
        assert!(
            terms.contains("感性认识") && terms.contains("理性认识"),
            "{terms:?}"
        );
        // A compound with no contrasting one is left to other rules.
        assert!(!terms.contains("主要矛盾"), "{terms:?}");
    }
}
