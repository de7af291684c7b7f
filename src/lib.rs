//! argraph: Chinese academic articles in, one RDF knowledge graph of
//! concepts, arguments and cited works out, in an embedded Oxigraph store.
//!
//! The pipeline runs one way, a module a stage: [`read`] → [`document`] →
//! [`segment`] → [`rules`] → [`resolve`] → [`rdf`] → [`store`], and from the
//! store [`query`], [`analysis`] and [`export`]. [`pipeline`] strings them
//! together; [`corpus`] builds many documents in parallel into the store.

pub mod analysis;
pub mod bibliography;
pub mod chars;
pub mod corpus;
pub mod document;
pub mod export;
pub mod findings;
pub mod key;
pub mod pipeline;
pub mod query;
pub mod rdf;
pub mod read;
pub mod resolve;
pub mod resources;
pub mod rule_meta;
pub mod rules;
pub mod segment;
pub mod store;
pub mod vocab;

/// Whether an error is the user's to fix (bad input, bad query, store in
/// use) rather than an internal failure. The CLI exits 1 for these, 2 for
/// the rest.
pub fn is_user_error(error: &(dyn std::error::Error + 'static)) -> bool {
    if let Some(error) = error.downcast_ref::<read::ReadError>() {
        return !matches!(error, read::ReadError::Io { .. });
    }
    if let Some(error) = error.downcast_ref::<store::StoreError>() {
        return error.is_user_error();
    }
    if let Some(error) = error.downcast_ref::<pipeline::BuildError>() {
        return error.is_user_error();
    }
    if let Some(error) = error.downcast_ref::<query::QueryError>() {
        return error.is_user_error();
    }
    if let Some(error) = error.downcast_ref::<analysis::AnalysisError>() {
        return error.is_user_error();
    }
    if let Some(error) = error.downcast_ref::<export::ExportError>() {
        return matches!(error, export::ExportError::Analysis(e) if e.is_user_error());
    }
    error.downcast_ref::<resources::ResourceError>().is_some()
        || error.downcast_ref::<rules::RuleError>().is_some()
}
