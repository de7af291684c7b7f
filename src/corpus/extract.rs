//! One file's way from bytes to quads, timed by stage, on an extraction
//! thread; a text the store holds already is not extracted again.

use std::collections::HashMap;
use std::path::Path;

use oxigraph::model::{NamedNode, Quad};

use super::StageTimes;
use crate::pipeline::{BuildError, DocumentGraph, DocumentReport, Pipeline};
use crate::rdf::iri::document_iri_of;
use crate::read::ReadError;

/// A document extracted and ready to write, or why not.
pub(super) enum Extracted {
    Fresh {
        report: DocumentReport,
        iri: NamedNode,
        quads: Vec<Quad>,
    },
    Unchanged {
        iri: String,
        stored_as: String,
    },
    Failed(BuildError),
}

/// The documents the store holds: file name → IRI, and IRI → (file name,
/// fingerprint of the rules it was extracted with).
#[derive(Default)]
pub(super) struct Known {
    pub by_file: HashMap<String, String>,
    pub by_iri: HashMap<String, (String, String)>,
}

/// Reads and extracts one file, timing each stage; a file whose text the
/// store holds already is not extracted again.
pub(super) fn extract(
    pipeline: &Pipeline,
    path: &Path,
    known: &Known,
    times: &StageTimes,
) -> (Extracted, u64, usize) {
    let bytes = std::fs::metadata(path).map_or(0, |m| m.len());
    let document = match pipeline.read(path, times) {
        Ok(document) => document,
        Err(error) => {
            let bytes = if matches!(error, ReadError::NoText { .. }) {
                bytes
            } else {
                0
            };
            return (Extracted::Failed(error.into()), bytes, 0);
        }
    };
    let characters = document.text.len();
    let iri = document_iri_of(document.text.as_str());
    if let Some((stored_as, rules)) = known.by_iri.get(iri.as_str())
        && *rules == pipeline.resources.fingerprint
    {
        let unchanged = Extracted::Unchanged {
            iri: iri.as_str().to_string(),
            stored_as: stored_as.clone(),
        };
        return (unchanged, bytes, characters);
    }
    let graph = pipeline.graph(document, times);
    let report = graph.report(&path.display().to_string());
    let DocumentGraph { iri, quads, .. } = graph;
    (Extracted::Fresh { report, iri, quads }, bytes, characters)
}
