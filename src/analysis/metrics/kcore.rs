//! k-core numbers, to tell a network's densely knit centre from its periphery.

use petgraph::EdgeType;
use petgraph::graph::{Graph, IndexType};
use petgraph::visit::EdgeRef;

/// Core number of each node, as `networkx.core_number`.
///
/// The core number of a node is the largest `k` such that the node belongs to a subgraph in which
/// every node has degree at least `k`. Self-loops are ignored (networkx rejects them); parallel
/// edges each count; in a directed graph the degree is in-degree plus out-degree, as in networkx.
/// Uses the Batagelj–Zaversnik bucket algorithm, O(n + m).
pub fn core_numbers<N, Ty: EdgeType, Ix: IndexType>(graph: &Graph<N, f64, Ty, Ix>) -> Vec<usize> {
    let n = graph.node_count();
    let mut neighbours: Vec<Vec<usize>> = vec![Vec::new(); n];
    for edge in graph.edge_references() {
        let (source, target) = (edge.source().index(), edge.target().index());
        if source != target {
            neighbours[source].push(target);
            neighbours[target].push(source);
        }
    }
    let mut degree: Vec<usize> = neighbours.iter().map(Vec::len).collect();
    let max_degree = degree.iter().copied().max().unwrap_or(0);

    // Bucket sort the nodes by degree: `bin_start[d]` is where degree-d nodes begin in `order`.
    let mut bin_start = vec![0; max_degree + 1];
    for &d in &degree {
        bin_start[d] += 1;
    }
    let mut start = 0;
    for slot in bin_start.iter_mut() {
        let count = *slot;
        *slot = start;
        start += count;
    }
    let mut position = vec![0; n];
    let mut order = vec![0; n];
    {
        let mut next_free = bin_start.clone();
        for v in 0..n {
            position[v] = next_free[degree[v]];
            order[position[v]] = v;
            next_free[degree[v]] += 1;
        }
    }

    // Peel nodes in order of current degree; a neighbour with a larger degree moves down a bin.
    for i in 0..n {
        let v = order[i];
        for &u in &neighbours[v] {
            if degree[u] > degree[v] {
                let du = degree[u];
                let pu = position[u];
                let pw = bin_start[du];
                let w = order[pw];
                if u != w {
                    position[u] = pw;
                    order[pu] = w;
                    position[w] = pu;
                    order[pw] = u;
                }
                bin_start[du] += 1;
                degree[u] -= 1;
            }
        }
    }
    degree
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::karate;
    use super::*;
    use petgraph::graph::{DiGraph, UnGraph};

    #[test]
    fn karate_matches_networkx() {
        // networkx 3.6.1: nx.core_number(G) on the karate club (scripts/metrics_reference_values.py).
        let expected = vec![
            4, 4, 4, 4, 3, 3, 3, 4, 4, 2, 3, 1, 2, 4, 2, 2, 2, 2, 2, 3, 2, 2, 2, 3, 3, 3, 2, 3, 3,
            3, 4, 3, 4, 4,
        ];
        assert_eq!(core_numbers(&karate()), expected);
    }

    #[test]
    fn small_graph_with_isolated_node_matches_networkx() {
        // networkx 3.6.1: {0: 1, 1: 1, 2: 2, 3: 2, 4: 2, 5: 1, 6: 1, 7: 0}.
        let mut graph = UnGraph::<(), f64>::from_edges([
            (0, 1, 1.0),
            (2, 3, 1.0),
            (3, 4, 1.0),
            (4, 2, 1.0),
            (4, 5, 1.0),
            (6, 5, 1.0),
        ]);
        graph.add_node(());
        assert_eq!(core_numbers(&graph), vec![1, 1, 2, 2, 2, 1, 1, 0]);
    }

    #[test]
    fn self_loops_ignored_and_clique() {
        let mut edges = vec![(0, 0, 1.0), (4, 4, 1.0)];
        for u in 0..4_u32 {
            for v in (u + 1)..4 {
                edges.push((u, v, 1.0));
            }
        }
        edges.push((3, 4, 1.0));
        let graph = UnGraph::<(), f64>::from_edges(edges);
        assert_eq!(core_numbers(&graph), vec![3, 3, 3, 3, 1]);
    }

    #[test]
    fn directed_counts_in_and_out() {
        // A directed triangle: each node has in + out degree 2.
        let graph = DiGraph::<(), f64>::from_edges([(0, 1, 1.0), (1, 2, 1.0), (2, 0, 1.0)]);
        assert_eq!(core_numbers(&graph), vec![2, 2, 2]);
    }

    #[test]
    fn empty_graph() {
        assert!(core_numbers(&UnGraph::<(), f64>::default()).is_empty());
    }
}
