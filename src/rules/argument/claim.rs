use crate::rules::argument::{claim_of_place, cued, link, take_sentence};
use crate::rules::{
    ArgumentRole, Extractions, LinkKind, Phase, Rule, RuleContext, RuleMeta, declare_rule,
};

declare_rule! {
    /// A sentence that draws a conclusion (因此, 由此可见, 总之, 显然 …:
    /// `claim` in `argument_cues.tsv`), or passes a verdict on a view
    /// (所谓…的说法只不过是…: `dismissal`), is a claim supporting the claim
    /// of its section (or the thesis outside sections).
    ///
    /// In:  `因此,人机协作是数字资本控制劳动的新形式。` in section 一
    /// Out: an `aif:I-node` with `ag:role ag:Claim` and an `aif:RA-node` to
    ///      the section's claim (`ag:supports`), `ag:rule` <rule/A004>.
    Claim { id: "A004", name: "claim" }
}

impl Rule for Claim {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::ArgumentClaims
    }

    fn priority(&self) -> u8 {
        10
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let mut found = Extractions::default();
        let document = context.document;
        for (index, sentence) in document.sentences.iter().enumerate() {
            let text = document.text.slice(sentence.span);
            let cues = &context.resources.argument_cues;
            if !cued(&cues.claim, text) && !cued(&cues.dismissal, text) {
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

    #[test]
    fn a_drawn_conclusion_supports_its_section() {
        let (document, found) = run(
            "题目\n一、协作\n协作扩大。因此,协作是控制。\n",
            &[&SectionClaim, &Claim],
        );
        let claim = found
            .units
            .iter()
            .find(|u| u.role == ArgumentRole::Claim)
            .unwrap();
        assert_eq!(document.text.slice(claim.span), "因此,协作是控制。");
        assert!(
            found
                .links
                .iter()
                .any(|l| l.from == claim.span && document.text.slice(l.to) == "协作")
        );
    }
}
