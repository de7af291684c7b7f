//! Resolution: from rule findings to the document's model. Terms become
//! concepts (aliases merged through the lexicon, labels normalised), a
//! mention inside a longer one is dropped, and everything is sorted so that
//! the graph written from the model is deterministic.

pub mod mentions;
pub mod works;

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::document::{Document, Span};
use crate::findings::{
    ArgumentRole, Evidence, Extractions, LinkKind, PointerFinding, ReferenceFinding, RelationKind,
    RuleMeta,
};
use crate::key::normalize_key;
use crate::resources::Resources;
use works::ResolvedWorks;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Concept {
    /// The normalised preferred label: the concept's identity.
    pub key: String,
    pub pref_label: String,
    pub english: Option<String>,
    /// English glosses of the document that differ from `english`.
    pub english_alt: Vec<String>,
    pub alt_labels: Vec<String>,
    /// The first sentence of the document that defines it.
    pub definition: Option<String>,
    /// Keys of the broader and related concepts of this document, from the
    /// lexicon.
    pub broader: Vec<String>,
    pub related: Vec<String>,
    /// The best evidence of its mentions' rules that it is a term.
    pub evidence: Evidence,
}

/// Two concepts of one sentence in a typed relation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Relation {
    /// Indexes into [`Model::concepts`].
    pub source: usize,
    pub target: usize,
    pub kind: RelationKind,
    pub cue: String,
    pub sentence: usize,
    /// From the start of the source mention to the end of the target's.
    pub span: Span,
    pub rule: &'static RuleMeta,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    pub span: Span,
    pub sentence: usize,
    /// Index into [`Model::concepts`].
    pub concept: usize,
    pub rule: &'static RuleMeta,
}

/// A unit of the argument: a sentence or a section heading with its role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unit {
    pub span: Span,
    pub sentence: Option<usize>,
    pub role: ArgumentRole,
    pub rule: &'static RuleMeta,
}

/// One unit supporting or attacking another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Link {
    /// Indexes into [`Model::units`].
    pub from: usize,
    pub to: usize,
    pub kind: LinkKind,
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
    /// Sorted by span, then kind.
    pub relations: Vec<Relation>,
    /// The argument's units, one per span, sorted by span.
    pub units: Vec<Unit>,
    /// Support and attack between units, sorted.
    pub links: Vec<Link>,
    pub pointers: Vec<PointerFinding>,
    pub references: Vec<ReferenceFinding>,
    /// The works cited, in order of first citation.
    pub works: Vec<crate::bibliography::ParsedWork>,
    /// What each parsed note cites, in note order.
    pub citations: Vec<works::NoteCitation>,
    /// What each typed pointer does, in marker order.
    pub functions: Vec<crate::findings::FunctionFinding>,
    /// The cited authors and translators that are organisations.
    pub organizations: BTreeSet<String>,
}

impl Model<'_> {
    /// The concepts, best first, each with its number of mentions: those
    /// the text marks, and the known ones it names more than once; then the
    /// known ones it names once and those of its structure; then those of
    /// salience alone — each group by mentions, then by label. (A term the
    /// lexicon knows that the text names once is no sign of what the text
    /// is about.)
    pub fn ranked_concepts(&self) -> Vec<(usize, usize)> {
        let mut mentions = vec![0usize; self.concepts.len()];
        for mention in &self.mentions {
            mentions[mention.concept] += 1;
        }
        let mut ranked: Vec<(usize, usize)> = mentions.into_iter().enumerate().collect();
        let group = |evidence: Evidence, mentions: usize| match evidence {
            Evidence::Marked => 0,
            Evidence::Known if mentions > 1 => 0,
            Evidence::Known | Evidence::Structure => 1,
            Evidence::Salience => 2,
        };
        ranked.sort_by(|&(a, m), &(b, n)| {
            let (x, y) = (&self.concepts[a], &self.concepts[b]);
            group(x.evidence, m)
                .cmp(&group(y.evidence, n))
                .then(n.cmp(&m))
                .then(x.pref_label.cmp(&y.pref_label))
        });
        ranked
    }

    /// Every rule that produced something in this model, sorted by id.
    pub fn rules_used(&self) -> BTreeSet<&'static RuleMeta> {
        self.mentions
            .iter()
            .map(|m| m.rule)
            .chain(self.relations.iter().map(|r| r.rule))
            .chain(self.units.iter().map(|u| u.rule))
            .chain(self.links.iter().map(|l| l.rule))
            .chain(self.pointers.iter().map(|p| p.rule))
            .chain(self.references.iter().map(|r| r.rule))
            .chain(self.citations.iter().map(|c| c.rule))
            .chain(self.functions.iter().map(|f| f.rule))
            .collect()
    }
}

