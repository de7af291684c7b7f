//! Betweenness centrality (Brandes), to find the concepts and papers that bridge parts of a network.

use std::collections::VecDeque;

use petgraph::EdgeType;
use petgraph::graph::{Graph, IndexType};
use petgraph::visit::EdgeRef;

/// Unweighted betweenness centrality, as `networkx.betweenness_centrality(G, normalized,
/// weight=None)`.
///
/// Shortest paths are counted in hops (edge weights are ignored); parallel edges and self-loops do
/// not add paths. For undirected graphs the raw pair counts are halved when `normalized` is false
/// and scaled by `2 / ((n - 1)(n - 2))` when it is true; directed graphs follow edge directions and
/// are scaled by `1 / ((n - 1)(n - 2))` when normalized. Graphs with fewer than three nodes give
/// zeros. Runs in O(n·m) time.
pub fn betweenness<N, Ty: EdgeType, Ix: IndexType>(
    graph: &Graph<N, f64, Ty, Ix>,
    normalized: bool,
) -> Vec<f64> {
    let sources: Vec<usize> = (0..graph.node_count()).collect();
    betweenness_from(graph, normalized, &sources)
}

/// Betweenness estimated from `k` sources spread evenly over the node
/// indexes (Brandes and Pich 2007; `networkx.betweenness_centrality(G, k)`
/// with sources drawn at random instead): the paths from those sources,
/// scaled by n / k. Exact when `k` ≥ n. Runs in O(k·m) time, so that the
/// networks of a corpus of hundreds of papers stay quick.
pub fn estimated_betweenness<N, Ty: EdgeType, Ix: IndexType>(
    graph: &Graph<N, f64, Ty, Ix>,
    normalized: bool,
    k: usize,
) -> Vec<f64> {
    let n = graph.node_count();
    if k >= n {
        return betweenness(graph, normalized);
    }
    let sources: Vec<usize> = (0..k).map(|i| i * n / k).collect();
    let mut centrality = betweenness_from(graph, normalized, &sources);
    let scale = n as f64 / k as f64;
    centrality.iter_mut().for_each(|x| *x *= scale);
    centrality
}

/// Brandes' accumulation of the shortest paths from `sources`.
fn betweenness_from<N, Ty: EdgeType, Ix: IndexType>(
    graph: &Graph<N, f64, Ty, Ix>,
    normalized: bool,
    sources: &[usize],
) -> Vec<f64> {
    let n = graph.node_count();
    let neighbours = simple_neighbours(graph);

    let mut centrality = vec![0.0; n];
    let mut stack = Vec::with_capacity(n);
    let mut predecessors: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut path_count = vec![0.0_f64; n];
    let mut distance: Vec<Option<usize>> = vec![None; n];
    let mut dependency = vec![0.0_f64; n];
    let mut queue = VecDeque::with_capacity(n);

    for &source in sources {
        // Breadth-first search counting shortest paths from `source`.
        stack.clear();
        predecessors.iter_mut().for_each(Vec::clear);
        path_count.iter_mut().for_each(|x| *x = 0.0);
        distance.iter_mut().for_each(|d| *d = None);
        path_count[source] = 1.0;
        distance[source] = Some(0);
        queue.push_back(source);
        while let Some(v) = queue.pop_front() {
            stack.push(v);
            let next_distance = distance[v].map_or(0, |d| d + 1);
            for &w in &neighbours[v] {
                if distance[w].is_none() {
                    distance[w] = Some(next_distance);
                    queue.push_back(w);
                }
                if distance[w] == Some(next_distance) {
                    path_count[w] += path_count[v];
                    predecessors[w].push(v);
                }
            }
        }

        // Accumulate dependencies in order of non-increasing distance.
        dependency.iter_mut().for_each(|x| *x = 0.0);
        while let Some(w) = stack.pop() {
            let coefficient = (1.0 + dependency[w]) / path_count[w];
            for &v in &predecessors[w] {
                dependency[v] += path_count[v] * coefficient;
            }
            if w != source {
                centrality[w] += dependency[w];
            }
        }
    }

    if n > 2 {
        let scale = if normalized {
            1.0 / ((n - 1) as f64 * (n - 2) as f64)
        } else if graph.is_directed() {
            1.0
        } else {
            0.5
        };
        centrality.iter_mut().for_each(|x| *x *= scale);
    }
    centrality
}

