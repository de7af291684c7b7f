use crate::bibliography::chinese;
use crate::rules::citation::parse_notes;
use crate::rules::{Extractions, Rule, RuleContext, RuleMeta, declare_rule};

declare_rule! {
    /// An entry in the Chinese footnote style, parsed into the work it cites:
    /// `作者:《书名》,译者译,出版社YYYY年版,第N页。`, `作者:《题名》,载《刊名》
    /// YYYY年第N期。`, chapters `载某某主编:《书》`, collected-works volumes
    /// `《马克思恩格斯文集》第8卷`, web texts.
    ///
    /// In:  `哈里·布雷弗曼:《劳动与垄断资本》,方生等译,商务印书馆1978年版,205页。`
    /// Out: a `fabio:Book` with `dcterms:title "劳动与垄断资本"`, `dcterms:creator`
    ///      <person/哈里·布雷弗曼>, `ag:translator` <person/方生>,
    ///      `dcterms:publisher "商务印书馆"`, `fabio:hasPublicationYear 1978`;
    ///      the note `biro:references` it with `ag:locator "205"`;
    ///      `ag:rule` <rule/N003>.
    ChineseFootnote { id: "N003", name: "chinese-footnote" }
}

impl Rule for ChineseFootnote {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn apply(&self, context: &RuleContext, found: &mut Extractions) {
        parse_notes(context, found, &Self::META, chinese::parse);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bibliography::Cited;
    use crate::rules::fixture::run;

    #[test]
    fn chinese_entries_become_works() {
        let (_, found) = run(
            "正文(1)。\n注释:\n(1)哈里·布雷弗曼:《劳动与垄断资本》,方生等译,商务印书馆1978年版,205页。\n(2)Ethan Mollick,Co-intelligence,p.119.\n",
            &[&ChineseFootnote],
        );
        assert_eq!(found.works.len(), 1);
        let Cited::Work(work) = &found.works[0].entry.cited else {
            panic!()
        };
        assert_eq!(work.title, "劳动与垄断资本");
        assert_eq!(found.works[0].entry.locator.as_deref(), Some("205"));
    }
}