/// What extraction hands on to resolution.
pub struct Extracted {
    /// Every finding, phase after phase; the mentions are those kept.
    pub found: Extractions,
    /// The works the notes cite, resolved.
    pub works: ResolvedWorks,
}

/// The model of a document from what extraction found in it.
pub fn resolve<'d>(
    document: &'d Document,
    extracted: Extracted,
    resources: &Resources,
) -> Model<'d> {
    let Extracted {
        found,
        works: ResolvedWorks { works, citations },
    } = extracted;
    let lexicon = &resources.lexicon;
    let by_label: BTreeMap<String, usize> = lexicon
        .labels()
        .map(|(label, index)| (normalize_key(label), index))
        .collect();
    let key_of_iri: BTreeMap<&str, String> = lexicon
        .concepts
        .iter()
        .map(|c| (c.iri.as_str(), normalize_key(&c.pref_label_zh)))
        .collect();

    // The concept phases left the mentions kept (`mentions::kept_mentions`).
    let kept = found.mentions;

    let evidence_of_term = crate::findings::term_evidence(&kept);
    let mut concepts: BTreeMap<String, Concept> = BTreeMap::new();
    let mut mention_keys = Vec::with_capacity(kept.len());
    for finding in &kept {
        let term_key = normalize_key(&finding.term);
        let evidence = evidence_of_term
            .get(finding.term.as_str())
            .copied()
            .unwrap_or(Evidence::Known);
        let concept = match by_label.get(&term_key) {
            Some(&index) => {
                let entry = &lexicon.concepts[index];
                let keys = |iris: &[String]| -> Vec<String> {
                    iris.iter()
                        .filter_map(|iri| key_of_iri.get(iri.as_str()).cloned())
                        .collect()
                };
                Concept {
                    key: normalize_key(&entry.pref_label_zh),
                    pref_label: entry.pref_label_zh.clone(),
                    english: entry.english.clone(),
                    english_alt: Vec::new(),
                    alt_labels: entry.alt_labels.clone(),
                    definition: None,
                    broader: keys(&entry.broader),
                    related: keys(&entry.related),
                    // The lexicon knows it, whatever rule named it.
                    evidence: evidence.min(Evidence::Known),
                }
            }
            None => Concept {
                key: term_key,
                pref_label: finding.term.clone(),
                english: None,
                english_alt: Vec::new(),
                alt_labels: Vec::new(),
                definition: None,
                broader: Vec::new(),
                related: Vec::new(),
                evidence,
            },
        };
        mention_keys.push(concept.key.clone());
        let evidence = concept.evidence;
        let entry = concepts.entry(concept.key.clone()).or_insert(concept);
        entry.evidence = entry.evidence.min(evidence);
    }
    let index_of: BTreeMap<String, usize> = concepts
        .keys()
        .enumerate()
        .map(|(index, key)| (key.clone(), index))
        .collect();
    let mentions: Vec<Mention> = kept
        .iter()
        .zip(&mention_keys)
        .map(|(finding, key)| Mention {
            span: finding.span,
            sentence: finding.sentence,
            concept: index_of[key],
            rule: finding.rule,
        })
        .collect();
    let concept_at: BTreeMap<Span, usize> = mentions.iter().map(|m| (m.span, m.concept)).collect();
    let mut concepts: Vec<Concept> = concepts.into_values().collect();
    let present: BTreeSet<String> = concepts.iter().map(|c| c.key.clone()).collect();
    for concept in &mut concepts {
        concept.broader.retain(|key| present.contains(key));
        concept.related.retain(|key| present.contains(key));
    }
    // The English of a gloss where the lexicon has none; the first
    // definition the document gives.
    let mut glosses = found.glosses;
    glosses.sort_by_key(|g| g.sentence);
    // The key of the concept a term names: its lexicon concept's, or its own.
    let key_of_term = |term: &str| {
        by_label
            .get(&normalize_key(term))
            .map(|&i| normalize_key(&lexicon.concepts[i].pref_label_zh))
            .unwrap_or_else(|| normalize_key(term))
    };
    for gloss in glosses {
        if let Some(&i) = index_of.get(&key_of_term(&gloss.term)) {
            let concept = &mut concepts[i];
            match &concept.english {
                None => concept.english = Some(gloss.english),
                Some(english)
                    if *english != gloss.english
                        && !concept.english_alt.contains(&gloss.english) =>
                {
                    concept.english_alt.push(gloss.english)
                }
                Some(_) => {}
            }
        }
    }
    let mut definitions = found.definitions;
    definitions.sort_by_key(|d| d.sentence);
    for definition in definitions {
        if let Some(&i) = index_of.get(&key_of_term(&definition.term)) {
            let sentence = document.sentences[definition.sentence].span;
            concepts[i]
                .definition
                .get_or_insert_with(|| document.text.slice(sentence).to_string());
        }
    }
    let mut relations: Vec<Relation> = found
        .relations
        .into_iter()
        .filter_map(|r| {
            let (source, target) = (*concept_at.get(&r.source)?, *concept_at.get(&r.target)?);
            (source != target).then(|| Relation {
                source,
                target,
                kind: r.kind,
                cue: r.cue,
                sentence: r.sentence,
                span: Span::new(r.source.start, r.target.end),
                rule: r.rule,
            })
        })
        .collect();
    relations.sort_by_key(|r| (r.span, r.kind));
    relations.dedup_by_key(|r| (r.span, r.kind));
    let (units, links) = argument(found.units, found.links);
    let mut pointers = found.pointers;
    pointers.sort_by_key(|p| p.marker);
    let mut references = found.references;
    references.sort_by_key(|r| r.note);
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
        concepts,
        mentions,
        relations,
        units,
        links,
        pointers,
        references,
        works,
        citations,
        functions,
        organizations,
    }
}

