//! Gephi's spreadsheet import: `nodes.csv` (Id, Label, attributes) and
//! `edges.csv` (Source, Target, Type, Weight), UTF-8, one row per concept and
//! per co-occurring pair, in a stable order.

use std::fs;
use std::path::{Path, PathBuf};

use petgraph::visit::EdgeRef;

use crate::analysis::CooccurrenceNetwork;
use crate::export::ExportError;

/// What was written, for the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GephiFiles {
    pub nodes: PathBuf,
    pub edges: PathBuf,
    pub node_count: usize,
    pub edge_count: usize,
}

pub fn write_gephi(network: &CooccurrenceNetwork, dir: &Path) -> Result<GephiFiles, ExportError> {
    fs::create_dir_all(dir).map_err(|source| ExportError::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    let nodes_path = dir.join("nodes.csv");
    let edges_path = dir.join("edges.csv");
    let csv_error = |path: &Path| {
        let path = path.to_path_buf();
        move |source| ExportError::Csv {
            path: path.clone(),
            source,
        }
    };
    let graph = &network.graph;

    let mut nodes = csv::Writer::from_path(&nodes_path).map_err(csv_error(&nodes_path))?;
    nodes
        .write_record([
            "Id",
            "Label",
            "English",
            "Mentions",
            "Documents",
            "WeightedDegree",
        ])
        .map_err(csv_error(&nodes_path))?;
    for index in graph.node_indices() {
        let node = &graph[index];
        nodes
            .write_record([
                node.iri.as_str(),
                node.label.as_str(),
                node.english.as_deref().unwrap_or(""),
                &node.mentions.to_string(),
                &node.documents.to_string(),
                &network.weighted_degree(index).to_string(),
            ])
            .map_err(csv_error(&nodes_path))?;
    }
    nodes.flush().map_err(|source| ExportError::Io {
        path: nodes_path.clone(),
        source,
    })?;

    let mut edges = csv::Writer::from_path(&edges_path).map_err(csv_error(&edges_path))?;
    edges
        .write_record(["Source", "Target", "Type", "Weight"])
        .map_err(csv_error(&edges_path))?;
    for edge in graph.edge_references() {
        edges
            .write_record([
                graph[edge.source()].iri.as_str(),
                graph[edge.target()].iri.as_str(),
                "Undirected",
                &edge.weight().to_string(),
            ])
            .map_err(csv_error(&edges_path))?;
    }
    edges.flush().map_err(|source| ExportError::Io {
        path: edges_path.clone(),
        source,
    })?;
    Ok(GephiFiles {
        nodes: nodes_path,
        edges: edges_path,
        node_count: graph.node_count(),
        edge_count: graph.edge_count(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::ConceptNode;
    use petgraph::graph::UnGraph;

    #[test]
    fn writes_gephi_headers_and_rows() {
        let mut graph = UnGraph::new_undirected();
        let node = |iri: &str, label: &str| ConceptNode {
            iri: iri.into(),
            label: label.into(),
            english: None,
            mentions: 2,
            documents: 1,
        };
        let a = graph.add_node(node("c/a", "人机协作"));
        let b = graph.add_node(node("c/b", "去技能化"));
        graph.add_edge(a, b, 3);
        let dir = tempfile::tempdir().unwrap();
        let files = write_gephi(&CooccurrenceNetwork { graph }, dir.path()).unwrap();
        assert_eq!(
            fs::read_to_string(files.nodes).unwrap(),
            "Id,Label,English,Mentions,Documents,WeightedDegree\n\
             c/a,人机协作,,2,1,3\nc/b,去技能化,,2,1,3\n"
        );
        assert_eq!(
            fs::read_to_string(files.edges).unwrap(),
            "Source,Target,Type,Weight\nc/a,c/b,Undirected,3\n"
        );
    }
}
