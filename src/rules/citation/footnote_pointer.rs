use crate::document::MarkerKind;
use crate::rules::citation::pointers_of_kind;
use crate::rules::{Extractions, Phase, Rule, RuleContext, RuleMeta, declare_rule};

declare_rule! {
    /// Each in-text marker — `(12)`, `（12）`, `[12]`, `[3-5]`, `〔12〕`, `①`,
    /// `⑴`, `¹²` — in a document that has a notes block, of a style that
    /// points into it (those its labels allow: `[n]` markers for a list
    /// labelled `[n]`; else the style that reaches half the entries; and a
    /// style that takes the numbering on, as `(21)` after `⑴ … ⒇`), is a
    /// pointer to the entries it denotes: by number, or by order where the
    /// numbering starts again on every page.
    ///
    /// In:  `……死劳动支配活劳动。(1)` with an entry `(1)` in 注释
    /// Out: a `c4o:InTextReferencePointer` with `c4o:hasContent "(1)"`,
    ///      `c4o:denotes` the entry's `biro:BibliographicReference`,
    ///      `ag:inSentence`, offsets and `ag:rule` <rule/N002>.
    FootnotePointer { id: "N002", name: "footnote-pointer" }
}

impl Rule for FootnotePointer {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::Entries
    }

    fn priority(&self) -> u8 {
        10
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        pointers_of_kind(context, MarkerKind::Numbered, &Self::META)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixture::run;

    #[test]
    fn markers_become_pointers_to_their_notes() {
        let (document, found) = run(
            "死劳动支配活劳动。(1)又一句(2)。\n注释:\n(1)布雷弗曼。\n(2)马克思。\n",
            &[&FootnotePointer],
        );
        assert_eq!(found.pointers.len(), 2);
        let marker = &document.markers[found.pointers[1].marker];
        assert_eq!(document.text.slice(marker.span), "(2)");
        assert_eq!(marker.notes, vec![1]);
    }
}
