use crate::resources::CitationCues;
use crate::rules::citation::function::{
    CitationFunction, sentence_and_next, titles_cited, type_markers,
};
use crate::rules::{Extractions, Phase, Rule, RuleContext, RuleMeta, declare_rule};

declare_rule! {
    /// A citation of an authority: the work is a classic (马克思恩格斯文集,
    /// 资本论 …: `classic`), or the sentence defers to a classic author's
    /// words (马克思指出, 恩格斯认为 …: `authority` in `citation_functions.tsv`).
    ///
    /// In:  `马克思早就说过,……“……”(19)。` citing `《马克思恩格斯文集》第8卷`
    /// Out: the pointer `(19)` gets `ag:citationFunction cito:citesAsAuthority`
    ///      and `ag:rule` <rule/F003>; the document `cito:citesAsAuthority` the work.
    Authority { id: "F003", name: "authority" }
}

impl Rule for Authority {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::CitationFunctions
    }

    fn priority(&self) -> u8 {
        20
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let cues = &context.resources.citation_cues;
        type_markers(
            context,
            CitationFunction::CitesAsAuthority,
            &Self::META,
            |marker| {
                CitationCues::any(&cues.authority, sentence_and_next(context, marker).0)
                    || titles_cited(context, marker)
                        .iter()
                        .any(|title| CitationCues::any(&cues.classic, title))
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixture::run;

    #[test]
    fn classics_and_their_ibid_are_authorities() {
        let (_, found) = run(
            "机器是劳动的产物(1)。又一句(2)。马克思指出,资本是关系(3)。平台扩张了(4)。\n注释:\n\
             (1)《马克思恩格斯文集》第8卷,人民出版社2009年版,第186页。\n(2)同上书,第190页。\n\
             (3)某:《文》。\n(4)某:《书》。\n",
            &[&Authority],
        );
        let typed: Vec<usize> = found.functions.iter().map(|f| f.marker).collect();
        assert_eq!(typed, vec![0, 1, 2]);
    }

    /// 前引 (op. cit.) after an author's name cites that author's work
    /// cited earlier: a classic, so the pointer is an authority too.
    #[test]
    fn an_op_cit_of_a_classic_is_an_authority() {
        let (_, found) = run(
            "商品是劳动产品(1)。平台扩张了(2)。价值由此决定(3)。\n注释:\n\
             (1)卡尔·马克思:《资本论》第1卷,人民出版社2004年版,第100页。\n\
             (2)某:《书》。\n(3)马克思:前引书,第120页。\n",
            &[&Authority],
        );
        let typed: Vec<usize> = found.functions.iter().map(|f| f.marker).collect();
        assert_eq!(typed, vec![0, 2]);
    }
}
