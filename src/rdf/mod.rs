//! The RDF side: vocabulary constants, IRIs and key normalisation, and the
//! mapping of a document's model to quads in its own named graph.

pub mod argument;
pub mod iri;
pub mod mapping;
pub mod vocab;
pub mod works;
