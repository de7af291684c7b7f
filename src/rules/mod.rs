//! Extraction rules: each a small unit in its own file with an id, a name,
//! its docs and a fixture test, declared on one line of its family's list
//! (`rule_modules!` in `concept/`, `relation/`, `citation/`, `argument/`).
//! A rule names its phase and priority; `phase` runs the phases in order
//! and merges what the rules of each return.

pub mod argument;
pub mod catalogue;
pub mod citation;
pub mod concept;
pub mod phase;
pub mod relation;

pub use crate::findings::{
    ArgumentRole, DefinitionFinding, Evidence, Extractions, FunctionFinding, GlossFinding,
    LinkFinding, LinkKind, MentionFinding, PointerFinding, ReferenceFinding, RelationFinding,
    RelationKind, RuleMeta, UnitFinding, WorkFinding, term_evidence,
};
pub(crate) use crate::rule_meta::declare_rule;
pub use phase::Phase;

use std::sync::LazyLock;

use crate::document::Document;
use crate::resolve::works::ResolvedWorks;
use crate::resources::Resources;
use crate::segment::Token;

/// Declares a family's rule modules and `RULES`, the family's rules: one
/// line a rule, `module::Rule`. Their order does not matter.
macro_rules! rule_modules {
    ($($module:ident :: $rule:ident),* $(,)?) => {
        $(pub mod $module;)*
        /// The rules of this family.
        pub const RULES: &[&dyn $crate::rules::Rule] = &[$(&$module::$rule),*];
    };
}
pub(crate) use rule_modules;

/// What a rule reads.
pub struct RuleContext<'a> {
    pub document: &'a Document,
    /// Tokens of each sentence, in sentence order.
    pub tokens: &'a [Vec<Token>],
    /// Tokens of the title (when the text holds it) and of each section
    /// heading: no sentences, so no mentions, but what the text says it is
    /// about.
    pub heading_tokens: &'a [Vec<Token>],
    /// The document's keywords by the segmenter's TF-IDF and TextRank scores.
    pub keywords: &'a crate::segment::Keywords,
    pub resources: &'a Resources,
    /// What the phases before the rule's found, merged (see [`Phase`]).
    pub earlier: &'a Extractions,
    /// The works the notes cite, 同上 and 前引 resolved; empty during
    /// [`Phase::Entries`], which comes before their resolution.
    pub works: &'a ResolvedWorks,
}

pub trait Rule: Sync {
    fn meta(&self) -> &'static RuleMeta;
    /// The phase the rule runs in: it reads what the phases before found.
    fn phase(&self) -> Phase;
    /// Of two rules of a phase that claim one marker or one sentence, the
    /// higher has it; unique within a phase.
    fn priority(&self) -> u8;
    /// What the rule finds in the document.
    fn apply(&self, context: &RuleContext) -> Extractions;
}

/// Every rule, family by family.
pub fn registry() -> &'static [&'static dyn Rule] {
    static ALL: LazyLock<Vec<&'static dyn Rule>> = LazyLock::new(|| {
        [
            concept::RULES,
            relation::RULES,
            citation::RULES,
            argument::RULES,
        ]
        .concat()
    });
    &ALL
}

/// What every rule and every reference style is, sorted by id.
pub fn catalogue_entries() -> Vec<&'static RuleMeta> {
    let mut metas: Vec<&'static RuleMeta> = registry()
        .iter()
        .map(|rule| rule.meta())
        .chain(crate::bibliography::STYLES.iter().map(|style| style.meta))
        .collect();
    metas.sort_by_key(|meta| meta.id);
    metas
}

#[derive(Debug, thiserror::Error)]
pub enum RuleError {
    #[error("no rule with id `{0}`; `argraph rules` lists them")]
    Unknown(String),
}

/// The rule (or reference style) with this id (case-insensitive).
pub fn find(id: &str) -> Result<&'static RuleMeta, RuleError> {
    catalogue_entries()
        .into_iter()
        .find(|meta| meta.id.eq_ignore_ascii_case(id))
        .ok_or_else(|| RuleError::Unknown(id.to_string()))
}

#[cfg(test)]
pub(crate) mod fixture {
    use super::*;
    use crate::pipeline::Pipeline;
    use crate::read::Source;

    /// Structures and segments `raw` as the pipeline does, then runs
    /// `rules` over it, phase after phase.
    pub fn extract(raw: &str, rules: &[&dyn Rule]) -> (Document, crate::resolve::Extracted) {
        let pipeline = Pipeline::new(Resources::builtin());
        let document = pipeline.structure(Source::plain(raw), "fixture.txt");
        let analysed = pipeline.analyse_with(document, rules, &());
        (analysed.document, analysed.extracted)
    }

    /// What `rules` find in `raw`.
    pub fn run(raw: &str, rules: &[&dyn Rule]) -> (Document, Extractions) {
        let (document, extracted) = extract(raw, rules);
        (document, extracted.found)
    }

    /// The works of `found` that `style` read.
    pub fn works_of_style<'a>(
        found: &'a Extractions,
        style: &crate::bibliography::ReferenceStyle,
    ) -> Vec<&'a WorkFinding> {
        found
            .works
            .iter()
            .filter(|work| work.rule.id == style.meta.id)
            .collect()
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
        let mut ids: Vec<&str> = catalogue_entries().iter().map(|m| m.id).collect();
        let count = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), count, "duplicate rule ids");
        for meta in catalogue_entries() {
            assert!(!meta.summary().is_empty(), "{} has no docs", meta.id);
        }
        assert_eq!(find("c001").map(|m| m.name).ok(), Some("quoted-term"));
        assert_eq!(find("N005").map(|m| m.name).ok(), Some("ibid-entry"));
        assert!(find("X999").is_err());
    }

    #[test]
    fn priorities_are_unique_within_a_phase() {
        let mut seen = std::collections::BTreeSet::new();
        for rule in registry() {
            assert!(
                seen.insert((rule.phase(), rule.priority())),
                "{} shares its phase and priority with another rule",
                rule.meta().id
            );
        }
    }

    /// The registry's order does not decide anything: reversed, it finds
    /// the same in the reference article.
    #[test]
    fn the_order_of_the_registry_does_not_matter() {
        let raw =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/huang2025.txt"))
                .unwrap();
        let reversed: Vec<&dyn Rule> = registry().iter().rev().copied().collect();
        let (_, forward) = fixture::run(&raw, registry());
        let (_, backward) = fixture::run(&raw, &reversed);
        assert!(!forward.units.is_empty() && !forward.functions.is_empty());
        assert_eq!(
            serde_json::to_string(&forward).unwrap(),
            serde_json::to_string(&backward).unwrap()
        );
    }
}
