//! Modularity of a node partition, to score how well communities separate a network.

use petgraph::EdgeType;
use petgraph::graph::{Graph, IndexType};
use petgraph::visit::EdgeRef;

/// Weighted modularity of a partition, as `networkx.community.modularity(G, communities,
/// weight="weight", resolution=resolution)`.
///
/// `community[i]` is the community label of node `i`; labels are arbitrary numbers (they need not
/// be contiguous). For undirected graphs
/// `Q = Σ_c [ L_c / m − γ (d_c / 2m)² ]`, where `L_c` is the weight inside community `c`, `d_c` the
/// weighted degree of its nodes (a self-loop counts twice) and `m` the total edge weight. Directed
/// graphs use `Q = Σ_c [ L_c / m − γ d_c^out d_c^in / m² ]`.
///
/// Returns `0.0` when the graph has no edge weight (networkx divides by zero there) and `NaN`
/// when `community.len()` differs from the number of nodes.
pub fn modularity<N, Ty: EdgeType, Ix: IndexType>(
    graph: &Graph<N, f64, Ty, Ix>,
    community: &[usize],
    resolution: f64,
) -> f64 {
    let n = graph.node_count();
    if community.len() != n {
        return f64::NAN;
    }
    let (dense, count) = dense_labels(community);

    let mut internal = vec![0.0; count];
    let mut out_weight = vec![0.0; count];
    let mut in_weight = vec![0.0; count];
    let mut total = 0.0;
    for edge in graph.edge_references() {
        let (source, target, weight) =
            (edge.source().index(), edge.target().index(), *edge.weight());
        let (cs, ct) = (dense[source], dense[target]);
        if cs == ct {
            internal[cs] += weight;
        }
        out_weight[cs] += weight;
        in_weight[ct] += weight;
        total += weight;
    }
    if total == 0.0 {
        return 0.0;
    }

    if graph.is_directed() {
        (0..count)
            .map(|c| {
                internal[c] / total - resolution * out_weight[c] * in_weight[c] / (total * total)
            })
            .sum()
    } else {
        // Undirected: every edge end adds to the degree of its community.
        let degree_sum = 2.0 * total;
        (0..count)
            .map(|c| {
                let degree = out_weight[c] + in_weight[c];
                internal[c] / total - resolution * (degree / degree_sum) * (degree / degree_sum)
            })
            .sum()
    }
}

/// Maps arbitrary labels to `0..count`, numbering them in order of their smallest label.
fn dense_labels(community: &[usize]) -> (Vec<usize>, usize) {
    let mut labels: Vec<usize> = community.to_vec();
    labels.sort_unstable();
    labels.dedup();
    let dense = community
        .iter()
        .map(|label| labels.binary_search(label).unwrap_or(0))
        .collect();
    (dense, labels.len())
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{KARATE_CLUB, karate};
    use super::*;
    use petgraph::graph::{DiGraph, UnGraph};

    #[test]
    fn karate_club_split_matches_networkx() {
        // networkx 3.6.1: nx.community.modularity(G, communities) with the communities taken
        // from the `club` attribute (Mr. Hi vs Officer): 0.3582347140039448; resolution 0.5:
        // 0.6086045364891519.
        let graph = karate();
        assert!((modularity(&graph, &KARATE_CLUB, 1.0) - 0.3582347140039448).abs() < 1e-12);
        assert!((modularity(&graph, &KARATE_CLUB, 0.5) - 0.6086045364891519).abs() < 1e-12);
    }

    #[test]
    fn karate_faction_split_matches_newman() {
        // Newman's Q ≈ 0.371 is for the factions found by the leading eigenvector of the
        // modularity matrix, which differs from the `club` attribute only in node 8 (Zachary's
        // 9, who sided with the officer but joined Mr. Hi's club). networkx 3.6.1 gives
        // 0.37146614069691 for it.
        let mut factions = KARATE_CLUB;
        factions[8] = 1;
        let q = modularity(&karate(), &factions, 1.0);
        assert!((q - 0.37146614069691).abs() < 1e-12);
        assert!((q - 0.3715).abs() < 1e-4);
    }

    #[test]
    fn labels_need_not_be_contiguous() {
        let graph = karate();
        let relabelled: Vec<usize> = KARATE_CLUB.iter().map(|&c| 1000 - 7 * c).collect();
        let q = modularity(&graph, &relabelled, 1.0);
        assert!((q - modularity(&graph, &KARATE_CLUB, 1.0)).abs() < 1e-15);
    }

    #[test]
    fn weighted_and_self_loop_match_networkx() {
        // networkx 3.6.1: two weight-3 triangles joined by a 0.5 edge, split into the
        // triangles: 0.472972972972973; with a weight-2 self-loop on 0: 0.47085068411659725.
        let mut graph = UnGraph::<(), f64>::from_edges([
            (0, 1, 3.0),
            (1, 2, 3.0),
            (0, 2, 3.0),
            (3, 4, 3.0),
            (4, 5, 3.0),
            (3, 5, 3.0),
            (2, 3, 0.5),
        ]);
        let split = [0, 0, 0, 1, 1, 1];
        assert!((modularity(&graph, &split, 1.0) - 0.472972972972973).abs() < 1e-12);
        graph.add_edge(0.into(), 0.into(), 2.0);
        assert!((modularity(&graph, &split, 1.0) - 0.47085068411659725).abs() < 1e-12);
    }

    #[test]
    fn directed_matches_networkx() {
        // networkx 3.6.1: nx.community.modularity(D, [{0, 1, 2}, {3, 4}]) = 0.11080332409972296.
        let graph = DiGraph::<(), f64>::from_edges([
            (0, 1, 1.0),
            (0, 2, 2.0),
            (1, 2, 1.0),
            (2, 0, 1.0),
            (2, 3, 0.5),
            (3, 4, 1.0),
            (1, 4, 3.0),
        ]);
        let q = modularity(&graph, &[0, 0, 0, 1, 1], 1.0);
        assert!((q - 0.11080332409972296).abs() < 1e-12);
    }

    #[test]
    fn degenerate_inputs() {
        let empty = UnGraph::<(), f64>::default();
        assert_eq!(modularity(&empty, &[], 1.0), 0.0);
        let mut no_edges = UnGraph::<(), f64>::default();
        no_edges.add_node(());
        no_edges.add_node(());
        assert_eq!(modularity(&no_edges, &[0, 1], 1.0), 0.0);
        assert!(modularity(&karate(), &[0, 1], 1.0).is_nan());
    }
}
