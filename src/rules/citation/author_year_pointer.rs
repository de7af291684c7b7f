use crate::document::MarkerKind;
use crate::rules::citation::pointers_of_kind;
use crate::rules::{Extractions, Phase, Rule, RuleContext, RuleMeta, declare_rule};

declare_rule! {
    /// Each author–year citation of the body — in brackets `（黄再胜，2025）`,
    /// `(Braverman, 1974: 104)`, several parted by semicolons, or in the
    /// sentence `黄再胜（2025）认为` — that names an entry of the reference
    /// list (the entry opens with the author and gives the year) is a pointer
    /// to that entry.
    ///
    /// In:  `劳动过程发生变化（黄再胜，2025）。` with the entry
    ///      `黄再胜.(2025).大模型生产…` in 参考文献
    /// Out: a `c4o:InTextReferencePointer` with `c4o:hasContent
    ///      "（黄再胜，2025）"`, `c4o:denotes` the entry's
    ///      `biro:BibliographicReference`, `ag:inSentence`, offsets and
    ///      `ag:rule` <rule/N009>.
    AuthorYearPointer { id: "N009", name: "author-year-pointer" }
}

impl Rule for AuthorYearPointer {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::Entries
    }

    fn priority(&self) -> u8 {
        5
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        pointers_of_kind(context, MarkerKind::AuthorYear, &Self::META)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixture::run;

    #[test]
    fn author_year_citations_become_pointers_to_their_entries() {
        let (document, found) = run(
            "劳动过程发生变化（黄再胜，2025）。另见(1)。\n参考文献\n黄再胜.(2025).大模型生产.社会学研究,3,1-20.\n",
            &[&AuthorYearPointer],
        );
        assert_eq!(found.pointers.len(), 1);
        let marker = &document.markers[found.pointers[0].marker];
        assert_eq!(document.text.slice(marker.span), "（黄再胜，2025）");
        assert_eq!(marker.notes, vec![0]);
    }
}
