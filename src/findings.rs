//! What the rules find, and what a rule is: the findings each rule returns
//! with its span and rule, which resolution merges into the model. Below
//! the rules and the resolver alike, so that neither depends on the other
//! for them.

use serde::Serialize;

pub use crate::rule_meta::Evidence;

use crate::document::Span;
pub use crate::rule_meta::RuleMeta;

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

/// The evidence of each term the mentions name: the best of its mentions'
/// rules, those that repeat terms left aside.
pub fn term_evidence(mentions: &[MentionFinding]) -> std::collections::HashMap<&str, Evidence> {
    let mut evidence: std::collections::HashMap<&str, Evidence> = std::collections::HashMap::new();
    for mention in mentions {
        if let Some(own) = mention.rule.evidence {
            evidence
                .entry(mention.term.as_str())
                .and_modify(|e| *e = (*e).min(own))
                .or_insert(own);
        }
    }
    evidence
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
    pub const ALL: [ArgumentRole; 6] = [
        Self::Thesis,
        Self::SectionClaim,
        Self::Claim,
        Self::Premise,
        Self::OpposingView,
        Self::Conclusion,
    ];

    /// The role whose local name this is.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|role| role.name() == name)
    }

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
    pub function: CitationFunction,
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

/// What a citation does, as a CiTO property.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum CitationFunction {
    CitesAsAuthority,
    CitesAsEvidence,
    DisagreesWith,
    CitesForInformation,
}

impl CitationFunction {
    /// The local name of the CiTO property.
    pub fn cito_name(self) -> &'static str {
        match self {
            Self::CitesAsAuthority => "citesAsAuthority",
            Self::CitesAsEvidence => "citesAsEvidence",
            Self::DisagreesWith => "disagreesWith",
            Self::CitesForInformation => "citesForInformation",
        }
    }
}
