//! A projection of the store as a weighted network, with the metrics every
//! export and summary reports: one type for the concept, citation,
//! co-citation, concept–work and argument networks, so that each writer
//! handles them all alike.

use petgraph::graph::{DiGraph, Graph, NodeIndex};
use petgraph::visit::EdgeRef;
use petgraph::{EdgeType, Undirected};
use serde::Serialize;

use crate::analysis::metrics;

/// The value of a node attribute; its variant decides the column type in
/// GraphML and GEXF.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Value {
    Integer(i64),
    Float(f64),
    Text(String),
}

/// The type of a value, which GraphML and GEXF declare per column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    Integer,
    Float,
    Text,
}

impl Value {
    pub fn kind(&self) -> ValueKind {
        match self {
            Value::Integer(_) => ValueKind::Integer,
            Value::Float(_) => ValueKind::Float,
            Value::Text(_) => ValueKind::Text,
        }
    }

    /// The value as written in CSV, GraphML, GEXF and DOT: integers and
    /// floats in Rust's shortest round-trip form, so that a reader gets
    /// back the same number.
    pub fn lexical(&self) -> String {
        match self {
            Value::Integer(value) => value.to_string(),
            Value::Float(value) => format_float(*value),
            Value::Text(value) => value.clone(),
        }
    }
}

