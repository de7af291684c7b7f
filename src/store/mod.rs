//! The Oxigraph store on disk: open it (telling a store in use by another
//! process from other failures), replace a document's named graph in one
//! transaction, and run SPARQL over the union of all document graphs.

use std::path::{Path, PathBuf};

use oxigraph::model::{NamedNode, NamedOrBlankNodeRef, Quad};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::{StorageError, Store};

use crate::vocab::PREFIXES;

/// Where the store lives when neither `--store` nor `ARGRAPH_STORE` says.
pub const DEFAULT_STORE_DIR: &str = "argraph-store";

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: the store is in use by another argraph process; wait for it to finish")]
    InUse { path: PathBuf },
    #[error("{path}: no store here; run `argraph build` first")]
    Missing { path: PathBuf },
    #[error("{path}: cannot open the store: {source}")]
    Open { path: PathBuf, source: StorageError },
    #[error("{path}: writing to the store failed: {source}")]
    Write { path: PathBuf, source: StorageError },
    /// A batch of new documents failed to load: each of them is named
    /// with this error.
    #[error("{path}: loading a batch of new documents into the store failed: {message}")]
    Batch { path: PathBuf, message: String },
    #[error("syntax error {0}")]
    Syntax(String),
    #[error("query evaluation failed: {0}")]
    Evaluation(String),
}

impl StoreError {
    /// Whether the user can fix this (bad query, store in use, no store).
    pub fn is_user_error(&self) -> bool {
        matches!(
            self,
            Self::InUse { .. } | Self::Missing { .. } | Self::Syntax(_)
        )
    }
}

/// Most expected tokens listed in a syntax error message.
const EXPECTED_SHOWN: usize = 8;

/// The parser's message on one line: where, the text there, and the first
/// few tokens it expected (`at 1:37 near `}`: expected one of ".", "/", …`).
fn one_line_syntax_error(message: &str, sparql: &str) -> String {
    let flat = message.split_whitespace().collect::<Vec<_>>().join(" ");
    let Some(rest) = flat.strip_prefix("error at ") else {
        return flat;
    };
    let (position, expected) = rest.split_once(": ").unwrap_or((rest, ""));
    let near = position
        .split_once(':')
        .and_then(|(line, column)| {
            Some((line.parse::<usize>().ok()?, column.parse::<usize>().ok()?))
        })
        .and_then(|(line, column)| {
            let text = sparql.lines().nth(line.checked_sub(1)?)?;
            let near: String = text
                .chars()
                .skip(column.saturating_sub(1))
                .take(12)
                .collect();
            Some(near.trim().to_string())
        })
        .filter(|near| !near.is_empty())
        .map_or_else(String::new, |near| format!(" near `{near}`"));
    let tokens: Vec<&str> = expected
        .trim_start_matches("expected one of ")
        .split(", ")
        .filter(|token| token.starts_with('"'))
        .collect();
    let expected = if tokens.len() > EXPECTED_SHOWN {
        format!("expected one of {}, …", tokens[..EXPECTED_SHOWN].join(", "))
    } else if tokens.is_empty() {
        expected.to_string()
    } else {
        format!("expected one of {}", tokens.join(", "))
    };
    format!("at {position}{near}: {expected}")
}

/// Whether `id`, as a user gives it, names the document with this IRI and
/// file name: the file name, the IRI, or the hash at the IRI's end.
pub fn names_document(id: &str, iri: &str, file: &str) -> bool {
    file == id || iri == id || iri.strip_suffix(id).is_some_and(|rest| rest.ends_with('/'))
}

/// A document the store holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredDocument {
    pub iri: String,
    pub file: String,
    /// The fingerprint of the rules it was extracted with (empty if none).
    pub extracted_with: String,
}

/// The argraph store: an Oxigraph database with one named graph a document.
/// Clones share the database (one writer may hand a clone to a thread).
#[derive(Clone)]
pub struct GraphStore {
    store: Store,
    path: PathBuf,
}

fn is_lock_error(error: &StorageError) -> bool {
    let message = error.to_string();
    message.contains("lock")
        || message.contains("LOCK")
        || message.contains("Resource temporarily unavailable")
}

