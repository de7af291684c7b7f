use crate::rules::{
    Extractions, Phase, ReferenceFinding, Rule, RuleContext, RuleMeta, declare_rule,
};

declare_rule! {
    /// Each entry of a notes or references block (注释, 参考文献, References)
    /// is a bibliographic reference, whether or not a marker points to it.
    ///
    /// In:  `注释:` then `(1)殷杰:《生成式人工智能的主体性问题》,载《中国社会科学》2024年第8期。`
    /// Out: a `biro:BibliographicReference` with `ag:number 1`,
    ///      `c4o:hasContent` the entry without its label, its offsets and
    ///      `ag:rule` <rule/N001>; `ag:unlinked true` when no marker denotes it.
    NoteEntry { id: "N001", name: "note-entry" }
}

impl Rule for NoteEntry {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::Entries
    }

    fn priority(&self) -> u8 {
        20
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let mut found = Extractions::default();
        found.references.extend(
            (0..context.document.notes.len()).map(|note| ReferenceFinding {
                note,
                rule: &Self::META,
            }),
        );
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixture::run;

    #[test]
    fn every_entry_is_a_reference() {
        let (document, found) = run(
            "正文一句(1)。\n注释:\n(1)张三:《书》,出版社2020年版。\n(2)无人引用。\n",
            &[&NoteEntry],
        );
        assert_eq!(found.references.len(), 2);
        assert_eq!(
            document
                .text
                .slice(document.notes[found.references[1].note].content_span),
            "无人引用。"
        );
    }
}
