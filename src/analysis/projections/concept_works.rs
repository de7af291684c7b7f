//! The concept–work network: a concept and a work are linked when a
//! sentence that names the concept cites the work — which works a concept
//! is argued with.

use std::collections::BTreeSet;

use crate::analysis::network::{EdgeData, Network};
use crate::analysis::projections::{concept_nodes, work_nodes};
use crate::analysis::{AnalysisError, Scope, count, select_in, value};
use crate::store::GraphStore;

const CONCEPT_WORK_SENTENCES: &str =
    "SELECT ?concept ?work (COUNT(DISTINCT ?sentence) AS ?sentences) WHERE {
  ?pointer ag:inSentence ?sentence ; c4o:denotes/biro:references ?work .
  ?mention ag:inSentence ?sentence ; ag:concept ?concept .
} GROUP BY ?concept ?work";

/// Reads the concept–work network of `scope`, weighted by the sentences
/// that link each pair; only linked concepts and works are nodes.
pub fn concept_works(store: &GraphStore, scope: &Scope) -> Result<Network, AnalysisError> {
    let mut linked = BTreeSet::new();
    let edges: Vec<_> = select_in(store, scope, CONCEPT_WORK_SENTENCES)?
        .iter()
        .map(|row| {
            let (concept, work) = (value(&row[0]), value(&row[1]));
            linked.insert(concept.clone());
            linked.insert(work.clone());
            let edge = EdgeData {
                weight: count(&row[2]) as f64,
                label: "cited-with",
            };
            (concept, work, edge)
        })
        .collect();
    let nodes = concept_nodes(store, scope)?
        .into_iter()
        .chain(work_nodes(store, scope)?)
        .filter(|node| linked.contains(&node.id))
        .collect();
    Ok(Network::from_parts("concept-works", false, nodes, edges))
}