impl GraphStore {
    /// Opens the store for writing, creating it if needed.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let store = Store::open(path).map_err(|source| {
            if is_lock_error(&source) {
                StoreError::InUse {
                    path: path.to_path_buf(),
                }
            } else {
                StoreError::Open {
                    path: path.to_path_buf(),
                    source,
                }
            }
        })?;
        Ok(Self {
            store,
            path: path.to_path_buf(),
        })
    }

    /// Opens an existing store for reading; a build may run meanwhile.
    pub fn open_read_only(path: &Path) -> Result<Self, StoreError> {
        if !path.join("CURRENT").exists() {
            return Err(StoreError::Missing {
                path: path.to_path_buf(),
            });
        }
        let store = Store::open_read_only(path).map_err(|source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        })?;
        Ok(Self {
            store,
            path: path.to_path_buf(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn write_error(&self, source: StorageError) -> StoreError {
        StoreError::Write {
            path: self.path.clone(),
            source,
        }
    }

    /// Adds the graphs of documents new to the store through Oxigraph's
    /// bulk loader: it sorts the quads into files that RocksDB takes in
    /// at once, several times faster than a transaction, and all of them
    /// or none (one ingestion across the column families). The graphs must
    /// not be in the store already: their quads would be added to the old.
    pub fn add_documents(&self, quads: Vec<Quad>) -> Result<(), StoreError> {
        let batch_error = |error: StorageError| StoreError::Batch {
            path: self.path.clone(),
            message: error.to_string(),
        };
        let mut loader = self.store.bulk_loader().with_num_threads(1);
        loader.load_quads(quads).map_err(batch_error)?;
        loader.commit().map_err(batch_error)
    }

    /// Compacts the database. Batches loaded in bulk land as many small
    /// files that every lookup must consult until RocksDB merges them, and
    /// the commands that read the store open it read-only, which never
    /// merges: after a large build, queries run several times faster.
    pub fn compact(&self) -> Result<(), StoreError> {
        self.store.optimize().map_err(|e| self.write_error(e))
    }

    /// Writes a document's new graph and removes the graph of the version it
    /// replaces (the same file, changed), in one transaction: readers see the
    /// old graph or the new one, never a mix, and a failure leaves the old.
    pub fn replace_document(
        &self,
        graph: &NamedNode,
        quads: &[Quad],
        replaced: Option<&NamedNode>,
    ) -> Result<(), StoreError> {
        let mut transaction = self
            .store
            .start_transaction()
            .map_err(|e| self.write_error(e))?;
        for old in std::iter::once(graph).chain(replaced) {
            transaction
                .remove_named_graph(NamedOrBlankNodeRef::from(old.as_ref()))
                .map_err(|e| self.write_error(e))?;
        }
        transaction.insert_named_graph(NamedOrBlankNodeRef::from(graph.as_ref()));
        transaction.extend(quads);
        transaction.commit().map_err(|e| self.write_error(e))?;
        self.store.flush().map_err(|e| self.write_error(e))
    }

    /// Removes a document's graph; whether it was there.
    pub fn remove_graph(&self, graph: &NamedNode) -> Result<bool, StoreError> {
        let name = NamedOrBlankNodeRef::from(graph.as_ref());
        let present = self
            .store
            .contains_named_graph(name)
            .map_err(|e| self.write_error(e))?;
        if present {
            let mut transaction = self
                .store
                .start_transaction()
                .map_err(|e| self.write_error(e))?;
            transaction
                .remove_named_graph(name)
                .map_err(|e| self.write_error(e))?;
            transaction.commit().map_err(|e| self.write_error(e))?;
            self.store.flush().map_err(|e| self.write_error(e))?;
        }
        Ok(present)
    }

    /// The documents in the store, in IRI order.
    pub fn documents(&self) -> Result<Vec<StoredDocument>, StoreError> {
        let QueryResults::Solutions(solutions) = self.query(
            "SELECT ?doc (MIN(?name) AS ?file) (MIN(?with) AS ?rules) WHERE {
               ?doc a ag:Document ; ag:fileName ?name . OPTIONAL { ?doc ag:extractedWith ?with }
             } GROUP BY ?doc ORDER BY ?doc",
        )?
        else {
            return Ok(Vec::new());
        };
        let mut documents = Vec::new();
        for solution in solutions {
            let solution = solution.map_err(|e| StoreError::Evaluation(e.to_string()))?;
            let text = |name: &str| match solution.get(name) {
                Some(oxigraph::model::Term::NamedNode(node)) => node.as_str().to_string(),
                Some(oxigraph::model::Term::Literal(literal)) => literal.value().to_string(),
                _ => String::new(),
            };
            documents.push(StoredDocument {
                iri: text("doc"),
                file: text("file"),
                extracted_with: text("rules"),
            });
        }
        Ok(documents)
    }

    /// Number of quads in the store.
    pub fn len(&self) -> Result<usize, StoreError> {
        self.store.len().map_err(|e| self.write_error(e))
    }

    pub fn is_empty(&self) -> Result<bool, StoreError> {
        Ok(self.len()? == 0)
    }

    /// Runs a SPARQL query with the vocabulary's prefixes predeclared and
    /// the union of all named graphs as the default graph.
    pub fn query(&self, sparql: &str) -> Result<QueryResults<'static>, StoreError> {
        self.query_in(sparql, None)
    }

    /// Runs a SPARQL query whose default graph is one document's graph, or
    /// the union of all named graphs when `graph` is `None`.
    pub fn query_in(
        &self,
        sparql: &str,
        graph: Option<&NamedNode>,
    ) -> Result<QueryResults<'static>, StoreError> {
        let mut evaluator = SparqlEvaluator::new();
        for (prefix, namespace) in PREFIXES {
            evaluator = evaluator
                .with_prefix(*prefix, *namespace)
                .expect("vocabulary namespaces are valid IRIs");
        }
        let mut prepared = evaluator
            .parse_query(sparql)
            .map_err(|e| StoreError::Syntax(one_line_syntax_error(&e.to_string(), sparql)))?;
        match graph {
            Some(graph) => {
                let dataset = prepared.dataset_mut();
                dataset.set_default_graph(vec![graph.clone().into()]);
                dataset.set_available_named_graphs(vec![graph.clone().into()]);
            }
            None => prepared.dataset_mut().set_default_graph_as_union(),
        }
        prepared
            .on_store(&self.store)
            .execute()
            .map_err(|e| StoreError::Evaluation(e.to_string()))
    }

    /// The underlying Oxigraph store, for dumps.
    pub fn inner(&self) -> &Store {
        &self.store
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_is_named_by_file_iri_or_hash() {
        let iri = "https://w3id.org/argraph/id/doc/2f908f1eee3c1c31";
        for id in ["huang2025.txt", iri, "2f908f1eee3c1c31"] {
            assert!(names_document(id, iri, "huang2025.txt"), "{id}");
        }
        assert!(!names_document("1c31", iri, "huang2025.txt"));
        assert!(!names_document("other.txt", iri, "huang2025.txt"));
    }
    use oxigraph::model::{GraphName, Literal};

    fn quad(graph: &NamedNode, value: &str) -> Quad {
        let subject = NamedNode::new("https://w3id.org/argraph/id/x").unwrap();
        Quad::new(
            subject.clone(),
            subject,
            Literal::new_simple_literal(value),
            GraphName::NamedNode(graph.clone()),
        )
    }

    #[test]
    fn replacing_a_bulk_loaded_graph_keeps_the_others() {
        let dir = tempfile::tempdir().unwrap();
        let store = GraphStore::open(dir.path()).unwrap();
        let a = NamedNode::new("https://w3id.org/argraph/id/doc/a").unwrap();
        let b = NamedNode::new("https://w3id.org/argraph/id/doc/b").unwrap();
        store
            .add_documents(vec![quad(&a, "1"), quad(&a, "2"), quad(&b, "1")])
            .unwrap();
        store.replace_document(&a, &[quad(&a, "3")], None).unwrap();
        assert_eq!(store.len().unwrap(), 2);
        let QueryResults::Solutions(solutions) = store
            .query("SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o")
            .unwrap()
        else {
            panic!("solutions expected")
        };
        let values: Vec<String> = solutions
            .map(|s| s.unwrap().get("o").unwrap().to_string())
            .collect();
        assert_eq!(
            values,
            vec!["\"1\"", "\"3\""],
            "the default graph is the union"
        );
    }

    #[test]
    fn a_second_writer_is_told_the_store_is_in_use() {
        let dir = tempfile::tempdir().unwrap();
        let _first = GraphStore::open(dir.path()).unwrap();
        let error = GraphStore::open(dir.path())
            .err()
            .expect("second open fails");
        assert!(matches!(error, StoreError::InUse { .. }), "{error}");
    }

    #[test]
    fn syntax_errors_say_where() {
        let dir = tempfile::tempdir().unwrap();
        let store = GraphStore::open(dir.path()).unwrap();
        let error = store
            .query("SELECT ?x WHERE { ?x skos:prefLabel }")
            .err()
            .unwrap();
        assert!(error.is_user_error());
        let message = error.to_string();
        assert!(
            message.starts_with("syntax error at 1:37 near `}`: expected one of"),
            "{message}"
        );
        assert_eq!(message.lines().count(), 1);
    }
}
