//! SPARQL results out: the standard result formats (CSV, TSV, JSON, XML),
//! RDF for graph results (Turtle, N-Triples, N-Quads), an aligned table for
//! people, and the named queries shipped in `queries/`.

use std::io::Write;

use comfy_table::{Table, presets::UTF8_FULL_CONDENSED};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{GraphName, Term};
use oxigraph::sparql::QueryResults;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};

pub mod explain;

use crate::vocab::PREFIXES;

#[derive(Debug, thiserror::Error)]
pub enum QueryError {
    #[error("{kind} results cannot be written as {format}; use {allowed}")]
    FormatMismatch {
        kind: &'static str,
        format: &'static str,
        allowed: &'static str,
    },
    #[error("no shipped query named `{name}`; known: {known}")]
    UnknownName { name: String, known: String },
    #[error("no concept labelled `{0}` in the store; `argraph query --name concepts` lists them")]
    UnknownTerm(String),
    #[error("no document `{0}` in the store; `argraph query --name documents` lists them")]
    UnknownDocument(String),
    #[error("query evaluation failed: {0}")]
    Evaluation(String),
    #[error("writing results: {0}")]
    Io(#[from] std::io::Error),
}

impl QueryError {
    pub fn is_user_error(&self) -> bool {
        matches!(
            self,
            Self::FormatMismatch { .. }
                | Self::UnknownName { .. }
                | Self::UnknownTerm(_)
                | Self::UnknownDocument(_)
        )
    }
}

/// How results are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
    Turtle,
    Ntriples,
    Nquads,
}

impl OutputFormat {
    fn name(self) -> &'static str {
        match self {
            Self::Table => "table",
            Self::Csv => "csv",
            Self::Tsv => "tsv",
            Self::Json => "json",
            Self::Xml => "xml",
            Self::Turtle => "turtle",
            Self::Ntriples => "ntriples",
            Self::Nquads => "nquads",
        }
    }

    fn results_format(self) -> Option<QueryResultsFormat> {
        match self {
            Self::Csv => Some(QueryResultsFormat::Csv),
            Self::Tsv => Some(QueryResultsFormat::Tsv),
            Self::Json => Some(QueryResultsFormat::Json),
            Self::Xml => Some(QueryResultsFormat::Xml),
            _ => None,
        }
    }

    fn rdf_format(self) -> Option<RdfFormat> {
        match self {
            Self::Turtle => Some(RdfFormat::Turtle),
            Self::Ntriples => Some(RdfFormat::NTriples),
            Self::Nquads => Some(RdfFormat::NQuads),
            _ => None,
        }
    }
}

/// The queries shipped with argraph, by name.
pub const NAMED_QUERIES: &[(&str, &str)] = &[
    ("concepts", include_str!("../../queries/concepts.rq")),
    (
        "cooccurrence",
        include_str!("../../queries/cooccurrence.rq"),
    ),
    ("documents", include_str!("../../queries/documents.rq")),
    ("mentions", include_str!("../../queries/mentions.rq")),
    ("notes", include_str!("../../queries/notes.rq")),
    ("works", include_str!("../../queries/works.rq")),
];

pub fn named_query(name: &str) -> Result<&'static str, QueryError> {
    NAMED_QUERIES
        .iter()
        .find(|(known, _)| *known == name)
        .map(|(_, text)| *text)
        .ok_or_else(|| QueryError::UnknownName {
            name: name.to_string(),
            known: NAMED_QUERIES
                .iter()
                .map(|(n, _)| *n)
                .collect::<Vec<_>>()
                .join(", "),
        })
}

/// A term as a person reads it: a prefixed name for vocabulary IRIs, the
/// plain value for literals.
pub fn display_term(term: &Term) -> String {
    match term {
        Term::NamedNode(node) => {
            let iri = node.as_str();
            PREFIXES
                .iter()
                .filter(|(_, namespace)| iri.starts_with(namespace))
                .max_by_key(|(_, namespace)| namespace.len())
                .map_or_else(
                    || format!("<{iri}>"),
                    |(prefix, namespace)| format!("{prefix}:{}", &iri[namespace.len()..]),
                )
        }
        Term::Literal(literal) => literal.value().to_string(),
        other => other.to_string(),
    }
}

