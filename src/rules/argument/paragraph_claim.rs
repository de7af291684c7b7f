use crate::rules::argument::{is_bare_statement, paragraph_of, take_placed_claim};
use crate::rules::{Extractions, Phase, Rule, RuleContext, RuleMeta, declare_rule};

/// Paragraphs shorter than this have no room for a claim and its support.
const MIN_SENTENCES: usize = 3;

declare_rule! {
    /// The last sentence of a paragraph of three or more sentences, when no
    /// earlier rule took it, it ends as a sentence ends (。！？, so no
    /// stray author line), cites nothing and gives no reason
    /// (`premise` cues), is the paragraph's claim: Chinese argumentative
    /// prose closes a paragraph on the point its sentences build up to. It
    /// supports the claim of its section; the paragraph's premises (A005)
    /// support it. A weaker rule than the cued ones: its `ag:rule` tells.
    ///
    /// In:  `平台扩张。算法派单(3)。劳动者被数据控制。` in section 一
    /// Out: `劳动者被数据控制。` as an `aif:I-node` with `ag:role ag:Claim`
    ///      and an `aif:RA-node` to the section's claim, `ag:rule` <rule/A011>.
    ParagraphClaim { id: "A011", name: "paragraph-claim" }
}

impl Rule for ParagraphClaim {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::ArgumentPoints
    }

    fn priority(&self) -> u8 {
        10
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let mut found = Extractions::default();
        for index in 0..context.document.sentences.len() {
            let paragraph = paragraph_of(context, index);
            if paragraph.end != index + 1 || paragraph.len() < MIN_SENTENCES {
                continue;
            }
            if is_bare_statement(context, index) {
                take_placed_claim(context, &mut found, index, &Self::META);
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::ArgumentRole;
    use crate::rules::argument::section_claim::SectionClaim;
    use crate::rules::fixture::run;

    fn claims(raw: &str) -> Vec<String> {
        let (document, found) = run(raw, &[&SectionClaim, &ParagraphClaim]);
        found
            .units
            .iter()
            .filter(|u| u.role == ArgumentRole::Claim)
            .map(|u| document.text.slice(u.span).to_string())
            .collect()
    }

    #[test]
    fn the_closing_sentence_of_a_long_paragraph() {
        let raw = "题目\n一、协作\n平台扩张。算法派单。劳动者被数据控制。\n两句而已。不算。\n甲。乙。张三北京100190\n";
        assert_eq!(claims(raw), ["劳动者被数据控制。"]);
    }

    #[test]
    fn not_a_sentence_that_cites_or_gives_a_reason() {
        let raw = "题目\n一、协作\n平台扩张。算法派单。劳动被控制(3)。\n甲。乙。因为平台掌握数据。\n\n注释\n(3)张三:《平台》,北京:人民出版社,2020年。\n";
        assert!(claims(raw).is_empty());
    }
}
