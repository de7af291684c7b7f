//! Exports of the store's projections for graph tools.

pub mod gephi;

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("{path}: cannot write: {source}")]
    Io {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: cannot write CSV: {source}")]
    Csv {
        path: std::path::PathBuf,
        source: csv::Error,
    },
    #[error(transparent)]
    Analysis(#[from] crate::analysis::AnalysisError),
}
