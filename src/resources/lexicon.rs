//! The concept lexicon (`ontology/concepts.ttl`, SKOS in Turtle): every
//! concept with its preferred and alternative labels, English label and
//! broader and related concepts.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{Term, vocab::rdf};

use crate::resources::{DataFile, ResourceError};
use crate::vocab::skos;

/// One lexicon entry: a concept and every label it is known by.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LexiconConcept {
    /// The concept's IRI as written in the lexicon.
    pub iri: String,
    pub pref_label_zh: String,
    pub alt_labels: Vec<String>,
    pub english: Option<String>,
    /// IRIs of broader and related concepts, as written in the lexicon.
    pub broader: Vec<String>,
    pub related: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// Sorted by IRI.
    pub concepts: Vec<LexiconConcept>,
}

impl Lexicon {
    /// Every label (preferred and alternative) with the index of its concept.
    pub fn labels(&self) -> impl Iterator<Item = (&str, usize)> {
        self.concepts
            .iter()
            .enumerate()
            .flat_map(|(index, concept)| {
                std::iter::once(concept.pref_label_zh.as_str())
                    .chain(concept.alt_labels.iter().map(String::as_str))
                    .map(move |label| (label, index))
            })
    }
}

impl DataFile for Lexicon {
    /// Reads SKOS concepts from Turtle: `skos:prefLabel` (one `@zh`, one
    /// `@en`) and `skos:altLabel`s.
    fn parse(path: &Path, text: &str) -> Result<Self, ResourceError> {
        parse_lexicon(path, text)
    }
}

impl Lexicon {
    /// Adds the concepts of another lexicon: a concept this one already has
    /// (by IRI) gains the other's labels and relations, and its English
    /// label where it gives one.
    pub fn add(&mut self, added: Lexicon) {
        let mut by_iri: BTreeMap<String, LexiconConcept> = std::mem::take(&mut self.concepts)
            .into_iter()
            .map(|c| (c.iri.clone(), c))
            .collect();
        for concept in added.concepts {
            match by_iri.get_mut(&concept.iri) {
                Some(known) => {
                    known.alt_labels.extend(concept.alt_labels);
                    known.alt_labels.sort();
                    known.alt_labels.dedup();
                    known.broader.extend(concept.broader);
                    known.related.extend(concept.related);
                    if concept.english.is_some() {
                        known.english = concept.english;
                    }
                }
                None => {
                    by_iri.insert(concept.iri.clone(), concept);
                }
            }
        }
        self.concepts = by_iri.into_values().collect();
    }
}

fn parse_lexicon(path: &Path, text: &str) -> Result<Lexicon, ResourceError> {
    let mut concepts: BTreeMap<String, LexiconConcept> = BTreeMap::new();
    let mut typed = BTreeSet::new();
    for quad in RdfParser::from_format(RdfFormat::Turtle).for_slice(text.as_bytes()) {
        let quad = quad.map_err(|e| ResourceError::Turtle {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
        let subject = quad.subject.to_string();
        let subject = subject
            .trim_start_matches('<')
            .trim_end_matches('>')
            .to_string();
        if quad.predicate == rdf::TYPE {
            if quad.object == Term::NamedNode(skos::CONCEPT.into_owned()) {
                typed.insert(subject);
            }
            continue;
        }
        let entry = concepts
            .entry(subject.clone())
            .or_insert_with(|| LexiconConcept {
                iri: subject,
                ..LexiconConcept::default()
            });
        let literal = match &quad.object {
            Term::Literal(literal) => literal,
            Term::NamedNode(object) if quad.predicate == skos::BROADER => {
                entry.broader.push(object.as_str().to_string());
                continue;
            }
            Term::NamedNode(object) if quad.predicate == skos::RELATED => {
                entry.related.push(object.as_str().to_string());
                continue;
            }
            _ => continue,
        };
        let language = literal.language().unwrap_or("zh");
        if quad.predicate == skos::PREF_LABEL {
            if language.starts_with("en") {
                entry.english = Some(literal.value().to_string());
            } else {
                entry.pref_label_zh = literal.value().to_string();
            }
        } else if quad.predicate == skos::ALT_LABEL && !language.starts_with("en") {
            entry.alt_labels.push(literal.value().to_string());
        }
    }

    let concepts = concepts
        .into_values()
        .filter(|concept| typed.contains(&concept.iri) && !concept.pref_label_zh.is_empty())
        .map(|mut concept| {
            concept.alt_labels.sort();
            concept
        })
        .collect();
    Ok(Lexicon { concepts })
}
