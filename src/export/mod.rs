//! Exports of the store: its networks for graph tools (Gephi CSV, GraphML,
//! GEXF, DOT) and the whole graph as RDF. Every file is written to a
//! temporary name beside it and renamed when complete, so a failed export
//! never leaves half a file.

pub mod rdf;

use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::analysis::network::{METRIC_COLUMNS, Metrics, Network, Value, ValueKind};

/// A file format for a network. A new format is one file of this folder
/// with its `FORMAT`, and one line in `network_formats!` below: `argraph
/// export NAME` comes from there, with its help and examples.
#[derive(Debug)]
pub struct NetworkFormat {
    /// The subcommand: `argraph export NAME`.
    pub name: &'static str,
    /// One line for `argraph export --help`.
    pub about: &'static str,
    /// The examples under `argraph export NAME --help`.
    pub examples: &'static str,
    /// The file name extension, or `None` for a format that writes a folder.
    pub extension: Option<&'static str>,
    /// Writes the network and its metrics to a path (a file, or a folder).
    pub write: fn(&Network, &Metrics, &Path) -> Result<(), ExportError>,
}

/// Declares the format modules and `NETWORK_FORMATS`, in the order
/// `argraph export --help` lists them.
macro_rules! network_formats {
    ($($module:ident),* $(,)?) => {
        $(pub mod $module;)*
        /// Every network format, in the order `argraph export --help` lists them.
        pub const NETWORK_FORMATS: &[&NetworkFormat] = &[$(&$module::FORMAT),*];
    };
}

network_formats! {
    gephi,
    graphml,
    gexf,
    dot,
}

/// The network format called `name`.
pub fn network_format(name: &str) -> Option<&'static NetworkFormat> {
    NETWORK_FORMATS
        .iter()
        .copied()
        .find(|format| format.name == name)
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("{path}: cannot write: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: cannot write CSV: {source}")]
    Csv { path: PathBuf, source: csv::Error },
    #[error(transparent)]
    Analysis(#[from] crate::analysis::AnalysisError),
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
}

/// Writes `path` through `write`, atomically: into `path.partial` first,
/// renamed over `path` once complete; the parent folder is created.
pub fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut BufWriter<fs::File>) -> Result<(), ExportError>,
) -> Result<(), ExportError> {
    let io = |source| ExportError::Io {
        path: path.to_path_buf(),
        source,
    };
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(parent).map_err(io)?;
    }
    let mut partial = path.as_os_str().to_owned();
    partial.push(".partial");
    let partial = PathBuf::from(partial);
    let result = fs::File::create(&partial).map_err(io).and_then(|file| {
        let mut writer = BufWriter::new(file);
        write(&mut writer)?;
        writer.flush().map_err(io)?;
        writer.get_ref().sync_all().map_err(io)
    });
    match result {
        Ok(()) => fs::rename(&partial, path).map_err(io),
        Err(error) => {
            let _ = fs::remove_file(&partial);
            Err(error)
        }
    }
}

/// The XML Schema type GraphML and GEXF declare for a column.
pub(crate) fn xml_type(kind: ValueKind) -> &'static str {
    match kind {
        ValueKind::Integer => "long",
        ValueKind::Float => "double",
        ValueKind::Text => "string",
    }
}

/// An XML attribute whose value keeps its line breaks and tabs: they are
/// written as character references, which a reader's attribute-value
/// normalisation leaves alone (a raw line break would come back a space).
pub(crate) fn xml_attribute<'a>(
    key: &'a str,
    value: &str,
) -> quick_xml::events::attributes::Attribute<'a> {
    let escaped = quick_xml::escape::escape(value)
        .replace('\n', "&#10;")
        .replace('\r', "&#13;")
        .replace('\t', "&#9;");
    quick_xml::events::attributes::Attribute {
        key: quick_xml::name::QName(key.as_bytes()),
        value: std::borrow::Cow::Owned(escaped.into_bytes()),
    }
}

/// The node table every network writer shares: `Id`, `Label`, `Type`,
/// the projection's attributes, then the metrics.
pub struct NodeTable {
    /// Column names after Id and Label, with their types.
    pub columns: Vec<(&'static str, ValueKind)>,
    /// One row a node, in graph order: id, label, then the column values
    /// (an empty text where the node lacks the attribute).
    pub rows: Vec<(String, String, Vec<Value>)>,
}

impl NodeTable {
    pub fn new(network: &Network, metrics: &Metrics) -> Self {
        let graph = &network.graph;
        // Every attribute any node has, in order of first appearance: the
        // citation network mixes documents and works.
        let mut attributes: Vec<(&'static str, ValueKind)> = Vec::new();
        for index in graph.node_indices() {
            for (name, value) in &graph[index].attributes {
                if !attributes.iter().any(|(known, _)| known == name) {
                    attributes.push((name, value.kind()));
                }
            }
        }
        let rows = graph
            .node_indices()
            .map(|index| {
                let node = &graph[index];
                let mut values = vec![Value::Text(node.kind.clone())];
                values.extend(attributes.iter().map(|(name, _)| {
                    node.attributes
                        .iter()
                        .find(|(own, _)| own == name)
                        .map_or(Value::Text(String::new()), |(_, value)| value.clone())
                }));
                values.extend(metrics.row(index.index()));
                (node.id.clone(), node.label.clone(), values)
            })
            .collect();
        let mut columns = vec![("Type", ValueKind::Text)];
        columns.extend(attributes);
        columns.extend(METRIC_COLUMNS);
        Self { columns, rows }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use crate::analysis::network::{EdgeData, Network, NodeData, Value};

    /// Two concepts linked by three sentences, one label needing quotes.
    pub fn two_concepts() -> Network {
        let node = |id: &str, label: &str, english: &str, mentions: i64| NodeData {
            id: id.into(),
            label: label.into(),
            kind: "Concept".into(),
            attributes: vec![
                ("English", Value::Text(english.into())),
                ("Mentions", Value::Integer(mentions)),
            ],
        };
        Network::from_parts(
            "concepts",
            false,
            vec![
                node("c/a", "人机协作", "co-intelligence", 2),
                node("c/b", "去技能化, 再", "", 1),
            ],
            vec![(
                "c/a".into(),
                "c/b".into(),
                EdgeData {
                    weight: 3.0,
                    label: "co-occurs",
                },
            )],
        )
    }
}
