//! The networks the store projects into petgraph: concept co-occurrence,
//! citations (documents → works), co-citation of works, concepts linked to
//! the works cited where they are named, and the argument. Each reads the
//! store through SPARQL within a scope (every document, or one).

mod arguments;
mod citations;
mod concept_works;
mod concepts;

pub use arguments::arguments;
pub use citations::{citations, cocitation};
pub use concept_works::concept_works;
pub use concepts::{Counting, Normalization, cooccurrence, cooccurrence_links};

use crate::analysis::network::{Network, NodeData, Value};
use crate::analysis::{AnalysisError, Scope, count, select_in, value};
use crate::store::GraphStore;

/// The projections `--graph` names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Projection {
    /// Concepts named in the same sentence (undirected).
    Concepts,
    /// Documents → the works they cite (directed).
    Citations,
    /// Works cited by the same documents (undirected).
    Cocitation,
    /// A concept and a work cited in a sentence that names it (undirected).
    ConceptWorks,
    /// Argument units and their support and attack (directed).
    Arguments,
}

impl Projection {
    pub const ALL: [Projection; 5] = [
        Projection::Concepts,
        Projection::Citations,
        Projection::Cocitation,
        Projection::ConceptWorks,
        Projection::Arguments,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Projection::Concepts => "concepts",
            Projection::Citations => "citations",
            Projection::Cocitation => "cocitation",
            Projection::ConceptWorks => "concept-works",
            Projection::Arguments => "arguments",
        }
    }

    /// Reads the projection from the store; `options` shape the concept
    /// network only.
    pub fn read(
        self,
        store: &GraphStore,
        scope: &Scope,
        options: CooccurrenceOptions,
    ) -> Result<Network, AnalysisError> {
        match self {
            Projection::Concepts => cooccurrence(store, scope, options),
            Projection::Citations => citations(store, scope),
            Projection::Cocitation => cocitation(store, scope),
            Projection::ConceptWorks => concept_works(store, scope),
            Projection::Arguments => arguments(store, scope),
        }
    }
}

/// How co-occurrences are counted and weighted, as VOSviewer offers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CooccurrenceOptions {
    pub counting: Counting,
    pub normalization: Normalization,
}

/// Concept nodes (label, English, mentions, documents), by IRI.
pub fn concept_nodes(store: &GraphStore, scope: &Scope) -> Result<Vec<NodeData>, AnalysisError> {
    let query = crate::query::named_query("concepts").expect("shipped");
    Ok(select_in(store, scope, query)?
        .iter()
        .map(|row| NodeData {
            id: value(&row[0]),
            label: value(&row[1]),
            kind: "Concept".into(),
            attributes: vec![
                ("English", Value::Text(value(&row[2]))),
                ("Mentions", Value::Integer(count(&row[4]) as i64)),
                ("Documents", Value::Integer(count(&row[3]) as i64)),
            ],
        })
        .collect())
}

/// Work nodes (title, type, first author, year, citations, documents).
fn work_nodes(store: &GraphStore, scope: &Scope) -> Result<Vec<NodeData>, AnalysisError> {
    let query = crate::query::named_query("works").expect("shipped");
    Ok(select_in(store, scope, query)?
        .iter()
        .map(|row| NodeData {
            id: value(&row[0]),
            label: value(&row[1]),
            kind: "Work".into(),
            attributes: vec![
                ("WorkType", Value::Text(local_name(&value(&row[2])))),
                ("Author", Value::Text(value(&row[3]))),
                ("Year", Value::Text(value(&row[4]))),
                ("Citations", Value::Integer(count(&row[5]) as i64)),
                ("Documents", Value::Integer(count(&row[6]) as i64)),
            ],
        })
        .collect())
}

/// The part of an IRI after its last `/` or `#`.
fn local_name(iri: &str) -> String {
    iri.rsplit(['/', '#']).next().unwrap_or(iri).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_names_of_vocabulary_terms() {
        assert_eq!(local_name("http://purl.org/spar/fabio/Book"), "Book");
        assert_eq!(local_name("https://w3id.org/argraph#Thesis"), "Thesis");
    }
}