/// Shortest round-trip decimal form of a float (`3` for 3.0).
pub fn format_float(value: f64) -> String {
    format!("{value}")
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NodeData {
    /// The node's IRI.
    pub id: String,
    pub label: String,
    /// What the node is: Concept, Document, Work, or an argument role.
    pub kind: String,
    /// Attributes of the projection (mentions, citations, year …), in a
    /// fixed order that every node of a projection shares.
    pub attributes: Vec<(&'static str, Value)>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EdgeData {
    pub weight: f64,
    /// What the edge means: co-occurs, cites, co-cited, supports, attacks …
    pub label: &'static str,
}

/// A weighted network read from the store. Node indexes follow the IRI
/// order and edges their (source, target) order, so that everything
/// written from it is stable.
#[derive(Debug, Clone)]
pub struct Network {
    /// The projection's name, as `--graph` spells it.
    pub name: &'static str,
    pub directed: bool,
    pub graph: DiGraph<NodeData, EdgeData>,
}

/// What the metrics say of each node, indexed like the graph's nodes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Metrics {
    pub degree: Vec<usize>,
    pub weighted_degree: Vec<f64>,
    pub page_rank: Vec<f64>,
    /// Normalised betweenness on unweighted shortest paths.
    pub betweenness: Vec<f64>,
    /// k-core number.
    pub core: Vec<usize>,
    /// Connected (weakly, when directed) component, largest first.
    pub component: Vec<usize>,
    /// Louvain community, largest first.
    pub community: Vec<usize>,
    /// Modularity of the Louvain communities.
    pub modularity: f64,
}

/// Names and types of the metric columns, in the order exports write them.
pub const METRIC_COLUMNS: [(&str, ValueKind); 7] = [
    ("Degree", ValueKind::Integer),
    ("WeightedDegree", ValueKind::Float),
    ("PageRank", ValueKind::Float),
    ("Betweenness", ValueKind::Float),
    ("Core", ValueKind::Integer),
    ("Component", ValueKind::Integer),
    ("Community", ValueKind::Integer),
];

/// PageRank's damping factor, as networkx and Gephi default to.
const DAMPING: f64 = 0.85;

impl Metrics {
    /// The metric columns of one node, in `METRIC_COLUMNS` order.
    pub fn row(&self, node: usize) -> [Value; 7] {
        [
            Value::Integer(self.degree[node] as i64),
            Value::Float(self.weighted_degree[node]),
            Value::Float(self.page_rank[node]),
            Value::Float(self.betweenness[node]),
            Value::Integer(self.core[node] as i64),
            Value::Integer(self.component[node] as i64),
            Value::Integer(self.community[node] as i64),
        ]
    }
}

impl Network {
    pub fn new(name: &'static str, directed: bool) -> Self {
        Self {
            name,
            directed,
            graph: DiGraph::new(),
        }
    }

    /// Builds a network from nodes and weighted edges given by node ids.
    /// Nodes are sorted by id and edges by (source, target, label); edges
    /// to unknown ids are dropped, and repeated edges (same ends, same
    /// label) become one whose weight is their sum.
    pub fn from_parts(
        name: &'static str,
        directed: bool,
        mut nodes: Vec<NodeData>,
        mut edges: Vec<(String, String, EdgeData)>,
    ) -> Self {
        nodes.sort_by(|a, b| a.id.cmp(&b.id));
        nodes.dedup_by(|a, b| a.id == b.id);
        edges.sort_by(|a, b| (&a.0, &a.1, a.2.label).cmp(&(&b.0, &b.1, b.2.label)));
        let mut network = Self::new(name, directed);
        let mut index_of = std::collections::HashMap::new();
        for node in nodes {
            let id = node.id.clone();
            index_of.insert(id, network.graph.add_node(node));
        }
        let mut last: Option<(NodeIndex, NodeIndex, &'static str)> = None;
        for (source, target, edge) in edges {
            let (Some(&a), Some(&b)) = (index_of.get(&source), index_of.get(&target)) else {
                continue;
            };
            if last == Some((a, b, edge.label)) {
                let previous = network.graph.edge_indices().next_back().expect("added");
                network.graph[previous].weight += edge.weight;
                continue;
            }
            last = Some((a, b, edge.label));
            network.graph.add_edge(a, b, edge);
        }
        network
    }

    /// Degree, PageRank, betweenness, k-core, components and Louvain
    /// communities: on the directed graph for a directed network, on the
    /// undirected one otherwise (Louvain always ignores direction).
    pub fn metrics(&self) -> Metrics {
        let weights: DiGraph<(), f64> = self.graph.map(|_, _| (), |_, edge| edge.weight);
        if self.directed {
            compute(&weights)
        } else {
            compute(&weights.into_edge_type::<Undirected>())
        }
    }

    /// Edges as (source id, target id, data), in graph order.
    pub fn edge_ends(&self) -> impl Iterator<Item = (&str, &str, &EdgeData)> {
        self.graph.edge_references().map(|edge| {
            let (source, target) = (&self.graph[edge.source()], &self.graph[edge.target()]);
            (source.id.as_str(), target.id.as_str(), edge.weight())
        })
    }
}

/// Betweenness is exact up to this many nodes and estimated from this many
/// sources beyond (a corpus's concept network holds tens of thousands).
const BETWEENNESS_SOURCES: usize = 500;

fn compute<Ty: EdgeType>(graph: &Graph<(), f64, Ty>) -> Metrics {
    let partition = metrics::louvain(graph, 1.0);
    Metrics {
        degree: metrics::degree(graph),
        weighted_degree: metrics::weighted_degree(graph),
        page_rank: metrics::page_rank(graph, DAMPING),
        betweenness: metrics::estimated_betweenness(graph, true, BETWEENNESS_SOURCES),
        core: metrics::core_numbers(graph),
        component: metrics::connected_components(graph),
        community: partition.community,
        modularity: partition.modularity,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(id: &str) -> NodeData {
        NodeData {
            id: id.into(),
            label: id.to_uppercase(),
            kind: "Concept".into(),
            attributes: vec![],
        }
    }

    fn edge(weight: f64) -> EdgeData {
        EdgeData {
            weight,
            label: "co-occurs",
        }
    }

    #[test]
    fn nodes_and_edges_come_out_sorted_and_merged_whatever_the_input_order() {
        let network = Network::from_parts(
            "concepts",
            false,
            vec![node("c"), node("a"), node("b")],
            vec![
                ("b".into(), "c".into(), edge(1.0)),
                ("a".into(), "b".into(), edge(2.0)),
                ("a".into(), "zz".into(), edge(9.0)),
                ("a".into(), "b".into(), edge(0.5)),
            ],
        );
        let ids: Vec<&str> = network
            .graph
            .node_indices()
            .map(|i| network.graph[i].id.as_str())
            .collect();
        assert_eq!(ids, ["a", "b", "c"]);
        let edges: Vec<(String, String, f64)> = network
            .edge_ends()
            .map(|(s, t, e)| (s.to_string(), t.to_string(), e.weight))
            .collect();
        assert_eq!(
            edges,
            [("a".into(), "b".into(), 2.5), ("b".into(), "c".into(), 1.0)]
        );
    }

    #[test]
    fn an_undirected_path_has_its_middle_most_central() {
        let network = Network::from_parts(
            "concepts",
            false,
            vec![node("a"), node("b"), node("c")],
            vec![
                ("a".into(), "b".into(), edge(1.0)),
                ("b".into(), "c".into(), edge(1.0)),
            ],
        );
        let metrics = network.metrics();
        assert_eq!(metrics.degree, [1, 2, 1]);
        assert_eq!(metrics.betweenness, [0.0, 1.0, 0.0]);
        assert!(metrics.page_rank[1] > metrics.page_rank[0]);
        assert_eq!(metrics.component, [0, 0, 0]);
    }

    #[test]
    fn floats_are_written_in_their_shortest_form() {
        assert_eq!(Value::Float(3.0).lexical(), "3");
        assert_eq!(Value::Float(0.5).lexical(), "0.5");
        assert_eq!(Value::Integer(7).lexical(), "7");
    }
}
