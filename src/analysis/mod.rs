//! Projections of the store into petgraph, and the metrics summaries and
//! exports read from them. Everything here reads the store through SPARQL,
//! so it sees every document built into it.

pub mod metrics;
pub mod network;
pub mod outline;
pub mod projections;
pub mod summary;
mod summary_report;

use oxigraph::model::{NamedNode, Term};
use oxigraph::sparql::QueryResults;

use crate::store::{GraphStore, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum AnalysisError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("reading query results: {0}")]
    Results(String),
    #[error(
        "no document {0} in the store (give its file name, IRI or hash; `argraph query --name documents` lists them)"
    )]
    UnknownDocument(String),
}

impl AnalysisError {
    pub fn is_user_error(&self) -> bool {
        match self {
            Self::Store(error) => error.is_user_error(),
            Self::Results(_) => false,
            Self::UnknownDocument(_) => true,
        }
    }
}

/// What an analysis reads: every document of the store, or one.
#[derive(Debug, Clone, Default)]
pub struct Scope {
    graph: Option<NamedNode>,
}

impl Scope {
    /// Every document in the store.
    pub fn all() -> Self {
        Self::default()
    }

    /// The document whose file name, IRI or hash is `id`.
    pub fn document(store: &GraphStore, id: &str) -> Result<Self, AnalysisError> {
        let documents = select(
            store,
            "SELECT ?doc ?file WHERE { ?doc a ag:Document ; ag:fileName ?file } ORDER BY ?doc",
        )?;
        documents
            .iter()
            .find(|row| crate::store::names_document(id, &value(&row[0]), &value(&row[1])))
            .map(|row| Self {
                graph: Some(NamedNode::new_unchecked(value(&row[0]))),
            })
            .ok_or_else(|| AnalysisError::UnknownDocument(id.to_string()))
    }

    /// Whether the scope is one document.
    pub fn is_document(&self) -> bool {
        self.graph.is_some()
    }
}

/// Rows of a SELECT query over every document, each value as a term
/// (absent when unbound).
pub fn select(store: &GraphStore, sparql: &str) -> Result<Vec<Vec<Option<Term>>>, AnalysisError> {
    select_in(store, &Scope::all(), sparql)
}

/// Rows of a SELECT query over the documents of `scope`.
pub fn select_in(
    store: &GraphStore,
    scope: &Scope,
    sparql: &str,
) -> Result<Vec<Vec<Option<Term>>>, AnalysisError> {
    let QueryResults::Solutions(solutions) = store.query_in(sparql, scope.graph.as_ref())? else {
        return Err(AnalysisError::Results("a SELECT query was expected".into()));
    };
    let variables = solutions.variables().to_vec();
    solutions
        .map(|solution| {
            let solution = solution.map_err(|e| AnalysisError::Results(e.to_string()))?;
            Ok(variables.iter().map(|v| solution.get(v).cloned()).collect())
        })
        .collect()
}

/// The lexical value of a term: the IRI, or the literal's value.
pub fn value(term: &Option<Term>) -> String {
    match term {
        Some(Term::NamedNode(node)) => node.as_str().to_string(),
        Some(Term::Literal(literal)) => literal.value().to_string(),
        Some(other) => other.to_string(),
        None => String::new(),
    }
}

/// An integer result, 0 when unbound or not a number.
pub fn count(term: &Option<Term>) -> usize {
    value(term).parse().unwrap_or(0)
}
