//! GraphML (graphml.graphdrawing.org): one `<key>` per column, typed, with
//! `attr.name` the column name that Gephi's CSV uses; node ids are IRIs.

use std::io::Write;
use std::path::Path;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

use crate::analysis::network::{Metrics, Network, Value, ValueKind, format_float};
use crate::export::{ExportError, NetworkFormat, NodeTable, write_atomically, xml_type};

const NAMESPACE: &str = "http://graphml.graphdrawing.org/xmlns";
const SCHEMA: &str =
    "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

/// Writes `network` with its metrics to the GraphML file `path`.
pub fn write_graphml(network: &Network, metrics: &Metrics, path: &Path) -> Result<(), ExportError> {
    write_atomically(path, |out| {
        write_document(network, metrics, out).map_err(|source| ExportError::Io {
            path: path.to_path_buf(),
            source,
        })
    })
}

fn write_document(network: &Network, metrics: &Metrics, out: impl Write) -> std::io::Result<()> {
    let table = NodeTable::new(network, metrics);
    let mut xml = Writer::new_with_indent(out, b' ', 2);
    xml.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    xml.create_element("graphml")
        .with_attributes([
            ("xmlns", NAMESPACE),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ("xsi:schemaLocation", SCHEMA),
        ])
        .write_inner_content(|xml| {
            let node_keys =
                std::iter::once(("Label", ValueKind::Text)).chain(table.columns.iter().copied());
            for (index, (name, kind)) in node_keys.enumerate() {
                let id = format!("n{index}");
                xml.create_element("key")
                    .with_attributes([
                        ("id", id.as_str()),
                        ("for", "node"),
                        ("attr.name", name),
                        ("attr.type", xml_type(kind)),
                    ])
                    .write_empty()?;
            }
            for (id, name, kind) in [("w", "Weight", "double"), ("l", "Label", "string")] {
                xml.create_element("key")
                    .with_attributes([
                        ("id", id),
                        ("for", "edge"),
                        ("attr.name", name),
                        ("attr.type", kind),
                    ])
                    .write_empty()?;
            }
            let direction = if network.directed {
                "directed"
            } else {
                "undirected"
            };
            xml.create_element("graph")
                .with_attributes([("id", network.name), ("edgedefault", direction)])
                .write_inner_content(|xml| {
                    for (id, label, values) in &table.rows {
                        let label = Value::Text(label.clone());
                        xml.create_element("node")
                            .with_attribute(("id", id.as_str()))
                            .write_inner_content(|xml| {
                                for (index, value) in
                                    std::iter::once(&label).chain(values).enumerate()
                                {
                                    let text = value.lexical();
                                    if text.is_empty() {
                                        continue;
                                    }
                                    let key = format!("n{index}");
                                    xml.create_element("data")
                                        .with_attribute(("key", key.as_str()))
                                        .write_text_content(BytesText::new(&text))?;
                                }
                                Ok(())
                            })?;
                    }
                    for (number, (source, target, edge)) in network.edge_ends().enumerate() {
                        let id = format!("e{number}");
                        xml.create_element("edge")
                            .with_attributes([
                                ("id", id.as_str()),
                                ("source", source),
                                ("target", target),
                            ])
                            .write_inner_content(|xml| {
                                let weight = format_float(edge.weight);
                                xml.create_element("data")
                                    .with_attribute(("key", "w"))
                                    .write_text_content(BytesText::new(&weight))?;
                                xml.create_element("data")
                                    .with_attribute(("key", "l"))
                                    .write_text_content(BytesText::new(edge.label))?;
                                Ok(())
                            })?;
                    }
                    Ok(())
                })?;
            Ok(())
        })?;
    xml.get_mut().write_all(b"\n")
}

/// `argraph export graphml`.
pub const FORMAT: NetworkFormat = NetworkFormat {
    name: "graphml",
    about: "GraphML (--out is a file)",
    examples: "Examples:
  argraph export graphml --out concepts.graphml
  argraph export graphml --graph all --out graphml",
    extension: Some("graphml"),
    write: write_graphml,
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tests::two_concepts;

    #[test]
    fn keys_nodes_and_edges() {
        let network = two_concepts();
        let mut out = Vec::new();
        write_document(&network, &network.metrics(), &mut out).unwrap();
        let xml = String::from_utf8(out).unwrap();
        assert!(
            xml.contains(r#"<key id="n0" for="node" attr.name="Label" attr.type="string"/>"#),
            "{xml}"
        );
        assert!(
            xml.contains(r#"<key id="n3" for="node" attr.name="Mentions" attr.type="long"/>"#),
            "{xml}"
        );
        assert!(
            xml.contains(r#"<graph id="concepts" edgedefault="undirected">"#),
            "{xml}"
        );
        assert!(
            xml.contains(r#"<data key="n0">去技能化, 再</data>"#),
            "{xml}"
        );
        assert!(
            xml.contains(r#"<edge id="e0" source="c/a" target="c/b">"#),
            "{xml}"
        );
        assert!(xml.contains(r#"<data key="w">3</data>"#), "{xml}");
    }
}
