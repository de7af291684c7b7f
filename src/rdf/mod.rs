//! The RDF side: IRIs (and the IRIs of the model's enums), and the mapping
//! of a document's model to quads in its own named graph. The vocabulary
//! constants are `crate::vocab`, the identity keys `crate::key`.

pub mod argument;
pub mod concepts;
pub mod iri;
pub mod mapping;
pub mod notes;
pub mod works;
