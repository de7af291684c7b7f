//! What a rule is, for `argraph rules` and for the provenance of every
//! fact (`ag:rule`): its id, name and docs. Below everything that declares
//! or records a rule, the rules and the reference styles alike.

use serde::Serialize;

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

/// Declares a rule (or a reference style) type whose doc comment is also
/// its runtime documentation: `META` holds the id, the name and the docs.
macro_rules! declare_rule {
    ($(#[doc = $doc:literal])* $name:ident { id: $id:literal, name: $rule_name:literal }) => {
        $(#[doc = $doc])*
        pub struct $name;

        impl $name {
            pub const META: $crate::rule_meta::RuleMeta = $crate::rule_meta::RuleMeta {
                id: $id,
                name: $rule_name,
                docs: &[$($doc),*],
            };
        }
    };
}
pub(crate) use declare_rule;