/// Distinct neighbours of each node in index order (successors for directed graphs), without
/// self-loops.
fn simple_neighbours<N, Ty: EdgeType, Ix: IndexType>(
    graph: &Graph<N, f64, Ty, Ix>,
) -> Vec<Vec<usize>> {
    let mut neighbours: Vec<Vec<usize>> = vec![Vec::new(); graph.node_count()];
    for edge in graph.edge_references() {
        let (source, target) = (edge.source().index(), edge.target().index());
        if source == target {
            continue;
        }
        neighbours[source].push(target);
        if !graph.is_directed() {
            neighbours[target].push(source);
        }
    }
    for list in &mut neighbours {
        list.sort_unstable();
        list.dedup();
    }
    neighbours
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{assert_all_close, karate};
    use super::*;
    use petgraph::graph::{DiGraph, UnGraph};

    /// networkx 3.6.1: `nx.betweenness_centrality(G, normalized=True)` on the unweighted karate
    /// club (`scripts/metrics_reference_values.py`).
    const KARATE_BETWEENNESS: [f64; 34] = [
        0.4376352814,
        0.0539366883,
        0.1436568062,
        0.0119092713,
        0.0006313131,
        0.0299873737,
        0.0299873737,
        0.0,
        0.0559268278,
        0.0008477633,
        0.0006313131,
        0.0,
        0.0,
        0.0458633959,
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
        0.0324750481,
        0.0,
        0.0,
        0.0,
        0.0176136364,
        0.0022095960,
        0.0038404882,
        0.0,
        0.0223334536,
        0.0017947330,
        0.0029220779,
        0.0144119769,
        0.1382756133,
        0.1452471140,
        0.3040749759,
    ];

    #[test]
    fn karate_normalized_matches_networkx() {
        let centrality = betweenness(&karate(), true);
        assert_all_close(&centrality, &KARATE_BETWEENNESS, 1e-9);
        assert!((centrality[0] - 0.4376).abs() < 1e-4);
        assert!((centrality[33] - 0.3041).abs() < 1e-4);
        assert!((centrality[32] - 0.1452).abs() < 1e-4);
    }

    #[test]
    fn an_estimate_from_enough_sources_is_exact_and_from_half_of_them_keeps_the_bridges() {
        let graph = karate();
        assert_eq!(
            estimated_betweenness(&graph, true, 34),
            betweenness(&graph, true)
        );
        let half = estimated_betweenness(&graph, true, 17);
        // The two leaders stay the two most between (0 and 33).
        let mut order: Vec<usize> = (0..34).collect();
        order.sort_by(|&a, &b| half[b].total_cmp(&half[a]));
        let mut top: Vec<usize> = order[..2].to_vec();
        top.sort_unstable();
        assert_eq!(top, vec![0, 33], "{half:?}");
    }

    #[test]
    fn karate_unnormalized_matches_networkx() {
        // networkx 3.6.1: nx.betweenness_centrality(G, normalized=False).
        let centrality = betweenness(&karate(), false);
        assert!((centrality[0] - 231.0714285714).abs() < 1e-8);
        assert!((centrality[33] - 160.5515873016).abs() < 1e-8);
        assert!((centrality[2] - 75.8507936508).abs() < 1e-8);
        // Unnormalized = normalized * (n - 1)(n - 2) / 2.
        let scale = 33.0 * 32.0 / 2.0;
        let expected: Vec<f64> = KARATE_BETWEENNESS.iter().map(|x| x * scale).collect();
        assert_all_close(&centrality, &expected, 1e-6);
    }

    #[test]
    fn path_graph_and_weights_ignored() {
        // 0 - 1 - 2 - 3: node 1 lies on paths 0-2 and 0-3, node 2 on 0-3 and 1-3.
        let graph = UnGraph::<(), f64>::from_edges([(0, 1, 5.0), (1, 2, 0.1), (2, 3, 9.0)]);
        assert_all_close(&betweenness(&graph, false), &[0.0, 2.0, 2.0, 0.0], 1e-12);
        assert_all_close(
            &betweenness(&graph, true),
            &[0.0, 2.0 / 3.0, 2.0 / 3.0, 0.0],
            1e-12,
        );
    }

    #[test]
    fn parallel_edges_and_self_loops_do_not_add_paths() {
        let graph =
            UnGraph::<(), f64>::from_edges([(0, 1, 1.0), (0, 1, 1.0), (1, 1, 1.0), (1, 2, 1.0)]);
        assert_all_close(&betweenness(&graph, false), &[0.0, 1.0, 0.0], 1e-12);
    }

    #[test]
    fn small_graph_with_isolated_node_matches_networkx() {
        // networkx 3.6.1: components {0,1}, {2,3,4,5,6}, {7}; nx.betweenness_centrality(C).
        let mut graph = UnGraph::<(), f64>::from_edges([
            (0, 1, 1.0),
            (2, 3, 1.0),
            (3, 4, 1.0),
            (4, 2, 1.0),
            (4, 5, 1.0),
            (6, 5, 1.0),
        ]);
        graph.add_node(());
        assert_all_close(
            &betweenness(&graph, true),
            &[0.0, 0.0, 0.0, 0.0, 0.1904761905, 0.1428571429, 0.0, 0.0],
            1e-9,
        );
    }

    #[test]
    fn directed_follows_edge_direction() {
        // 0 -> 1 -> 2 and 2 -> 0: every pair has one path; 1 is on 0->2, 2 on 1->0, 0 on 2->1.
        let graph = DiGraph::<(), f64>::from_edges([(0, 1, 1.0), (1, 2, 1.0), (2, 0, 1.0)]);
        assert_all_close(&betweenness(&graph, false), &[1.0, 1.0, 1.0], 1e-12);
        assert_all_close(&betweenness(&graph, true), &[0.5, 0.5, 0.5], 1e-12);
    }

    #[test]
    fn tiny_graphs() {
        assert!(betweenness(&UnGraph::<(), f64>::default(), true).is_empty());
        let graph = UnGraph::<(), f64>::from_edges([(0, 1, 1.0)]);
        assert_eq!(betweenness(&graph, true), vec![0.0, 0.0]);
    }
}
