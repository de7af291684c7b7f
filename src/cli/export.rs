use std::path::PathBuf;

use clap::{Args, ValueEnum};

use argraph::analysis::CooccurrenceNetwork;
use argraph::export::gephi::write_gephi;
use argraph::store::GraphStore;

use crate::cli::StoreArgs;

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ExportFormat {
    /// nodes.csv and edges.csv for Gephi's spreadsheet import
    Gephi,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// What to write
    #[arg(value_enum)]
    format: ExportFormat,
    #[command(flatten)]
    store: StoreArgs,
    /// The folder to write into (created if needed)
    #[arg(long, value_name = "PATH")]
    out: PathBuf,
}

pub fn run(args: ExportArgs) -> anyhow::Result<()> {
    let store = GraphStore::open_read_only(&args.store.store)?;
    match args.format {
        ExportFormat::Gephi => {
            let network = CooccurrenceNetwork::from_store(&store)?;
            let files = write_gephi(&network, &args.out)?;
            eprintln!(
                "wrote {} ({} concepts) and {} ({} co-occurring pairs)",
                files.nodes.display(),
                files.node_count,
                files.edges.display(),
                files.edge_count
            );
        }
    }
    Ok(())
}
