//! Network metrics for concept co-occurrence and citation graphs, reproducing networkx's definitions.
//!
//! Every function takes a [`petgraph::Graph`] whose edge weights are `f64` and returns one value
//! per node, indexed by `NodeIndex::index()`. Node index order is the order in which ties are
//! broken, and no result depends on hash-map iteration order, so every result is deterministic.
//! Empty graphs give empty vectors (and a modularity of `0.0`); isolated nodes are allowed.
//!
//! | function | networkx counterpart |
//! | --- | --- |
//! | [`page_rank`] | `nx.pagerank(G, alpha, weight="weight")` |
//! | [`betweenness`] | `nx.betweenness_centrality(G, normalized, weight=None)` |
//! | [`connected_components`] | `nx.connected_components` / `nx.weakly_connected_components` |
//! | [`core_numbers`] | `nx.core_number` (self-loops ignored instead of rejected) |
//! | [`louvain`] | `nx.community.louvain_communities` (deterministic, no seed) |
//! | [`modularity`] | `nx.community.modularity(G, communities, weight="weight", resolution)` |
//! | [`degree`], [`weighted_degree`] | `G.degree()`, `G.degree(weight="weight")` |

mod betweenness;
mod components;
mod degree;
mod kcore;
mod louvain;
mod modularity;
mod pagerank;

#[cfg(test)]
mod fixtures;

pub use betweenness::{betweenness, estimated_betweenness};
pub use components::connected_components;
pub use degree::{degree, weighted_degree};
pub use kcore::core_numbers;
pub use louvain::{Partition, louvain};
pub use modularity::modularity;
pub use pagerank::page_rank;
