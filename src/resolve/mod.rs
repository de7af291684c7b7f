//! Resolution: from rule findings to the document's model. Terms become
//! concepts (aliases merged through the lexicon, labels normalised), a
//! mention inside a longer one is dropped, and everything is sorted so that
//! the graph written from the model is deterministic.

pub mod works;

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::document::{Document, Span};
use crate::rdf::iri::normalize_key;
use crate::resources::Resources;
use crate::rules::{Extractions, PointerFinding, ReferenceFinding, RuleMeta};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Concept {
    /// The normalised preferred label: the concept's identity.
    pub key: String,
    pub pref_label: String,
    pub english: Option<String>,
    pub alt_labels: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    pub span: Span,
    pub sentence: usize,
    /// Index into [`Model::concepts`].
    pub concept: usize,
    pub rule: &'static RuleMeta,
}

/// A document with everything extracted from it, ready to become RDF.
#[derive(Debug, Serialize)]
pub struct Model<'d> {
    #[serde(skip)]
    pub document: &'d Document,
    /// Sorted by key.
    pub concepts: Vec<Concept>,
    /// Sorted by span.
    pub mentions: Vec<Mention>,
    pub pointers: Vec<PointerFinding>,
    pub references: Vec<ReferenceFinding>,
    /// The works cited, in order of first citation.
    pub works: Vec<crate::bibliography::ParsedWork>,
    /// What each parsed note cites, in note order.
    pub citations: Vec<works::NoteCitation>,
    /// What each typed pointer does, in marker order.
    pub functions: Vec<crate::rules::FunctionFinding>,
    /// The cited authors and translators that are organisations.
    pub organizations: BTreeSet<String>,
}

impl Model<'_> {
    /// Every rule that produced something in this model, sorted by id.
    pub fn rules_used(&self) -> BTreeSet<&'static RuleMeta> {
        self.mentions
            .iter()
            .map(|m| m.rule)
            .chain(self.pointers.iter().map(|p| p.rule))
            .chain(self.references.iter().map(|r| r.rule))
            .chain(self.citations.iter().map(|c| c.rule))
            .chain(self.functions.iter().map(|f| f.rule))
            .collect()
    }
}

pub fn resolve<'d>(document: &'d Document, found: Extractions, resources: &Resources) -> Model<'d> {
    let lexicon = &resources.lexicon;
    let by_label: BTreeMap<String, usize> = lexicon
        .labels()
        .map(|(label, index)| (normalize_key(label), index))
        .collect();

    // Longest mention first at each start; drop any mention inside a kept one.
    let mut findings = found.mentions;
    findings.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end), m.rule.id));
    let mut kept: Vec<_> = Vec::with_capacity(findings.len());
    let mut covered_until = 0;
    for finding in findings {
        if finding.span.end <= covered_until {
            continue;
        }
        covered_until = finding.span.end;
        kept.push(finding);
    }

    let mut concepts: BTreeMap<String, Concept> = BTreeMap::new();
    let mut mention_keys = Vec::with_capacity(kept.len());
    for finding in &kept {
        let term_key = normalize_key(&finding.term);
        let concept = match by_label.get(&term_key) {
            Some(&index) => {
                let entry = &lexicon.concepts[index];
                Concept {
                    key: normalize_key(&entry.pref_label_zh),
                    pref_label: entry.pref_label_zh.clone(),
                    english: entry.english.clone(),
                    alt_labels: entry.alt_labels.clone(),
                }
            }
            None => Concept {
                key: term_key,
                pref_label: finding.term.clone(),
                english: None,
                alt_labels: Vec::new(),
            },
        };
        mention_keys.push(concept.key.clone());
        concepts.entry(concept.key.clone()).or_insert(concept);
    }
    let index_of: BTreeMap<&str, usize> = concepts
        .keys()
        .enumerate()
        .map(|(index, key)| (key.as_str(), index))
        .collect();
    let mentions = kept
        .iter()
        .zip(&mention_keys)
        .map(|(finding, key)| Mention {
            span: finding.span,
            sentence: finding.sentence,
            concept: index_of[key.as_str()],
            rule: finding.rule,
        })
        .collect();
    let mut pointers = found.pointers;
    pointers.sort_by_key(|p| p.marker);
    let mut references = found.references;
    references.sort_by_key(|r| r.note);
    let (works, citations) = works::resolve_works(found.works);
    let mut functions = found.functions;
    functions.sort_by_key(|f| f.marker);
    let organizations = works
        .iter()
        .flat_map(|work| work.authors.iter().chain(&work.translators))
        .filter(|name| resources.is_organization(name))
        .cloned()
        .collect();
    Model {
        document,
        concepts: concepts.into_values().collect(),
        mentions,
        pointers,
        references,
        works,
        citations,
        functions,
        organizations,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{self, RuleContext};
    use crate::segment::{JiebaTokenizer, segment};

    fn model_of(raw: &str, test: impl FnOnce(&Model)) {
        let resources = Resources::builtin();
        let document = crate::document::structure(
            crate::read::clean(crate::read::Source::plain(raw), &resources),
            "t.txt",
        );
        let tokens = segment(&document, &JiebaTokenizer::new(&resources.lexicon));
        let found = rules::extract(&RuleContext {
            document: &document,
            tokens: &tokens,
            resources: &resources,
        });
        test(&resolve(&document, found, &resources));
    }

    #[test]
    fn aliases_merge_into_the_lexicon_concept() {
        model_of(
            "人机协同与“人机协作”并存。人机协作加速。\n",
            |model| {
                let labels: Vec<&str> = model
                    .concepts
                    .iter()
                    .map(|c| c.pref_label.as_str())
                    .collect();
                assert_eq!(labels, vec!["人机协作"]);
                assert_eq!(
                    model.concepts[0].english.as_deref(),
                    Some("human-machine collaboration")
                );
                assert_eq!(model.mentions.len(), 3);
            },
        );
    }

    #[test]
    fn one_mention_per_span_longest_first() {
        model_of(
            "“劳动过程理论”与劳动过程理论。\n",
            |model| {
                let spans: Vec<(usize, usize)> = model
                    .mentions
                    .iter()
                    .map(|m| (m.span.start, m.span.end))
                    .collect();
                assert_eq!(spans, vec![(1, 7), (9, 15)]);
            },
        );
    }
}
