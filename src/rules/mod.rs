//! Extraction rules: each a small unit in its own file with an id, a name,
//! its docs and a fixture test; the registry runs them in order over a
//! structured, segmented document. Later rules see what earlier ones found.

pub mod argument;
pub mod catalogue;
pub mod citation;
pub mod concept;
pub mod relation;

use serde::Serialize;

use crate::document::{Document, Span};
use crate::resources::Resources;
use crate::segment::Token;

/// What a rule is, for `argraph rules` and for provenance in the graph.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct RuleMeta {
    pub id: &'static str,
    pub name: &'static str,
    /// The rule's documentation, its doc comment line by line.
    #[serde(skip)]
    pub docs: &'static [&'static str],
}

impl RuleMeta {
    /// The first paragraph of the docs: what the rule matches, in a sentence.
    pub fn summary(&self) -> String {
        self.docs
            .iter()
            .map(|line| line.trim())
            .take_while(|line| !line.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The docs as one text, as written in the rule's doc comment.
    pub fn explanation(&self) -> String {
        self.docs
            .iter()
            .map(|line| line.strip_prefix(' ').unwrap_or(line))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

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

/// A concept named in a sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MentionFinding {
    pub span: Span,
    pub sentence: usize,
    /// The term as it stands in the text, quotes stripped.
    pub term: String,
    pub rule: &'static RuleMeta,
}

/// An in-text marker taken as a pointer to the notes it denotes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PointerFinding {
    pub marker: usize,
    pub rule: &'static RuleMeta,
}

/// An English gloss of a term: `“协同智能”(co-intelligence)`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GlossFinding {
    /// The Chinese term, as it stands in the text.
    pub term: String,
    pub english: String,
    pub sentence: usize,
    pub rule: &'static RuleMeta,
}

/// A sentence that defines a term: `所谓X,是指…`, `X是指…`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DefinitionFinding {
    pub term: String,
    pub sentence: usize,
    pub rule: &'static RuleMeta,
}

/// How two concepts are related, by the words between them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum RelationKind {
    /// X导致/引发/推动/加速/消解/侵蚀Y.
    Causes,
    /// X而非Y.
    ContrastsWith,
    /// 从X到Y, 由X转向Y.
    TransitionsTo,
    /// X是Y的一种, X是Y之一.
    IsA,
    /// X与Y, X和Y.
    AssociatedWith,
}

impl RelationKind {
    /// The local name of the `ag:` property that states the relation.
    pub fn property_name(self) -> &'static str {
        match self {
            Self::Causes => "causes",
            Self::ContrastsWith => "contrastsWith",
            Self::TransitionsTo => "transitionsTo",
            Self::IsA => "isA",
            Self::AssociatedWith => "associatedWith",
        }
    }
}

/// Two concept mentions of one sentence in a typed relation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RelationFinding {
    /// The spans of the source and target mentions.
    pub source: Span,
    pub target: Span,
    pub kind: RelationKind,
    /// The word that states it (导致, 而非, 从…到 …).
    pub cue: String,
    pub sentence: usize,
    pub rule: &'static RuleMeta,
}

/// The part a unit plays in the argument (`ag:role`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum ArgumentRole {
    Thesis,
    SectionClaim,
    Claim,
    Premise,
    OpposingView,
    Conclusion,
}

impl ArgumentRole {
    /// The local name of the `ag:` role.
    pub fn name(self) -> &'static str {
        match self {
            Self::Thesis => "Thesis",
            Self::SectionClaim => "SectionClaim",
            Self::Claim => "Claim",
            Self::Premise => "Premise",
            Self::OpposingView => "OpposingView",
            Self::Conclusion => "Conclusion",
        }
    }
}

/// A sentence, or a section heading, taken as a unit of the argument.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UnitFinding {
    pub span: Span,
    /// The sentence the unit is, or `None` for a heading.
    pub sentence: Option<usize>,
    pub role: ArgumentRole,
    pub rule: &'static RuleMeta,
}

/// Whether one unit supports or attacks another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum LinkKind {
    Supports,
    Attacks,
}

/// One unit supporting or attacking another, each named by its span.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LinkFinding {
    pub from: Span,
    pub to: Span,
    pub kind: LinkKind,
    pub rule: &'static RuleMeta,
}

/// A note or reference entry taken as a bibliographic reference.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReferenceFinding {
    pub note: usize,
    pub rule: &'static RuleMeta,
}

/// A note entry parsed into the work it cites (or a reference back, 同上).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WorkFinding {
    pub note: usize,
    /// Which part of the note, for a note that cites several works.
    pub part: usize,
    pub entry: crate::bibliography::ParsedEntry,
    pub rule: &'static RuleMeta,
}

/// What an in-text pointer does, by the words around it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FunctionFinding {
    pub marker: usize,
    pub function: citation::function::CitationFunction,
    pub rule: &'static RuleMeta,
}

/// Everything the rules found in one document, each with its rule.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Extractions {
    pub mentions: Vec<MentionFinding>,
    pub glosses: Vec<GlossFinding>,
    pub definitions: Vec<DefinitionFinding>,
    pub relations: Vec<RelationFinding>,
    pub units: Vec<UnitFinding>,
    pub links: Vec<LinkFinding>,
    pub pointers: Vec<PointerFinding>,
    pub references: Vec<ReferenceFinding>,
    pub works: Vec<WorkFinding>,
    pub functions: Vec<FunctionFinding>,
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

/// Runs every rule over the document.
pub fn extract(context: &RuleContext) -> Extractions {
    let mut found = Extractions::default();
    for rule in registry() {
        rule.apply(context, &mut found);
    }
    found
}

#[cfg(test)]
pub(crate) mod fixture {
    use super::*;
    use crate::document::structure;
    use crate::read::{Source, clean};
    use crate::segment::{JiebaTokenizer, Tokenizer, segment};

    /// Structures and segments `raw`, then runs `rules` over it.
    pub fn run(raw: &str, rules: &[&dyn Rule]) -> (Document, Extractions) {
        let resources = Resources::builtin();
        let document = structure(clean(Source::plain(raw), &resources), "fixture.txt");
        let tokenizer = JiebaTokenizer::new(&resources.lexicon);
        let tokens = segment(&document, &tokenizer);
        let keywords = tokenizer.keywords(&document);
        let context = RuleContext {
            document: &document,
            tokens: &tokens,
            keywords: &keywords,
            resources: &resources,
        };
        let mut found = Extractions::default();
        for rule in rules {
            rule.apply(&context, &mut found);
        }
        (document, found)
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