fn evaluation(error: impl std::fmt::Display) -> QueryError {
    QueryError::Evaluation(error.to_string())
}

/// Writes `results` to `out` in `format`.
pub fn write_results(
    results: QueryResults,
    format: OutputFormat,
    out: &mut dyn Write,
) -> Result<(), QueryError> {
    match results {
        QueryResults::Solutions(solutions) => {
            let variables = solutions.variables().to_vec();
            if format == OutputFormat::Table {
                let mut table = Table::new();
                table.load_preset(UTF8_FULL_CONDENSED);
                table.set_header(variables.iter().map(|v| v.as_str()));
                for solution in solutions {
                    let solution = solution.map_err(evaluation)?;
                    table.add_row(
                        variables
                            .iter()
                            .map(|v| solution.get(v).map(display_term).unwrap_or_default()),
                    );
                }
                writeln!(out, "{table}")?;
                return Ok(());
            }
            let results_format = format.results_format().ok_or(QueryError::FormatMismatch {
                kind: "SELECT",
                format: format.name(),
                allowed: "table, csv, tsv, json or xml",
            })?;
            let mut serializer = QueryResultsSerializer::from_format(results_format)
                .serialize_solutions_to_writer(out, variables)?;
            for solution in solutions {
                serializer.serialize(&solution.map_err(evaluation)?)?;
            }
            serializer.finish()?;
        }
        QueryResults::Boolean(value) => match format {
            OutputFormat::Table => writeln!(out, "{value}")?,
            _ => {
                let results_format = format.results_format().ok_or(QueryError::FormatMismatch {
                    kind: "ASK",
                    format: format.name(),
                    allowed: "table, csv, tsv, json or xml",
                })?;
                QueryResultsSerializer::from_format(results_format)
                    .serialize_boolean_to_writer(out, value)?;
            }
        },
        QueryResults::Graph(triples) => {
            let rdf_format = match format {
                OutputFormat::Table => RdfFormat::Turtle,
                other => other.rdf_format().ok_or(QueryError::FormatMismatch {
                    kind: "CONSTRUCT and DESCRIBE",
                    format: format.name(),
                    allowed: "turtle, ntriples or nquads",
                })?,
            };
            let mut serializer = RdfSerializer::from_format(rdf_format);
            for (prefix, namespace) in PREFIXES {
                serializer = serializer
                    .with_prefix(*prefix, *namespace)
                    .expect("vocabulary namespaces are valid IRIs");
            }
            let mut writer = serializer.for_writer(out);
            for triple in triples {
                let triple = triple.map_err(evaluation)?;
                writer.serialize_quad(&triple.in_graph(GraphName::DefaultGraph))?;
            }
            writer.finish()?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{Literal, NamedNode};

    #[test]
    fn terms_read_as_prefixed_names_and_plain_values() {
        let concept = NamedNode::new("https://w3id.org/argraph/id/concept/人机协作").unwrap();
        assert_eq!(display_term(&concept.into()), "id:concept/人机协作");
        let class = NamedNode::new("http://www.w3.org/2004/02/skos/core#Concept").unwrap();
        assert_eq!(display_term(&class.into()), "skos:Concept");
        let other = NamedNode::new("http://example.org/x").unwrap();
        assert_eq!(display_term(&other.into()), "<http://example.org/x>");
        let label = Literal::new_language_tagged_literal("去技能化", "zh").unwrap();
        assert_eq!(display_term(&label.into()), "去技能化");
    }

    #[test]
    fn every_shipped_query_is_found_by_name() {
        for (name, text) in NAMED_QUERIES {
            assert_eq!(named_query(name).unwrap(), *text);
            assert!(text.contains("SELECT"), "{name}");
        }
        let error = named_query("nope").unwrap_err().to_string();
        assert!(
            error.starts_with("no shipped query named `nope`; known: concepts,"),
            "{error}"
        );
    }
}
