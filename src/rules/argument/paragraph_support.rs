use crate::rules::argument::{claim_served, ends_as_sentence, link, paragraph_of, take_sentence};
use crate::rules::{
    ArgumentRole, Extractions, LinkKind, Phase, Rule, RuleContext, RuleMeta, declare_rule,
};

declare_rule! {
    /// The other sentences of a paragraph that states a claim are its
    /// support: each sentence of a paragraph of two sentences or more that
    /// no rule took, that ends as a sentence ends, in a paragraph where a
    /// rule found a claim, is a premise of that claim — the facts, examples
    /// and reasoning with which a Chinese academic paragraph develops the
    /// point it opens or closes on (A012, A011). It supports the last claim
    /// before it in the paragraph, else the first after it. The weakest of
    /// the premise rules: its `ag:rule` tells.
    ///
    /// In:  `平台重塑了劳动。算法派单。工时延长了。` (the first a claim, A012)
    /// Out: `算法派单。` and `工时延长了。` as `aif:I-node`s with `ag:role
    ///      ag:Premise`, each with an `aif:RA-node` to the claim,
    ///      `ag:rule` <rule/A013>.
    ParagraphSupport { id: "A013", name: "paragraph-support" }
}

const MIN_SENTENCES: usize = 2;

impl Rule for ParagraphSupport {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::ArgumentPremises
    }

    fn priority(&self) -> u8 {
        5
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let mut found = Extractions::default();
        let document = context.document;
        for (index, sentence) in document.sentences.iter().enumerate() {
            let paragraph = paragraph_of(context, index);
            let has_claim = context.earlier.units.iter().any(|u| {
                u.role == ArgumentRole::Claim && u.sentence.is_some_and(|s| paragraph.contains(&s))
            });
            let text = document.text.slice(sentence.span);
            if paragraph.len() < MIN_SENTENCES || !has_claim || !ends_as_sentence(text) {
                continue;
            }
            let Some(span) = take_sentence(
                context,
                &mut found,
                index,
                ArgumentRole::Premise,
                &Self::META,
            ) else {
                continue;
            };
            if let Some(to) = claim_served(context, index) {
                link(&mut found, span, to, LinkKind::Supports, &Self::META);
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::argument::paragraph_opening::ParagraphOpening;
    use crate::rules::argument::section_claim::SectionClaim;
    use crate::rules::fixture::run;

    #[test]
    fn the_sentences_that_develop_a_paragraphs_point() {
        let raw = "题目\n一、协作\n平台重塑了劳动。算法派单。工时延长了。\n单句成段。\n";
        let (document, found) = run(raw, &[&SectionClaim, &ParagraphOpening, &ParagraphSupport]);
        let premises: Vec<&str> = found
            .units
            .iter()
            .filter(|u| u.role == ArgumentRole::Premise)
            .map(|u| document.text.slice(u.span))
            .collect();
        assert_eq!(premises, ["算法派单。", "工时延长了。"]);
        let targets: Vec<&str> = found
            .links
            .iter()
            .filter(|l| l.rule.id == "A013")
            .map(|l| document.text.slice(l.to))
            .collect();
        assert_eq!(targets, ["平台重塑了劳动。", "平台重塑了劳动。"]);
    }
}
