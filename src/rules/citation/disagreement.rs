use crate::resources::CitationCues;
use crate::rules::citation::function::{CitationFunction, sentence_and_next, type_markers};
use crate::rules::{Extractions, Phase, Rule, RuleContext, RuleMeta, declare_rule};

declare_rule! {
    /// A citation of a view the author goes on to rebut: its sentence
    /// presents a view (在…看来, 有人认为, 宣称, 的说法 …) and the next sentence
    /// opens with a rebuttal (殊不知, 然而, 但实际上, 事实上 …). Cue lists:
    /// `opposing` and `rebuttal` in `citation_functions.tsv`.
    ///
    /// In:  `在人工智能的拥趸们看来,“人工智能可以让人类工作者变得更加人性化”(18)。殊不知,……`
    /// Out: the pointer `(18)` gets `ag:citationFunction cito:disagreesWith`
    ///      and `ag:rule` <rule/F001>; the document `cito:disagreesWith` the work.
    Disagreement { id: "F001", name: "disagreement" }
}

impl Rule for Disagreement {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::CitationFunctions
    }

    fn priority(&self) -> u8 {
        40
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let cues = &context.resources.citation_cues;
        type_markers(
            context,
            CitationFunction::DisagreesWith,
            &Self::META,
            |marker| {
                let (sentence, next) = sentence_and_next(context, marker);
                CitationCues::any(&cues.opposing, sentence)
                    && CitationCues::any(&cues.rebuttal, next)
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixture::run;

    #[test]
    fn a_view_then_its_rebuttal() {
        let (_, found) = run(
            "在拥趸们看来,“机器让人更像人”(1)。殊不知,事情并非如此。有人认为如此(2)。确实如此。\n注释:\n(1)某:《书》。\n(2)某:《文》。\n",
            &[&Disagreement],
        );
        assert_eq!(found.functions.len(), 1);
        assert_eq!(found.functions[0].marker, 0);
        assert_eq!(found.functions[0].function, CitationFunction::DisagreesWith);
    }
}
