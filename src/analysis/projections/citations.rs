//! The citation network (documents → the works they cite) and the
//! co-citation network of works (two works linked by each document that
//! cites both), as CiteSpace and VOSviewer draw them.

use std::collections::{BTreeMap, BTreeSet};

use crate::analysis::network::{EdgeData, Network, NodeData, Value};
use crate::analysis::projections::work_nodes;
use crate::analysis::{AnalysisError, Scope, count, select_in, value};
use crate::store::GraphStore;

/// How many notes of each document cite each work.
const CITING_NOTES: &str = "SELECT ?doc ?work (COUNT(DISTINCT ?note) AS ?notes) WHERE {
  ?note biro:references ?work ; frbr:partOf ?doc . ?doc a ag:Document
} GROUP BY ?doc ?work";

const DOCUMENTS: &str = "SELECT ?doc (MIN(?written) AS ?title) (MIN(?name) AS ?file) WHERE {
  ?doc a ag:Document ; ag:fileName ?name . OPTIONAL { ?doc dcterms:title ?written }
} GROUP BY ?doc";

/// Reads the citation network of `scope`: an edge from each document to
/// each work it cites, weighted by the notes that cite it.
pub fn citations(store: &GraphStore, scope: &Scope) -> Result<Network, AnalysisError> {
    let mut nodes = work_nodes(store, scope)?;
    for row in select_in(store, scope, DOCUMENTS)? {
        let file = value(&row[2]);
        let title = value(&row[1]);
        nodes.push(NodeData {
            id: value(&row[0]),
            label: if title.is_empty() {
                file.clone()
            } else {
                title
            },
            kind: "Document".into(),
            attributes: vec![("File", Value::Text(file))],
        });
    }
    let edges = select_in(store, scope, CITING_NOTES)?
        .iter()
        .map(|row| {
            let weight = count(&row[2]) as f64;
            let edge = EdgeData {
                weight,
                label: "cites",
            };
            (value(&row[0]), value(&row[1]), edge)
        })
        .collect();
    Ok(Network::from_parts("citations", true, nodes, edges))
}

/// Reads the co-citation network of `scope`: works linked by the number
/// of documents that cite both.
pub fn cocitation(store: &GraphStore, scope: &Scope) -> Result<Network, AnalysisError> {
    let mut cited: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for row in select_in(store, scope, CITING_NOTES)? {
        cited
            .entry(value(&row[0]))
            .or_default()
            .insert(value(&row[1]));
    }
    let mut weights: BTreeMap<(&str, &str), f64> = BTreeMap::new();
    for works in cited.values() {
        let works: Vec<&str> = works.iter().map(String::as_str).collect();
        for (i, a) in works.iter().enumerate() {
            for b in &works[i + 1..] {
                *weights.entry((a, b)).or_default() += 1.0;
            }
        }
    }
    let edges = weights
        .into_iter()
        .map(|((a, b), weight)| {
            let edge = EdgeData {
                weight,
                label: "co-cited",
            };
            (a.to_string(), b.to_string(), edge)
        })
        .collect();
    Ok(Network::from_parts(
        "cocitation",
        false,
        work_nodes(store, scope)?,
        edges,
    ))
}
