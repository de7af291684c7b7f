//! Node degrees, plain and weighted, counted the way networkx's `G.degree()` counts them.

use petgraph::EdgeType;
use petgraph::graph::{Graph, IndexType};
use petgraph::visit::EdgeRef;

/// Number of edge ends at each node.
///
/// Every edge adds one to both of its endpoints, so a self-loop counts twice and, in a directed
/// graph, the result is in-degree plus out-degree (as `G.degree()` in networkx). Parallel edges
/// each count.
pub fn degree<N, Ty: EdgeType, Ix: IndexType>(graph: &Graph<N, f64, Ty, Ix>) -> Vec<usize> {
    let mut degrees = vec![0; graph.node_count()];
    for edge in graph.edge_references() {
        degrees[edge.source().index()] += 1;
        degrees[edge.target().index()] += 1;
    }
    degrees
}

/// Sum of the weights of the edge ends at each node (`G.degree(weight="weight")` in networkx).
///
/// A self-loop adds twice its weight; in a directed graph incoming and outgoing weights add up.
pub fn weighted_degree<N, Ty: EdgeType, Ix: IndexType>(graph: &Graph<N, f64, Ty, Ix>) -> Vec<f64> {
    let mut degrees = vec![0.0; graph.node_count()];
    for edge in graph.edge_references() {
        degrees[edge.source().index()] += *edge.weight();
        degrees[edge.target().index()] += *edge.weight();
    }
    degrees
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::karate;
    use super::*;
    use petgraph::graph::{DiGraph, UnGraph};

    #[test]
    fn karate_degrees() {
        let graph = karate();
        let degrees = degree(&graph);
        assert_eq!(degrees[0], 16);
        assert_eq!(degrees[33], 17);
        assert_eq!(degrees[11], 1);
        assert_eq!(degrees.iter().sum::<usize>(), 2 * 78);
        let weighted = weighted_degree(&graph);
        assert!((weighted[33] - 17.0).abs() < 1e-12);
    }

    #[test]
    fn self_loops_count_twice_and_directed_sums_in_and_out() {
        let graph = UnGraph::<(), f64>::from_edges([(0, 0, 2.0), (0, 1, 0.5)]);
        assert_eq!(degree(&graph), vec![3, 1]);
        assert_eq!(weighted_degree(&graph), vec![4.5, 0.5]);

        let directed = DiGraph::<(), f64>::from_edges([(0, 1, 1.0), (2, 1, 3.0)]);
        assert_eq!(degree(&directed), vec![1, 2, 1]);
        assert_eq!(weighted_degree(&directed), vec![1.0, 4.0, 3.0]);
    }

    #[test]
    fn empty_graph() {
        let graph = UnGraph::<(), f64>::default();
        assert!(degree(&graph).is_empty());
        assert!(weighted_degree(&graph).is_empty());
    }
}
