//! The argument network: argument units (AIF I-nodes) linked by support
//! and attack, pointing from the premise to what it supports or attacks.

use crate::analysis::network::{EdgeData, Network, NodeData, Value};
use crate::analysis::{AnalysisError, Scope, count, select_in, value};
use crate::store::GraphStore;

const UNITS: &str = "SELECT ?unit ?role ?text ?file ?begin WHERE {
  ?unit ag:role ?role ; aif:claimText ?text ; nif:beginIndex ?begin ; nif:referenceContext ?context .
  ?doc ag:text ?context ; ag:fileName ?file .
}";

const LINKS: &str = "SELECT ?from ?to ?kind WHERE {
  ?node aif:Premise ?from ; aif:Conclusion ?to ; a ?kind .
  FILTER(?kind = aif:RA-node || ?kind = aif:CA-node)
}";

/// Longest label, in characters; the whole text is the `Text` attribute.
const LABEL_LENGTH: usize = 30;

/// Reads the argument network of `scope`: units with their role, text,
/// file and offset; an edge labelled `supports` or `attacks` from each
/// premise of an RA- or CA-node to its conclusion.
pub fn arguments(store: &GraphStore, scope: &Scope) -> Result<Network, AnalysisError> {
    let nodes = select_in(store, scope, UNITS)?
        .iter()
        .map(|row| {
            let text = value(&row[2]);
            let mut label: String = text.chars().take(LABEL_LENGTH).collect();
            if text.chars().count() > LABEL_LENGTH {
                label.push('…');
            }
            let role = value(&row[1]);
            NodeData {
                id: value(&row[0]),
                label,
                kind: role.rsplit('#').next().unwrap_or_default().to_string(),
                attributes: vec![
                    ("Text", Value::Text(text)),
                    ("File", Value::Text(value(&row[3]))),
                    ("Begin", Value::Integer(count(&row[4]) as i64)),
                ],
            }
        })
        .collect();
    let edges = select_in(store, scope, LINKS)?
        .iter()
        .map(|row| {
            let label = if value(&row[2]).ends_with("CA-node") {
                "attacks"
            } else {
                "supports"
            };
            let edge = EdgeData { weight: 1.0, label };
            (value(&row[0]), value(&row[1]), edge)
        })
        .collect();
    Ok(Network::from_parts("arguments", true, nodes, edges))
}
