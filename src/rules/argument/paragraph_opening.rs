use crate::rules::argument::{is_bare_statement, paragraph_of, take_placed_claim};
use crate::rules::{Extractions, Phase, Rule, RuleContext, RuleMeta, declare_rule};

declare_rule! {
    /// The opening sentence of a paragraph of two sentences or more, when
    /// no earlier rule took it, it ends as a sentence ends, cites nothing
    /// and gives no reason or evidence (`premise` cues), is a claim: the
    /// topic sentence (总起句) that Chinese expository and argumentative
    /// paragraphs open on, the point the sentences after it develop. It
    /// supports the claim of its section; the paragraph's other sentences
    /// support it (A013). Weaker than the cued rules and than the
    /// paragraph's closing claim (A011), which a paragraph of three
    /// sentences or more may have as well: its `ag:rule` tells.
    ///
    /// In:  `平台重塑了劳动。算法派单。工时延长了。` in section 一
    /// Out: `平台重塑了劳动。` as an `aif:I-node` with `ag:role ag:Claim` and
    ///      an `aif:RA-node` to the section's claim, `ag:rule` <rule/A012>.
    ParagraphOpening { id: "A012", name: "paragraph-opening" }
}

/// A paragraph of one sentence has no point to develop.
const MIN_SENTENCES: usize = 2;

impl Rule for ParagraphOpening {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::ArgumentPoints
    }

    fn priority(&self) -> u8 {
        5
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let mut found = Extractions::default();
        for index in 0..context.document.sentences.len() {
            let paragraph = paragraph_of(context, index);
            if paragraph.start != index || paragraph.len() < MIN_SENTENCES {
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
        let (document, found) = run(raw, &[&SectionClaim, &ParagraphOpening]);
        found
            .units
            .iter()
            .filter(|u| u.role == ArgumentRole::Claim)
            .map(|u| document.text.slice(u.span).to_string())
            .collect()
    }

    #[test]
    fn the_topic_sentence_of_a_paragraph() {
        let raw = "题目\n一、协作\n平台重塑了劳动。算法派单。工时延长了。\n单句成段。\n由于数据集中,平台获利。劳动者受控。\n";
        // Not a paragraph of one sentence, nor one that opens on a reason.
        assert_eq!(claims(raw), ["平台重塑了劳动。"]);
    }
}
