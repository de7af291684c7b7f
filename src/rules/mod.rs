//! Extraction rules: each a small unit in its own file with an id, a name,
//! its docs and a fixture test; the registry runs them in order over a
//! structured, segmented document. Later rules see what earlier ones found.

pub mod argument;
pub mod catalogue;
pub mod citation;
pub mod concept;
pub mod relation;

pub use crate::findings::{
    ArgumentRole, DefinitionFinding, Extractions, FunctionFinding, GlossFinding, LinkFinding,
    LinkKind, MentionFinding, PointerFinding, ReferenceFinding, RelationFinding, RelationKind,
    RuleMeta, UnitFinding, WorkFinding,
};

use crate::document::Document;
use crate::resources::Resources;
use crate::segment::Token;

/// Declares a rule type whose doc comment is also its runtime documentation.
macro_rules! declare_rule {
    ($(#[doc = $doc:literal])* $name:ident { id: $id:literal, name: $rule_name:literal }) => {
        $(#[doc = $doc])*
        pub struct $name;

        impl $name {
            pub const META: $crate::rules::RuleMeta = $crate::rules::RuleMeta {
                id: $id,
                name: $rule_name,
                docs: &[$($doc),*],
            };
        }
    };
}
pub(crate) use declare_rule;

/// What a rule reads.
pub struct RuleContext<'a> {
    pub document: &'a Document,
    /// Tokens of each sentence, in sentence order.
    pub tokens: &'a [Vec<Token>],
    /// The document's keywords by the segmenter's TF-IDF and TextRank scores.
    pub keywords: &'a crate::segment::Keywords,
    pub resources: &'a Resources,
}

pub trait Rule: Sync {
    fn meta(&self) -> &'static RuleMeta;
    fn apply(&self, context: &RuleContext, found: &mut Extractions);
}

/// Every rule, in the order they run.
pub fn registry() -> &'static [&'static dyn Rule] {
    &[
        &concept::quoted_term::QuotedTerm,
        &concept::lexicon_term::LexiconTerm,
        &concept::glossed_term::GlossedTerm,
        &concept::term_formation::TermFormation,
        &concept::defined_term::DefinedTerm,
        &concept::author_keyword::AuthorKeyword,
        &concept::keyword_score::KeywordScore,
        // After every rule that accepts terms: it finds their other uses.
        &concept::term_recurrence::TermRecurrence,
        &relation::causes::Causes,
        &relation::contrast::Contrast,
        &relation::transition::Transition,
        &relation::is_a::IsA,
        &relation::associated::Associated,
        &citation::note_entry::NoteEntry,
        &citation::ibid_entry::IbidEntry,
        &citation::author_year_entry::AuthorYearEntry,
        &citation::reference_list_entry::ReferenceListEntry,
        &citation::chinese_footnote::ChineseFootnote,
        &citation::english_footnote::EnglishFootnote,
        &citation::footnote_pointer::FootnotePointer,
        &citation::disagreement::Disagreement,
        &citation::evidence::Evidence,
        &citation::authority::Authority,
        &citation::information::Information,
        // After the citation rules: premises read the citation functions.
        &argument::thesis::Thesis,
        &argument::abstract_thesis::AbstractThesis,
        &argument::section_claim::SectionClaim,
        &argument::opposing_view::OpposingView,
        &argument::concession::Concession,
        &argument::rebuttal::Rebuttal,
        &argument::conclusion::Conclusion,
        &argument::claim::Claim,
        &argument::enumeration::Enumeration,
        &argument::paragraph_claim::ParagraphClaim,
        &argument::premise::Premise,
    ]
}

#[derive(Debug, thiserror::Error)]
pub enum RuleError {
    #[error("no rule with id `{0}`; `argraph rules` lists them")]
    Unknown(String),
}

/// The rule with this id (case-insensitive).
pub fn find(id: &str) -> Result<&'static RuleMeta, RuleError> {
    registry()
        .iter()
        .map(|rule| rule.meta())
        .find(|meta| meta.id.eq_ignore_ascii_case(id))
        .ok_or_else(|| RuleError::Unknown(id.to_string()))
}

/// Runs `rules`, in their order, over the document.
pub fn extract(context: &RuleContext, rules: &[&dyn Rule]) -> Extractions {
    let mut found = Extractions::default();
    for rule in rules {
        rule.apply(context, &mut found);
    }
    found
}

#[cfg(test)]
pub(crate) mod fixture {
    use super::*;
    use crate::pipeline::Pipeline;
    use crate::read::Source;

    /// Structures and segments `raw` as the pipeline does, then runs
    /// `rules` over it.
    pub fn run(raw: &str, rules: &[&dyn Rule]) -> (Document, Extractions) {
        let pipeline = Pipeline::new(Resources::builtin());
        let document = pipeline.structure(Source::plain(raw), "fixture.txt");
        let analysed = pipeline.analyse_with(document, rules, &());
        (analysed.document, analysed.found)
    }

    /// The terms found, as (term, rule id), in order.
    pub fn terms(found: &Extractions) -> Vec<(String, &'static str)> {
        found
            .mentions
            .iter()
            .map(|m| (m.term.clone(), m.rule.id))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_docs_present() {
        let mut ids: Vec<&str> = registry().iter().map(|r| r.meta().id).collect();
        ids.sort();
        let count = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), count, "duplicate rule ids");
        for rule in registry() {
            assert!(
                !rule.meta().summary().is_empty(),
                "{} has no docs",
                rule.meta().id
            );
        }
        assert_eq!(find("c001").map(|m| m.name).ok(), Some("quoted-term"));
        assert!(find("X999").is_err());
    }
}
