//! Connected components, to split a network into the parts that are linked at all.

use petgraph::EdgeType;
use petgraph::graph::{Graph, IndexType};
use petgraph::visit::EdgeRef;

/// Component id of each node; edge directions are ignored (weakly connected components).
///
/// Components are numbered `0..k` by size, largest first; components of equal size are ordered by
/// their smallest node index. So id 0 is always the giant component, an isolated node is a
/// component of its own, and the number of components is the largest id plus one.
pub fn connected_components<N, Ty: EdgeType, Ix: IndexType>(
    graph: &Graph<N, f64, Ty, Ix>,
) -> Vec<usize> {
    let n = graph.node_count();
    let mut neighbours: Vec<Vec<usize>> = vec![Vec::new(); n];
    for edge in graph.edge_references() {
        let (source, target) = (edge.source().index(), edge.target().index());
        if source != target {
            neighbours[source].push(target);
            neighbours[target].push(source);
        }
    }

    // Label components in order of their smallest node index by scanning nodes in order.
    let mut provisional: Vec<Option<usize>> = vec![None; n];
    let mut sizes: Vec<usize> = Vec::new();
    let mut stack = Vec::new();
    for start in 0..n {
        if provisional[start].is_some() {
            continue;
        }
        let id = sizes.len();
        let mut size = 0;
        provisional[start] = Some(id);
        stack.push(start);
        while let Some(v) = stack.pop() {
            size += 1;
            for &w in &neighbours[v] {
                if provisional[w].is_none() {
                    provisional[w] = Some(id);
                    stack.push(w);
                }
            }
        }
        sizes.push(size);
    }

    // Stable sort by size keeps the smallest-node-index order among equal sizes.
    let mut order: Vec<usize> = (0..sizes.len()).collect();
    order.sort_by(|&a, &b| sizes[b].cmp(&sizes[a]));
    let mut final_id = vec![0; sizes.len()];
    for (rank, &id) in order.iter().enumerate() {
        final_id[id] = rank;
    }
    provisional
        .into_iter()
        .map(|id| id.map_or(0, |id| final_id[id]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::karate;
    use super::*;
    use petgraph::graph::{DiGraph, UnGraph};

    #[test]
    fn karate_is_connected() {
        assert_eq!(connected_components(&karate()), vec![0; 34]);
    }

    #[test]
    fn two_components_and_an_isolated_node() {
        // networkx 3.6.1 finds [[0, 1], [2, 3, 4, 5, 6], [7]].
        let mut graph = UnGraph::<(), f64>::from_edges([
            (0, 1, 1.0),
            (2, 3, 1.0),
            (3, 4, 1.0),
            (4, 2, 1.0),
            (4, 5, 1.0),
            (6, 5, 1.0),
        ]);
        graph.add_node(());
        assert_eq!(connected_components(&graph), vec![1, 1, 0, 0, 0, 0, 0, 2]);
    }

    #[test]
    fn equal_sizes_ordered_by_smallest_node() {
        // Components {0, 3}, {1, 2}, {4}: the two pairs tie, {0, 3} holds the smaller index.
        let mut graph = UnGraph::<(), f64>::from_edges([(1, 2, 1.0), (3, 0, 1.0)]);
        graph.add_node(());
        assert_eq!(connected_components(&graph), vec![0, 1, 1, 0, 2]);
    }

    #[test]
    fn directed_edges_link_weakly() {
        let graph = DiGraph::<(), f64>::from_edges([(0, 1, 1.0), (2, 1, 1.0), (3, 3, 1.0)]);
        assert_eq!(connected_components(&graph), vec![0, 0, 0, 1]);
    }

    #[test]
    fn empty_graph() {
        assert!(connected_components(&UnGraph::<(), f64>::default()).is_empty());
    }
}
