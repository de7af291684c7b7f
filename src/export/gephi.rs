//! Gephi's spreadsheet import: `nodes.csv` (Id, Label, Type, attributes
//! and metrics) and `edges.csv` (Source, Target, Type, Weight, Label),
//! UTF-8, in the network's stable order.

use std::path::{Path, PathBuf};

use crate::analysis::network::{Metrics, Network, format_float};
use crate::export::{ExportError, NetworkFormat, NodeTable, write_atomically};

/// What was written, for the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GephiFiles {
    pub nodes: PathBuf,
    pub edges: PathBuf,
}

/// Writes `nodes.csv` and `edges.csv` of `network` into the folder `dir`.
pub fn write_gephi(
    network: &Network,
    metrics: &Metrics,
    dir: &Path,
) -> Result<GephiFiles, ExportError> {
    let nodes = dir.join("nodes.csv");
    let edges = dir.join("edges.csv");
    let table = NodeTable::new(network, metrics);
    write_atomically(&nodes, |out| {
        let mut csv = csv::Writer::from_writer(out);
        let error = |source| ExportError::Csv {
            path: nodes.clone(),
            source,
        };
        let header = ["Id", "Label"]
            .into_iter()
            .chain(table.columns.iter().map(|(name, _)| *name));
        csv.write_record(header).map_err(error)?;
        for (id, label, values) in &table.rows {
            let values = values.iter().map(|value| value.lexical());
            let record = [id.clone(), label.clone()].into_iter().chain(values);
            csv.write_record(record).map_err(error)?;
        }
        csv.flush().map_err(|source| ExportError::Io {
            path: nodes.clone(),
            source,
        })
    })?;
    let kind = if network.directed {
        "Directed"
    } else {
        "Undirected"
    };
    write_atomically(&edges, |out| {
        let mut csv = csv::Writer::from_writer(out);
        let error = |source| ExportError::Csv {
            path: edges.clone(),
            source,
        };
        csv.write_record(["Source", "Target", "Type", "Weight", "Label"])
            .map_err(error)?;
        for (source, target, edge) in network.edge_ends() {
            let (source, target) = (source, target);
            let weight = format_float(edge.weight);
            csv.write_record([source, target, kind, &weight, edge.label])
                .map_err(error)?;
        }
        csv.flush().map_err(|source| ExportError::Io {
            path: edges.clone(),
            source,
        })
    })?;
    Ok(GephiFiles { nodes, edges })
}

/// `argraph export gephi`.
pub const FORMAT: NetworkFormat = NetworkFormat {
    name: "gephi",
    about: "nodes.csv and edges.csv for Gephi's spreadsheet import (--out is a folder)",
    examples: "Examples:
  argraph export gephi --out gephi
  argraph export gephi --graph all --out gephi
  argraph export gephi --normalization association-strength --out vos",
    extension: None,
    write: |network, metrics, path| write_gephi(network, metrics, path).map(|_| ()),
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tests::two_concepts;

    #[test]
    fn writes_gephi_headers_and_rows() {
        let network = two_concepts();
        let dir = tempfile::tempdir().unwrap();
        let files = write_gephi(&network, &network.metrics(), dir.path()).unwrap();
        assert_eq!(
            std::fs::read_to_string(files.nodes).unwrap(),
            "Id,Label,Type,English,Mentions,Degree,WeightedDegree,PageRank,Betweenness,Core,Component,Community\n\
             c/a,人机协作,Concept,co-intelligence,2,1,3,0.5,0,1,0,0\n\
             c/b,\"去技能化, 再\",Concept,,1,1,3,0.5,0,1,0,0\n"
        );
        assert_eq!(
            std::fs::read_to_string(files.edges).unwrap(),
            "Source,Target,Type,Weight,Label\nc/a,c/b,Undirected,3,co-occurs\n"
        );
    }
}
