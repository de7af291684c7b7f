//! RDF dumps of the whole store. N-Quads, TriG and JSON-LD keep one named
//! graph per document; Turtle, N-Triples and RDF/XML hold no named graphs,
//! so they get the union, each triple once (the labels of a concept that
//! several documents describe are written once). Graphs are written in IRI
//! order and, within one, in the store's index order, which depends on the
//! content alone: two stores with the same documents dump byte-identical
//! files, whatever the order or the threads they were built with.

use std::collections::HashSet;
use std::io::Write;
use std::path::Path;

use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfSerializer};
use oxigraph::model::{GraphNameRef, NamedOrBlankNode, QuadRef};
use sha2::{Digest, Sha256};

use crate::export::{ExportError, write_atomically};
use crate::store::GraphStore;
use crate::vocab::PREFIXES;

/// The RDF syntaxes `export rdf --format` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RdfDumpFormat {
    Turtle,
    NTriples,
    NQuads,
    TriG,
    RdfXml,
    JsonLd,
}

impl RdfDumpFormat {
    fn rdf_format(self) -> RdfFormat {
        match self {
            Self::Turtle => RdfFormat::Turtle,
            Self::NTriples => RdfFormat::NTriples,
            Self::NQuads => RdfFormat::NQuads,
            Self::TriG => RdfFormat::TriG,
            Self::RdfXml => RdfFormat::RdfXml,
            Self::JsonLd => RdfFormat::JsonLd {
                profile: JsonLdProfileSet::empty(),
            },
        }
    }

    /// Whether the syntax holds named graphs.
    pub fn keeps_graphs(self) -> bool {
        matches!(self, Self::NQuads | Self::TriG | Self::JsonLd)
    }

    /// Whether prefixes make the syntax shorter to read.
    fn takes_prefixes(self) -> bool {
        matches!(
            self,
            Self::Turtle | Self::TriG | Self::RdfXml | Self::JsonLd
        )
    }
}

/// What a dump wrote: statements (quads, or distinct triples) and graphs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DumpReport {
    pub statements: usize,
    pub graphs: usize,
}

/// Writes every graph of the store to `path` in `format`.
pub fn write_rdf(
    store: &GraphStore,
    format: RdfDumpFormat,
    path: &Path,
) -> Result<DumpReport, ExportError> {
    let io = |source| ExportError::Io {
        path: path.to_path_buf(),
        source,
    };
    let inner = store.inner();
    let mut graphs: Vec<NamedOrBlankNode> = inner
        .named_graphs()
        .collect::<Result<_, _>>()
        .map_err(|e| io(std::io::Error::other(e)))?;
    graphs.sort_by_key(|graph| graph.to_string());
    let mut report = DumpReport {
        statements: 0,
        graphs: graphs.len(),
    };
    write_atomically(path, |out| {
        let mut serializer = RdfSerializer::from_format(format.rdf_format());
        if format.takes_prefixes() {
            for (prefix, namespace) in PREFIXES {
                serializer = serializer
                    .with_prefix(*prefix, *namespace)
                    .expect("vocabulary namespaces are valid IRIs");
            }
        }
        let mut writer = serializer.for_writer(&mut *out);
        let mut seen: HashSet<[u8; 16]> = HashSet::new();
        let default_graph = std::iter::once(GraphNameRef::DefaultGraph);
        let named = graphs
            .iter()
            .map(|graph| GraphNameRef::from(graph.as_ref()));
        for graph in default_graph.chain(named) {
            for quad in inner.quads_for_pattern(None, None, None, Some(graph)) {
                let quad = quad.map_err(|e| io(std::io::Error::other(e)))?;
                if format.keeps_graphs() {
                    writer.serialize_quad(&quad).map_err(io)?;
                } else {
                    let triple = QuadRef::new(
                        &quad.subject,
                        &quad.predicate,
                        &quad.object,
                        GraphNameRef::DefaultGraph,
                    );
                    if !seen.insert(fingerprint(&triple.to_string())) {
                        continue;
                    }
                    writer.serialize_quad(triple).map_err(io)?;
                }
                report.statements += 1;
            }
        }
        writer.finish().map_err(io)?.flush().map_err(io)
    })?;
    Ok(report)
}

/// 128 bits of the SHA-256 of a triple's N-Triples form: a set of them
/// finds repeated triples in bounded memory, with no realistic collision.
fn fingerprint(text: &str) -> [u8; 16] {
    let digest = Sha256::digest(text.as_bytes());
    let mut out = [0; 16];
    out.copy_from_slice(&digest[..16]);
    out
}
