use crate::resources::CitationCues;
use crate::rules::citation::function::{CitationFunction, sentence_and_next, type_markers};
use crate::rules::{Extractions, Phase, Rule, RuleContext, RuleMeta, declare_rule};

declare_rule! {
    /// A citation that sends the reader elsewhere for more: 参见, 详见, 参阅,
    /// see also, cf. (`information` in `citation_functions.tsv`).
    ///
    /// In:  `关于这一争论,详见相关研究(7)。`
    /// Out: the pointer `(7)` gets `ag:citationFunction cito:citesForInformation`
    ///      and `ag:rule` <rule/F004>. A pointer no function rule types keeps
    ///      the plain `cito:cites`.
    Information { id: "F004", name: "information" }
}

impl Rule for Information {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::CitationFunctions
    }

    fn priority(&self) -> u8 {
        10
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let cues = &context.resources.citation_cues.information;
        type_markers(
            context,
            CitationFunction::CitesForInformation,
            &Self::META,
            |marker| CitationCues::any(cues, sentence_and_next(context, marker).0),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixture::run;

    #[test]
    fn see_also_is_information() {
        let (_, found) = run(
            "关于这一争论,详见相关研究(1)。平台扩张了(2)。\n注释:\n(1)某:《文》。\n(2)某:《书》。\n",
            &[&Information],
        );
        let typed: Vec<usize> = found.functions.iter().map(|f| f.marker).collect();
        assert_eq!(typed, vec![0]);
    }
}
