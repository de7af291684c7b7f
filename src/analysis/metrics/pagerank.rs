//! Weighted PageRank, to rank concepts and papers by how much weight flows into them.

use petgraph::EdgeType;
use petgraph::graph::{Graph, IndexType};
use petgraph::visit::EdgeRef;

/// Iteration cap, as networkx's default `max_iter`.
const MAX_ITERATIONS: usize = 100;
/// Per-node convergence tolerance, as networkx's default `tol`.
const TOLERANCE: f64 = 1e-6;

/// Weighted PageRank, computed as `networkx.pagerank(G, alpha=damping, weight="weight")`.
///
/// Power iteration from the uniform vector; each node's rank is passed along its outgoing edges in
/// proportion to their weights (an undirected edge counts in both directions, a self-loop once,
/// parallel edges add up). Nodes whose outgoing weights sum to zero are dangling: their rank is
/// spread uniformly over all nodes. Iteration stops when the L1 change drops below
/// `n * 1e-6`, or after 100 iterations, in which case the last iterate is returned (networkx
/// raises `PowerIterationFailedConvergence` instead). The usual damping factor is `0.85`.
///
/// Returns one score per node, summing to 1; an empty graph gives an empty vector.
pub fn page_rank<N, Ty: EdgeType, Ix: IndexType>(
    graph: &Graph<N, f64, Ty, Ix>,
    damping: f64,
) -> Vec<f64> {
    let n = graph.node_count();
    if n == 0 {
        return Vec::new();
    }

    // Directed transitions (from, to, weight) and the total outgoing weight of each node.
    let mut transitions = Vec::with_capacity(graph.edge_count() * 2);
    let mut out_weight = vec![0.0; n];
    for edge in graph.edge_references() {
        let (source, target, weight) =
            (edge.source().index(), edge.target().index(), *edge.weight());
        transitions.push((source, target, weight));
        out_weight[source] += weight;
        if !graph.is_directed() && source != target {
            transitions.push((target, source, weight));
            out_weight[target] += weight;
        }
    }
    let inverse_out: Vec<f64> = out_weight
        .iter()
        .map(|&w| if w != 0.0 { 1.0 / w } else { 0.0 })
        .collect();
    let dangling: Vec<usize> = (0..n).filter(|&i| out_weight[i] == 0.0).collect();

    let uniform = 1.0 / n as f64;
    let mut rank = vec![uniform; n];
    let mut next = vec![0.0; n];
    for _ in 0..MAX_ITERATIONS {
        next.iter_mut().for_each(|x| *x = 0.0);
        for &(source, target, weight) in &transitions {
            next[target] += rank[source] * weight * inverse_out[source];
        }
        let dangling_rank: f64 = dangling.iter().map(|&i| rank[i]).sum();
        for x in next.iter_mut() {
            *x = damping * (*x + dangling_rank * uniform) + (1.0 - damping) * uniform;
        }
        let change: f64 = next.iter().zip(&rank).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut rank, &mut next);
        if change < n as f64 * TOLERANCE {
            break;
        }
    }
    rank
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{assert_all_close, karate};
    use super::*;
    use petgraph::graph::{DiGraph, UnGraph};

    /// networkx 3.6.1: `nx.pagerank(G, alpha=0.85)` on the unweighted karate club
    /// (`scripts/metrics_reference_values.py`).
    const KARATE_PAGERANK: [f64; 34] = [
        0.0970018176,
        0.0528783910,
        0.0570784230,
        0.0358606432,
        0.0219794070,
        0.0291133417,
        0.0291133417,
        0.0244907580,
        0.0297653392,
        0.0143089503,
        0.0219794070,
        0.0095649169,
        0.0146451865,
        0.0295363150,
        0.0145351615,
        0.0145351615,
        0.0167853781,
        0.0145588598,
        0.0145351615,
        0.0196044167,
        0.0145351615,
        0.0145588598,
        0.0145351615,
        0.0315209153,
        0.0210754550,
        0.0210056282,
        0.0150433954,
        0.0256388035,
        0.0195729605,
        0.0262872628,
        0.0245893365,
        0.0371566359,
        0.0716921301,
        0.1009179167,
    ];

    #[test]
    fn karate_matches_networkx() {
        let rank = page_rank(&karate(), 0.85);
        assert_all_close(&rank, &KARATE_PAGERANK, 1e-8);
        assert!((rank.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        assert!((rank[33] - 0.1009).abs() < 1e-4);
        assert!((rank[0] - 0.0970).abs() < 1e-4);
    }

    fn small_directed() -> DiGraph<(), f64> {
        // Node 4 has no outgoing edge (dangling).
        DiGraph::from_edges([
            (0, 1, 1.0),
            (0, 2, 2.0),
            (1, 2, 1.0),
            (2, 0, 1.0),
            (2, 3, 0.5),
            (3, 4, 1.0),
            (1, 4, 3.0),
        ])
    }

    #[test]
    fn directed_weighted_with_dangling_node_matches_networkx() {
        // networkx 3.6.1: nx.pagerank(D, alpha=0.85) and alpha=0.9 (scripts/metrics_reference_values.py).
        let graph = small_directed();
        assert_all_close(
            &page_rank(&graph, 0.85),
            &[
                0.2065800427,
                0.1374815479,
                0.2252272077,
                0.1427654308,
                0.2879457709,
            ],
            1e-8,
        );
        assert_all_close(
            &page_rank(&graph, 0.9),
            &[
                0.2085136999,
                0.1346031017,
                0.2274431999,
                0.1402811189,
                0.2891588795,
            ],
            1e-8,
        );
    }

    #[test]
    fn undirected_weighted_with_self_loop_matches_networkx() {
        // networkx 3.6.1: two weight-3 triangles joined by a weight-0.5 edge, then a weight-2
        // self-loop on node 0 (scripts/metrics_reference_values.py).
        let mut graph = UnGraph::<(), f64>::from_edges([
            (0, 1, 3.0),
            (1, 2, 3.0),
            (0, 2, 3.0),
            (3, 4, 3.0),
            (4, 5, 3.0),
            (3, 5, 3.0),
            (2, 3, 0.5),
        ]);
        assert_all_close(
            &page_rank(&graph, 0.85),
            &[
                0.1626592680,
                0.1626592680,
                0.1746814640,
                0.1746814640,
                0.1626592680,
                0.1626592680,
            ],
            1e-8,
        );
        graph.add_edge(0.into(), 0.into(), 2.0);
        assert_all_close(
            &page_rank(&graph, 0.85),
            &[
                0.1931990915,
                0.1499836781,
                0.1616133885,
                0.1726522343,
                0.1612758038,
                0.1612758038,
            ],
            1e-8,
        );
    }

    #[test]
    fn empty_and_isolated_nodes() {
        assert!(page_rank(&UnGraph::<(), f64>::default(), 0.85).is_empty());
        let mut graph = UnGraph::<(), f64>::default();
        for _ in 0..4 {
            graph.add_node(());
        }
        assert_all_close(&page_rank(&graph, 0.85), &[0.25; 4], 1e-12);
    }
}
