use crate::rules::argument::{claim_served, cued, link, take_sentence};
use crate::rules::citation::function::CitationFunction;
use crate::rules::{
    ArgumentRole, Extractions, LinkKind, Phase, Rule, RuleContext, RuleMeta, declare_rule,
};

declare_rule! {
    /// A sentence that gives a reason or evidence — 因为, 由于, 究其根源,
    /// 研究表明, 数据显示 … (`premise` in `argument_cues.tsv`), or cites a
    /// work for any function but disagreement — is a premise. It supports
    /// the last claim before it in its paragraph, else the first claim after
    /// it there (a paragraph's closing claim, A011), else the claim of its
    /// section.
    ///
    /// In:  `马克思指出,机器是资本的形式。(15)` citing 《马克思恩格斯文集》
    /// Out: an `aif:I-node` with `ag:role ag:Premise` and an `aif:RA-node` to
    ///      the claim it serves (`ag:supports`), `ag:rule` <rule/A005>.
    Premise { id: "A005", name: "premise" }
}

impl Rule for Premise {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::ArgumentPremises
    }

    fn priority(&self) -> u8 {
        10
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let mut found = Extractions::default();
        let document = context.document;
        for (index, sentence) in document.sentences.iter().enumerate() {
            let text = document.text.slice(sentence.span);
            let cites_support = context.earlier.functions.iter().any(|f| {
                document.markers[f.marker].sentence == index
                    && f.function != CitationFunction::DisagreesWith
            });
            if !cites_support && !cued(&context.resources.argument_cues.premise, text) {
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
    use crate::rules::argument::claim::Claim;
    use crate::rules::argument::section_claim::SectionClaim;
    use crate::rules::fixture::run;

    #[test]
    fn reasons_support_the_claim_before_them() {
        let (document, found) = run(
            "题目\n一、协作\n因此,协作是控制。这是因为平台掌握数据。\n研究表明,工时延长了。\n",
            &[&SectionClaim, &Claim, &Premise],
        );
        let premises: Vec<&str> = found
            .units
            .iter()
            .filter(|u| u.role == ArgumentRole::Premise)
            .map(|u| document.text.slice(u.span))
            .collect();
        assert_eq!(
            premises,
            vec!["这是因为平台掌握数据。", "研究表明,工时延长了。"]
        );
        let targets: Vec<&str> = found
            .links
            .iter()
            .filter(|l| l.rule.id == "A005")
            .map(|l| document.text.slice(l.to))
            .collect();
        assert_eq!(targets, vec!["因此,协作是控制。", "协作"]);
    }
}
