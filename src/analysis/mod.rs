//! Projections of the store into petgraph, and the metrics summaries and
//! exports read from them. Everything here reads the store through SPARQL,
//! so it sees every document built into it.

pub mod outline;
pub mod summary;

use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;
use petgraph::graph::{NodeIndex, UnGraph};
use serde::Serialize;

use crate::store::{GraphStore, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum AnalysisError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("reading query results: {0}")]
    Results(String),
}

/// Rows of a SELECT query, each value as a term (absent when unbound).
pub fn select(store: &GraphStore, sparql: &str) -> Result<Vec<Vec<Option<Term>>>, AnalysisError> {
    let QueryResults::Solutions(solutions) = store.query(sparql)? else {
        return Err(AnalysisError::Results("a SELECT query was expected".into()));
    };
    let variables = solutions.variables().to_vec();
    solutions
        .map(|solution| {
            let solution = solution.map_err(|e| AnalysisError::Results(e.to_string()))?;
            Ok(variables.iter().map(|v| solution.get(v).cloned()).collect())
        })
        .collect()
}

/// The lexical value of a term: the IRI, or the literal's value.
pub fn value(term: &Option<Term>) -> String {
    match term {
        Some(Term::NamedNode(node)) => node.as_str().to_string(),
        Some(Term::Literal(literal)) => literal.value().to_string(),
        Some(other) => other.to_string(),
        None => String::new(),
    }
}

/// An integer result, 0 when unbound or not a number.
pub fn count(term: &Option<Term>) -> usize {
    value(term).parse().unwrap_or(0)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConceptNode {
    pub iri: String,
    pub label: String,
    pub english: Option<String>,
    pub mentions: usize,
    pub documents: usize,
}

/// Concepts linked when named in the same sentence; the edge weight is the
/// number of such sentences.
pub struct CooccurrenceNetwork {
    pub graph: UnGraph<ConceptNode, usize>,
}

impl CooccurrenceNetwork {
    /// Reads the network from the store. Nodes are in IRI order and edges in
    /// (source, target) order, so that what is written from it is stable.
    pub fn from_store(store: &GraphStore) -> Result<Self, AnalysisError> {
        let mut graph = UnGraph::new_undirected();
        let mut rows = select(
            store,
            crate::query::named_query("concepts").expect("shipped"),
        )?;
        rows.sort_by_key(|row| value(&row[0]));
        let mut index_of = std::collections::HashMap::new();
        for row in rows {
            let node = ConceptNode {
                iri: value(&row[0]),
                label: value(&row[1]),
                english: row[2].as_ref().map(|_| value(&row[2])),
                documents: count(&row[3]),
                mentions: count(&row[4]),
            };
            let iri = node.iri.clone();
            index_of.insert(iri, graph.add_node(node));
        }
        let mut edges = select(
            store,
            crate::query::named_query("cooccurrence").expect("shipped"),
        )?;
        edges.sort_by_key(|row| (value(&row[0]), value(&row[1])));
        for row in edges {
            if let (Some(&a), Some(&b)) =
                (index_of.get(&value(&row[0])), index_of.get(&value(&row[1])))
            {
                graph.add_edge(a, b, count(&row[2]));
            }
        }
        Ok(Self { graph })
    }

    /// Sum of the weights of a node's edges.
    pub fn weighted_degree(&self, node: NodeIndex) -> usize {
        self.graph.edges(node).map(|edge| *edge.weight()).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weighted_degree_sums_edge_weights() {
        let mut graph = UnGraph::new_undirected();
        let node = |label: &str| ConceptNode {
            iri: label.into(),
            label: label.into(),
            english: None,
            mentions: 1,
            documents: 1,
        };
        let a = graph.add_node(node("a"));
        let b = graph.add_node(node("b"));
        let c = graph.add_node(node("c"));
        graph.add_edge(a, b, 2);
        graph.add_edge(a, c, 3);
        let network = CooccurrenceNetwork { graph };
        assert_eq!(network.weighted_degree(a), 5);
        assert_eq!(network.weighted_degree(b), 2);
        assert_eq!(network.graph.neighbors(c).collect::<Vec<_>>(), vec![a]);
    }
}
