//! GEXF 1.3 (gexf.net), Gephi's own format: typed node attributes, the
//! native edge `weight` and `label`; node ids are IRIs. No modification
//! date is written, so that two exports of one store are byte-identical.

use std::io::Write;
use std::path::Path;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, Event};

use crate::analysis::network::{Metrics, Network, format_float};
use crate::export::{
    ExportError, NetworkFormat, NodeTable, write_atomically, xml_attribute, xml_type,
};

const NAMESPACE: &str = "http://gexf.net/1.3";
const SCHEMA: &str = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd";

/// Writes `network` with its metrics to the GEXF file `path`.
pub fn write_gexf(network: &Network, metrics: &Metrics, path: &Path) -> Result<(), ExportError> {
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
    let direction = if network.directed {
        "directed"
    } else {
        "undirected"
    };
    let description = format!("argraph {} network", network.name);
    xml.create_element("gexf")
        .with_attributes([
            ("xmlns", NAMESPACE),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ("xsi:schemaLocation", SCHEMA),
            ("version", "1.3"),
        ])
        .write_inner_content(|xml| {
            xml.create_element("meta").write_inner_content(|xml| {
                xml.create_element("creator")
                    .write_text_content(quick_xml::events::BytesText::new("argraph"))?;
                xml.create_element("description")
                    .write_text_content(quick_xml::events::BytesText::new(&description))?;
                Ok(())
            })?;
            xml.create_element("graph")
                .with_attributes([("mode", "static"), ("defaultedgetype", direction)])
                .write_inner_content(|xml| {
                    xml.create_element("attributes")
                        .with_attribute(("class", "node"))
                        .write_inner_content(|xml| {
                            for (index, (name, kind)) in table.columns.iter().enumerate() {
                                let id = index.to_string();
                                xml.create_element("attribute")
                                    .with_attributes([
                                        ("id", id.as_str()),
                                        ("title", name),
                                        ("type", xml_type(*kind)),
                                    ])
                                    .write_empty()?;
                            }
                            Ok(())
                        })?;
                    xml.create_element("nodes").write_inner_content(|xml| {
                        for (id, label, values) in &table.rows {
                            xml.create_element("node")
                                .with_attribute(xml_attribute("id", id))
                                .with_attribute(xml_attribute("label", label))
                                .write_inner_content(|xml| {
                                    xml.create_element("attvalues").write_inner_content(|xml| {
                                        for (index, value) in values.iter().enumerate() {
                                            let text = value.lexical();
                                            if text.is_empty() {
                                                continue;
                                            }
                                            let id = index.to_string();
                                            xml.create_element("attvalue")
                                                .with_attribute(("for", id.as_str()))
                                                .with_attribute(xml_attribute("value", &text))
                                                .write_empty()?;
                                        }
                                        Ok(())
                                    })?;
                                    Ok(())
                                })?;
                        }
                        Ok(())
                    })?;
                    xml.create_element("edges").write_inner_content(|xml| {
                        for (number, (source, target, edge)) in network.edge_ends().enumerate() {
                            let id = number.to_string();
                            let weight = format_float(edge.weight);
                            xml.create_element("edge")
                                .with_attributes([
                                    ("id", id.as_str()),
                                    ("source", source),
                                    ("target", target),
                                    ("weight", weight.as_str()),
                                    ("label", edge.label),
                                ])
                                .write_empty()?;
                        }
                        Ok(())
                    })?;
                    Ok(())
                })?;
            Ok(())
        })?;
    xml.get_mut().write_all(b"\n")
}

/// `argraph export gexf`.
pub const FORMAT: NetworkFormat = NetworkFormat {
    name: "gexf",
    about: "GEXF 1.3, Gephi's own format (--out is a file)",
    examples: "Examples:
  argraph export gexf --out concepts.gexf
  argraph export gexf --graph cocitation --doc huang2025.txt --out cocitation.gexf",
    extension: Some("gexf"),
    write: write_gexf,
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tests::two_concepts;

    #[test]
    fn attributes_nodes_and_weighted_edges() {
        let network = two_concepts();
        let mut out = Vec::new();
        write_document(&network, &network.metrics(), &mut out).unwrap();
        let xml = String::from_utf8(out).unwrap();
        assert!(
            xml.contains(r#"<gexf xmlns="http://gexf.net/1.3""#),
            "{xml}"
        );
        assert!(
            xml.contains(r#"<graph mode="static" defaultedgetype="undirected">"#),
            "{xml}"
        );
        assert!(
            xml.contains(r#"<attribute id="2" title="Mentions" type="long"/>"#),
            "{xml}"
        );
        assert!(xml.contains(r#"<node id="c/a" label="人机协作">"#), "{xml}");
        let attribute = xml_attribute("label", "a\nb & c");
        assert_eq!(&*attribute.value, b"a&#10;b &amp; c");
        assert!(
            xml.contains(
                r#"<edge id="0" source="c/a" target="c/b" weight="3" label="co-occurs"/>"#
            ),
            "{xml}"
        );
    }
}
