use crate::rules::argument::{cued, take_views};
use crate::rules::{Extractions, Phase, Rule, RuleContext, RuleMeta, declare_rule};

/// How many sentences after the view the rebuttal may open.
const REACH: usize = 2;

declare_rule! {
    /// A view the article reports as others' — 有学者认为, 一种观点认为,
    /// 人们普遍认为 (`reported_view` in `argument_cues.tsv`) — is an
    /// opposing view when one of the next two sentences of its paragraph,
    /// or a later clause of its own (`…认为X，但Y`), opens with a rebuttal
    /// (但, 然而, 事实上 …: `rebuttal`). Reported views
    /// are also how a literature review cites its support; the rebuttal
    /// after it tells that the author reports the view to argue against
    /// it. The claim of its section attacks it, and the rebutting sentence
    /// does (A007).
    ///
    /// In:  `有学者认为,平台劳动是自由的劳动。然而,算法时刻控制着骑手。`
    /// Out: the first sentence as an `aif:I-node` with `ag:role
    ///      ag:OpposingView`, an `aif:CA-node` from its section's claim to
    ///      it (`ag:attacks`), `ag:rule` <rule/A015>.
    RebuttedReport { id: "A015", name: "rebutted-report" }
}

impl Rule for RebuttedReport {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::ArgumentViews
    }

    fn priority(&self) -> u8 {
        15
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let mut found = Extractions::default();
        let document = context.document;
        let sentences = &document.sentences;
        let rebutted = |index: usize| {
            let text = document.text.slice(sentences[index].span);
            let mut clauses = text.split(['，', ',', '；', ';']).skip(1);
            let rebuttal = &context.resources.argument_cues.rebuttal;
            clauses.any(|clause| cued(rebuttal, clause))
                || sentences
                    .iter()
                    .skip(index + 1)
                    .take(REACH)
                    .take_while(|s| s.paragraph == sentences[index].paragraph)
                    .any(|s| cued(rebuttal, document.text.slice(s.span)))
        };
        take_views(
            context,
            &mut found,
            &context.resources.argument_cues.reported_view,
            rebutted,
            &Self::META,
        );
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::ArgumentRole;
    use crate::rules::fixture::run;

    fn views(raw: &str) -> Vec<String> {
        let (document, found) = run(raw, &[&RebuttedReport]);
        found
            .units
            .iter()
            .filter(|u| u.role == ArgumentRole::OpposingView)
            .map(|u| document.text.slice(u.span).to_string())
            .collect()
    }

    #[test]
    fn a_reported_view_that_a_rebuttal_follows() {
        assert_eq!(
            views("一、平台\n有学者认为,平台劳动是自由的劳动。然而,算法时刻控制着骑手。\n"),
            ["有学者认为,平台劳动是自由的劳动。"]
        );
        assert_eq!(
            views("一、平台\n一种观点认为技术是中立的，但技术从来承载着权力。\n"),
            ["一种观点认为技术是中立的，但技术从来承载着权力。"]
        );
        assert_eq!(
            views("一、平台\n人们普遍认为技术中立。这种看法由来已久。但技术从来不是中立的。\n"),
            ["人们普遍认为技术中立。"]
        );
    }

    #[test]
    fn a_reported_view_the_author_builds_on_is_no_opposing_view() {
        assert!(views("一、平台\n有学者指出,平台重塑了劳动过程。算法是其核心。\n").is_empty());
        assert!(
            views("一、平台\n有学者认为,平台劳动是自由的。\n然而,算法控制着骑手。\n").is_empty(),
            "the rebuttal must be in the same paragraph"
        );
    }
}
