use crate::bibliography::gbt7714;
use crate::rules::citation::parse_notes;
use crate::rules::{Extractions, Rule, RuleContext, RuleMeta, declare_rule};

declare_rule! {
    /// An entry of a GB/T 7714 reference list, parsed into the work it cites:
    /// `作者. 题名[J]. 刊名, 年, 卷(期): 起-止页.` with the standard's type
    /// codes ([J] [M] [C] [D] [R] [N] [EB/OL] [P] [S] [A] [Z]), lists that omit
    /// the codes, and English entries in the same style.
    ///
    /// In:  `[2] 周洪宇，申国昌.20世纪中国教育改革的回顾与反思[J].华中师范大学学报,2011,50(3):132-138.`
    /// Out: a `fabio:JournalArticle` with `dcterms:title "20世纪中国教育改革的回顾与反思"`,
    ///      `dcterms:creator` <person/周洪宇> and <person/申国昌>,
    ///      `frbr:partOf` a `fabio:Journal` titled 华中师范大学学报,
    ///      `fabio:hasPublicationYear 2011`, `prism:volume "50"`,
    ///      `prism:issueIdentifier "3"`, `prism:startingPage "132"`,
    ///      `prism:endingPage "138"`; the entry `biro:references` it;
    ///      `ag:rule` <rule/N006>.
    ReferenceListEntry { id: "N006", name: "reference-list-entry" }
}

impl Rule for ReferenceListEntry {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn apply(&self, context: &RuleContext, found: &mut Extractions) {
        parse_notes(context, found, &Self::META, gbt7714::parse);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bibliography::{Cited, WorkKind};
    use crate::rules::fixture::run;

    #[test]
    fn coded_entries_become_works_and_footnotes_are_left_alone() {
        let (_, found) = run(
            "正文[1]。又[2]。\n参考文献\n[1] 周洪宇，申国昌.20世纪中国教育改革的回顾与反思[J].华中师范大学学报,2011,50(3):132-138.\n[2] 哈里·布雷弗曼:《劳动与垄断资本》,方生等译,商务印书馆1978年版,205页。\n",
            &[&ReferenceListEntry],
        );
        assert_eq!(found.works.len(), 1);
        let Cited::Work(work) = &found.works[0].entry.cited else {
            panic!()
        };
        assert_eq!(work.kind, Some(WorkKind::JournalArticle));
        assert_eq!(work.pages.as_deref(), Some("132-138"));
    }
}
