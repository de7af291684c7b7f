//! Graphviz DOT: `graph` or `digraph`, one statement a node (label, type,
//! attributes and metrics as quoted attributes) and an edge (weight,
//! label). Ids are IRIs, quoted.

use std::io::Write;
use std::path::Path;

use crate::analysis::network::{Metrics, Network, format_float};
use crate::export::{ExportError, NetworkFormat, NodeTable, write_atomically};

/// A DOT double-quoted string.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Writes `network` with its metrics to the DOT file `path`.
pub fn write_dot(network: &Network, metrics: &Metrics, path: &Path) -> Result<(), ExportError> {
    write_atomically(path, |out| {
        write_document(network, metrics, out).map_err(|source| ExportError::Io {
            path: path.to_path_buf(),
            source,
        })
    })
}

fn write_document(
    network: &Network,
    metrics: &Metrics,
    mut out: impl Write,
) -> std::io::Result<()> {
    let table = NodeTable::new(network, metrics);
    let (keyword, arrow) = if network.directed {
        ("digraph", "->")
    } else {
        ("graph", "--")
    };
    writeln!(out, "{keyword} {} {{", quoted(network.name))?;
    for (id, label, values) in &table.rows {
        write!(out, "  {} [label={}", quoted(id), quoted(label))?;
        for ((name, _), value) in table.columns.iter().zip(values) {
            write!(out, ", {}={}", name, quoted(&value.lexical()))?;
        }
        writeln!(out, "];")?;
    }
    for (source, target, edge) in network.edge_ends() {
        writeln!(
            out,
            "  {} {arrow} {} [weight={}, label={}];",
            quoted(source),
            quoted(target),
            quoted(&format_float(edge.weight)),
            quoted(edge.label)
        )?;
    }
    writeln!(out, "}}")
}

/// `argraph export dot`.
pub const FORMAT: NetworkFormat = NetworkFormat {
    name: "dot",
    about: "Graphviz DOT (--out is a file)",
    examples: "Examples:
  argraph export dot --graph arguments --out arguments.dot
  dot -Tsvg arguments.dot > arguments.svg",
    extension: Some("dot"),
    write: write_dot,
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tests::two_concepts;

    #[test]
    fn an_undirected_graph_with_quoted_ids_and_attributes() {
        let network = two_concepts();
        let mut out = Vec::new();
        write_document(&network, &network.metrics(), &mut out).unwrap();
        let dot = String::from_utf8(out).unwrap();
        assert!(
            dot.starts_with(
                "graph \"concepts\" {\n  \"c/a\" [label=\"人机协作\", Type=\"Concept\""
            ),
            "{dot}"
        );
        assert!(
            dot.contains("  \"c/a\" -- \"c/b\" [weight=\"3\", label=\"co-occurs\"];\n"),
            "{dot}"
        );
        assert_eq!(quoted("a\"b\\"), r#""a\"b\\""#);
    }
}
