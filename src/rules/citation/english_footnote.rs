use crate::bibliography::english;
use crate::rules::citation::parse_notes;
use crate::rules::{Extractions, Rule, RuleContext, RuleMeta, declare_rule};

declare_rule! {
    /// An entry in an English footnote style, parsed into the work it cites:
    /// articles `Author et al., “Title”, Journal, Vol.51, No.2, 2025,
    /// pp.536-569.`, working papers, chapters `in Editor (eds.), Book, City:
    /// Publisher, 2021, p.50.`, books `Author, Title, City: Publisher, 2024,
    /// p.180.`, web texts.
    ///
    /// In:  `Erik Brynjolfsson et al.,“Generative AI at Work”,The Quarterly Journal of Economics,2025,pp.1-54.`
    /// Out: a `fabio:JournalArticle` titled "Generative AI at Work",
    ///      `frbr:partOf` the journal, `fabio:hasPublicationYear 2025`,
    ///      `prism:startingPage "1"`, `prism:endingPage "54"`; `ag:rule` <rule/N004>.
    EnglishFootnote { id: "N004", name: "english-footnote" }
}

impl Rule for EnglishFootnote {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn apply(&self, context: &RuleContext, found: &mut Extractions) {
        parse_notes(context, found, &Self::META, english::parse);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixture::run;

    #[test]
    fn english_entries_become_works() {
        let (_, found) = run(
            "正文(1)。\n注释:\n(1)Ethan Mollick,Co-intelligence:Living and Working with AI,New York:Portfolio/Penguin,2024,p.180.\n(2)殷杰:《主体性问题》,载《中国社会科学》2024年第8期。\n",
            &[&EnglishFootnote],
        );
        assert_eq!(found.works.len(), 1);
        assert_eq!(found.works[0].note, 0);
        assert_eq!(found.works[0].entry.locator.as_deref(), Some("180"));
    }
}
