use crate::rules::argument::{claim_of_place, cued, ends_as_sentence, link, take_sentence};
use crate::rules::{
    ArgumentRole, Extractions, LinkKind, Phase, Rule, RuleContext, RuleMeta, declare_rule,
};

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
        let document = context.document;
        let sentences = &document.sentences;
        for (index, sentence) in sentences.iter().enumerate() {
            let closes_paragraph = sentences
                .get(index + 1)
                .is_none_or(|next| next.paragraph != sentence.paragraph);
            let opening = sentences[..index]
                .iter()
                .rev()
                .take_while(|s| s.paragraph == sentence.paragraph)
                .count();
            if !closes_paragraph || opening + 1 < MIN_SENTENCES {
                continue;
            }
            let cites = document.markers.iter().any(|m| m.sentence == index);
            let text = document.text.slice(sentence.span);
            if !ends_as_sentence(text)
                || cites
                || cued(&context.resources.argument_cues.premise, text)
            {
                continue;
            }
            let Some(span) =
                take_sentence(context, &mut found, index, ArgumentRole::Claim, &Self::META)
            else {
                continue;
            };
            if let Some(to) = claim_of_place(context, index) {
                link(&mut found, span, to, LinkKind::Supports, &Self::META);
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
