//! What a rule is, for `argraph rules` and for the provenance of every
//! fact (`ag:rule`): its id, name and docs. Below everything that declares
//! or records a rule, the rules and the reference styles alike.

use serde::Serialize;

/// How strongly a concept rule's finding says a string is a term, best
/// first: concepts rank by the best evidence of their mentions, then by
/// how often they are mentioned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Evidence {
    /// The text marks it as a term: quotes, glosses or defines it, lists it
    /// among its keywords.
    Marked,
    /// The lexicon holds it, a curated pattern of term formation or the
    /// segmenter's keyword scores name it.
    Known,
    /// Its grammar and recurrence make it a term (a compound of nouns, an
    /// X的Y phrase, a contrast).
    Structure,
    /// Only its frequency against general prose says the text is about it
    /// (a key word, a word of the headings the text overuses).
    Salience,
}

/// What a rule is, for `argraph rules` and for provenance in the graph.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct RuleMeta {
    pub id: &'static str,
    pub name: &'static str,
    /// The rule's documentation, its doc comment line by line.
    #[serde(skip)]
    pub docs: &'static [&'static str],
    /// How strongly a concept rule's mentions say their term is one; none
    /// for a rule that repeats the terms of others, whose mentions take the
    /// evidence of the term they repeat. `Known` unless the rule says.
    #[serde(skip)]
    pub evidence: Option<Evidence>,
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

/// Declares a rule (or a reference style) type whose doc comment is also
/// its runtime documentation: `META` holds the id, the name and the docs.
/// A concept rule names its evidence: `evidence: Structure`, or
/// `evidence: inherited` for one that repeats the terms of others.
macro_rules! declare_rule {
    ($(#[doc = $doc:literal])* $name:ident { id: $id:literal, name: $rule_name:literal }) => {
        $crate::rule_meta::declare_rule! {
            @meta $(#[doc = $doc])* $name, $id, $rule_name,
            Some($crate::rule_meta::Evidence::Known)
        }
    };
    ($(#[doc = $doc:literal])* $name:ident { id: $id:literal, name: $rule_name:literal, evidence: inherited }) => {
        $crate::rule_meta::declare_rule! { @meta $(#[doc = $doc])* $name, $id, $rule_name, None }
    };
    ($(#[doc = $doc:literal])* $name:ident { id: $id:literal, name: $rule_name:literal, evidence: $evidence:ident }) => {
        $crate::rule_meta::declare_rule! {
            @meta $(#[doc = $doc])* $name, $id, $rule_name,
            Some($crate::rule_meta::Evidence::$evidence)
        }
    };
    (@meta $(#[doc = $doc:literal])* $name:ident, $id:literal, $rule_name:literal, $evidence:expr) => {
        $(#[doc = $doc])*
        pub struct $name;

        impl $name {
            pub const META: $crate::rule_meta::RuleMeta = $crate::rule_meta::RuleMeta {
                id: $id,
                name: $rule_name,
                docs: &[$($doc),*],
                evidence: $evidence,
            };
        }
    };
}
pub(crate) use declare_rule;
