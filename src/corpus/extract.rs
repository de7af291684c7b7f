//! One file's way from bytes to quads, timed by stage, on an extraction
//! thread; a text the store holds already is not extracted again.

use std::collections::HashMap;
use std::path::Path;
use std::time::Instant;

use oxigraph::model::vocab::xsd;
use oxigraph::model::{Literal, NamedNode, Quad};

use super::StageTimes;
use crate::document::structure;
use crate::pipeline::{BuildError, DocumentReport, Pipeline, file_name};
use crate::rdf::iri::document_iri;
use crate::rdf::mapping::{text_sha256, to_quads};
use crate::rdf::vocab::{ag, void};
use crate::read::{ReadError, clean, read_file};
use crate::resolve::resolve;
use crate::rules::{self, RuleContext};
use crate::segment::{Tokenizer, segment};

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
    let start = Instant::now();
    let source = match read_file(path, pipeline.read_options) {
        Ok(source) => source,
        Err(error) => return (Extracted::Failed(error.into()), 0, 0),
    };
    let bytes = std::fs::metadata(path).map_or(0, |m| m.len());
    times.add(0, start);
    let start = Instant::now();
    let document = structure(clean(source, &pipeline.resources), &file_name(path));
    times.add(1, start);
    let characters = document.text.len();
    if document.text.is_empty() {
        let error = ReadError::NoText {
            path: path.to_path_buf(),
        };
        return (Extracted::Failed(error.into()), bytes, characters);
    }
    let iri = document_iri(&text_sha256(document.text.as_str()));
    if let Some((stored_as, rules)) = known.by_iri.get(iri.as_str())
        && *rules == pipeline.resources.fingerprint
    {
        let unchanged = Extracted::Unchanged {
            iri: iri.as_str().to_string(),
            stored_as: stored_as.clone(),
        };
        return (unchanged, bytes, characters);
    }
    let start = Instant::now();
    let tokens = segment(&document, pipeline.tokenizer());
    let keywords = pipeline.tokenizer().keywords(&document);
    times.add(2, start);
    let start = Instant::now();
    let found = rules::extract(&RuleContext {
        document: &document,
        tokens: &tokens,
        keywords: &keywords,
        resources: &pipeline.resources,
    });
    times.add(3, start);
    let start = Instant::now();
    let model = resolve(&document, found, &pipeline.resources);
    let (iri, mut quads) = to_quads(&model);
    quads.push(Quad::new(
        iri.clone(),
        ag::EXTRACTED_WITH,
        Literal::new_simple_literal(&pipeline.resources.fingerprint),
        iri.clone(),
    ));
    // The size of the document's graph, this quad included: the store's
    // size is their sum, read without counting ten million keys.
    let size = quads.len() + 1;
    quads.push(Quad::new(
        iri.clone(),
        void::TRIPLES,
        Literal::new_typed_literal(size.to_string(), xsd::INTEGER),
        iri.clone(),
    ));
    times.add(4, start);
    let report = DocumentReport {
        file: path.display().to_string(),
        iri: iri.as_str().to_string(),
        title: document.metadata.title.clone(),
        sentences: document.sentences.len(),
        concepts: model.concepts.len(),
        notes: document.notes.len(),
        pointers: document.markers.len(),
        quads: quads.len(),
    };
    (Extracted::Fresh { report, iri, quads }, bytes, characters)
}
