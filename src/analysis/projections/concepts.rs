//! The concept co-occurrence network: concepts named in the same sentence.

use std::collections::{BTreeMap, BTreeSet};

use crate::analysis::network::{EdgeData, Network};
use crate::analysis::projections::{CooccurrenceOptions, concept_nodes};
use crate::analysis::{AnalysisError, Scope, select_in, value};
use crate::store::GraphStore;

/// Each document's concepts, each with the sentences (by `ag:index`) that
/// name it. Scans joined in memory (the subqueries), not a lookup a
/// mention; and grouped in the store, so that a row is decoded per
/// document and concept rather than per mention: a store of thousands of
/// documents holds hundreds of thousands of mentions, and decoding a term
/// costs a read of the store.
const CONCEPT_SENTENCES: &str =
    "SELECT ?document ?concept (GROUP_CONCAT(STR(?index)) AS ?sentences) WHERE {
  { SELECT ?mention ?concept WHERE { ?mention ag:concept ?concept } }
  { SELECT ?mention ?sentence WHERE { ?mention ag:inSentence ?sentence } }
  { SELECT ?document ?sentence ?index WHERE { GRAPH ?document { ?sentence ag:index ?index } } }
} GROUP BY ?document ?concept";

/// What one sentence naming several concepts adds to their links.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Counting {
    /// 1 to every pair of its concepts.
    #[default]
    Full,
    /// 1/(n−1) to every pair of its n concepts, so that each concept gets
    /// a total of 1 from each sentence (VOSviewer's fractional counting).
    Fractional,
}

/// How link weights are scaled once counted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Normalization {
    /// The counts as they are.
    #[default]
    None,
    /// Association strength (van Eck & Waltman 2009): the count divided by
    /// the count expected if the two concepts co-occurred at random,
    /// 2W·c(i,j) / (s(i)·s(j)), with s the weighted degrees and W the
    /// total weight: the higher, the more the two go together beyond what
    /// their frequencies explain.
    AssociationStrength,
}

/// Reads the concept co-occurrence network of `scope`.
pub fn cooccurrence(
    store: &GraphStore,
    scope: &Scope,
    options: CooccurrenceOptions,
) -> Result<Network, AnalysisError> {
    Ok(Network::from_parts(
        "concepts",
        false,
        concept_nodes(store, scope)?,
        cooccurrence_links(store, scope, options)?,
    ))
}

/// The links of the co-occurrence network: concept pairs and weights.
pub fn cooccurrence_links(
    store: &GraphStore,
    scope: &Scope,
    options: CooccurrenceOptions,
) -> Result<Vec<(String, String, EdgeData)>, AnalysisError> {
    let rows: Vec<[String; 3]> = select_in(store, scope, CONCEPT_SENTENCES)?
        .iter()
        .map(|row| [value(&row[0]), value(&row[1]), value(&row[2])])
        .collect();
    // A sentence is its document and index; ordered, so that fractional
    // weights are summed in the same order on every run.
    let mut sentences: BTreeMap<(&str, u64), BTreeSet<&str>> = BTreeMap::new();
    for [document, concept, indexes] in &rows {
        for index in indexes.split_whitespace() {
            let index = index.parse().map_err(|_| {
                AnalysisError::Results(format!("sentence index {index:?} of {document}"))
            })?;
            sentences
                .entry((document.as_str(), index))
                .or_default()
                .insert(concept.as_str());
        }
    }
    let weights = count_pairs(sentences.values(), options);
    Ok(weights
        .into_iter()
        .map(|((a, b), weight)| {
            let label = "co-occurs";
            (a.to_string(), b.to_string(), EdgeData { weight, label })
        })
        .collect())
}

/// Link weights between the concepts of each sentence.
fn count_pairs<'a>(
    sentences: impl Iterator<Item = &'a BTreeSet<&'a str>>,
    options: CooccurrenceOptions,
) -> BTreeMap<(&'a str, &'a str), f64> {
    let mut weights: BTreeMap<(&str, &str), f64> = BTreeMap::new();
    for concepts in sentences {
        let concepts: Vec<&str> = concepts.iter().copied().collect();
        if concepts.len() < 2 {
            continue;
        }
        let share = match options.counting {
            Counting::Full => 1.0,
            Counting::Fractional => 1.0 / (concepts.len() - 1) as f64,
        };
        for (i, a) in concepts.iter().enumerate() {
            for b in &concepts[i + 1..] {
                *weights.entry((a, b)).or_default() += share;
            }
        }
    }
    if options.normalization == Normalization::AssociationStrength {
        let mut strength: BTreeMap<&str, f64> = BTreeMap::new();
        let mut total = 0.0;
        for (&(a, b), &weight) in &weights {
            *strength.entry(a).or_default() += weight;
            *strength.entry(b).or_default() += weight;
            total += weight;
        }
        for ((a, b), weight) in weights.iter_mut() {
            *weight *= 2.0 * total / (strength[a] * strength[b]);
        }
    }
    weights
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences<'a>(lists: &[&[&'a str]]) -> Vec<BTreeSet<&'a str>> {
        lists
            .iter()
            .map(|list| list.iter().copied().collect())
            .collect()
    }

    fn options(counting: Counting, normalization: Normalization) -> CooccurrenceOptions {
        CooccurrenceOptions {
            counting,
            normalization,
        }
    }

    #[test]
    fn full_counting_gives_each_pair_one_a_sentence() {
        let given = sentences(&[&["a", "b", "c"], &["a", "b"]]);
        let weights = count_pairs(given.iter(), CooccurrenceOptions::default());
        assert_eq!(weights[&("a", "b")], 2.0);
        assert_eq!(weights[&("a", "c")], 1.0);
        assert_eq!(weights[&("b", "c")], 1.0);
    }

    #[test]
    fn fractional_counting_gives_each_concept_one_a_sentence() {
        let given = sentences(&[&["a", "b", "c"], &["a", "b"]]);
        let weights = count_pairs(
            given.iter(),
            options(Counting::Fractional, Normalization::None),
        );
        assert_eq!(weights[&("a", "b")], 1.5);
        assert_eq!(weights[&("a", "c")], 0.5);
    }

    #[test]
    fn association_strength_divides_by_what_the_strengths_predict() {
        let given = sentences(&[&["a", "b"], &["c", "d"]]);
        let weights = count_pairs(
            given.iter(),
            options(Counting::Full, Normalization::AssociationStrength),
        );
        // W = 2, s = 1 for all: 2·2·1/(1·1) = 4.
        assert_eq!(weights[&("a", "b")], 4.0);
        // A complete triangle, every pair equally often: 2·3/(2·2) = 1.5.
        let given = sentences(&[&["a", "b"], &["b", "c"], &["a", "c"]]);
        let weights = count_pairs(
            given.iter(),
            options(Counting::Full, Normalization::AssociationStrength),
        );
        assert_eq!(weights[&("a", "b")], 1.5);
    }
}
