use crate::resources::CitationCues;
use crate::rules::citation::function::{CitationFunction, sentence_and_next, type_markers};
use crate::rules::{Extractions, Phase, Rule, RuleContext, RuleMeta, declare_rule};

declare_rule! {
    /// A citation of findings: its sentence reports what research, a survey
    /// or data show (研究表明, 调查显示, 数据显示, 实证研究 …: `evidence` in
    /// `citation_functions.tsv`).
    ///
    /// In:  `研究表明,生成式人工智能使客服人员的生产率提高了14%(45)。`
    /// Out: the pointer `(45)` gets `ag:citationFunction cito:citesAsEvidence`
    ///      and `ag:rule` <rule/F002>; the document `cito:citesAsEvidence` the work.
    Evidence { id: "F002", name: "evidence" }
}

impl Rule for Evidence {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::CitationFunctions
    }

    fn priority(&self) -> u8 {
        30
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let cues = &context.resources.citation_cues.evidence;
        type_markers(
            context,
            CitationFunction::CitesAsEvidence,
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
    fn findings_are_evidence() {
        let (_, found) = run(
            "研究表明,生产率提高了14%(1)。平台扩张了(2)。\n注释:\n(1)某:《文》。\n(2)某:《书》。\n",
            &[&Evidence],
        );
        let typed: Vec<usize> = found.functions.iter().map(|f| f.marker).collect();
        assert_eq!(typed, vec![0]);
    }
}