/// Units sorted by span, one per span (the first rule's); links between
/// units, sorted and without repeats.
fn argument(
    mut findings: Vec<crate::findings::UnitFinding>,
    link_findings: Vec<crate::findings::LinkFinding>,
) -> (Vec<Unit>, Vec<Link>) {
    findings.sort_by_key(|u| u.span);
    findings.dedup_by_key(|u| u.span);
    let index: BTreeMap<Span, usize> = findings
        .iter()
        .enumerate()
        .map(|(i, u)| (u.span, i))
        .collect();
    let mut links: Vec<Link> = link_findings
        .into_iter()
        .filter_map(|l| {
            Some(Link {
                from: *index.get(&l.from)?,
                to: *index.get(&l.to)?,
                kind: l.kind,
                rule: l.rule,
            })
        })
        .collect();
    links.sort_by_key(|l| (l.from, l.to, l.kind));
    links.dedup_by_key(|l| (l.from, l.to, l.kind));
    let units = findings
        .into_iter()
        .map(|u| Unit {
            span: u.span,
            sentence: u.sentence,
            role: u.role,
            rule: u.rule,
        })
        .collect();
    (units, links)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules;

    fn model_of(raw: &str, test: impl FnOnce(&Model)) {
        let (document, extracted) = rules::fixture::extract(raw, rules::registry());
        test(&resolve(&document, extracted, &Resources::builtin()));
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
