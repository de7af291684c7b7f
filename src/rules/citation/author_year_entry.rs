use crate::bibliography::author_year;
use crate::rules::citation::parse_notes;
use crate::rules::{Extractions, Rule, RuleContext, RuleMeta, declare_rule};

declare_rule! {
    /// An entry of an author–year (APA) list, parsed into the work it cites:
    /// `作者.(年).题名.刊名,卷(期),起-止页.`, `Author, A. (Year). Title. Journal,
    /// Vol(Issue), pages.`, books with their publisher, chapters `In Editors
    /// (Eds.), Book (pp. x-y).`, theses.
    ///
    /// In:  `李其维.(2008)．“认知革命”与“第二代认知科学”刍议．心理学报,40(12),1306-1327.`
    /// Out: a `fabio:JournalArticle` with `dcterms:creator` <person/李其维>,
    ///      `fabio:hasPublicationYear 2008`, `frbr:partOf` a `fabio:Journal`
    ///      titled 心理学报, `prism:volume "40"`, `prism:issueIdentifier "12"`,
    ///      `prism:startingPage "1306"`, `prism:endingPage "1327"`;
    ///      the entry `biro:references` it; `ag:rule` <rule/N007>.
    AuthorYearEntry { id: "N007", name: "author-year-entry" }
}

impl Rule for AuthorYearEntry {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn apply(&self, context: &RuleContext, found: &mut Extractions) {
        parse_notes(context, found, &Self::META, author_year::parse);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bibliography::{Cited, WorkKind};
    use crate::rules::fixture::run;

    #[test]
    fn author_year_entries_become_works() {
        let (_, found) = run(
            "正文(李其维,2008)。\n参考文献\n李其维.(2008)．“认知革命”与“第二代认知科学”刍议．心理学报,40(12),1306-1327.\n张三.题名[J].刊名,2020,3(2):1-9.\n",
            &[&AuthorYearEntry],
        );
        assert_eq!(found.works.len(), 1);
        let Cited::Work(work) = &found.works[0].entry.cited else {
            panic!()
        };
        assert_eq!(work.kind, Some(WorkKind::JournalArticle));
        assert_eq!(work.container.as_deref(), Some("心理学报"));
    }
}
