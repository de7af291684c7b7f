use std::io::Write;

use clap::Args;

use argraph::query::{OutputFormat, named_query, write_results};
use argraph::store::GraphStore;

use crate::cli::StoreArgs;

pub const EXAMPLES: &str = "Examples:
  argraph docs
  argraph docs --format csv";

#[derive(Debug, Args)]
pub struct DocsArgs {
    #[command(flatten)]
    store: StoreArgs,
    /// table, csv, tsv, json or xml
    #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
    format: OutputFormat,
}

/// Lists the documents of the store: IRI, title, file, source, characters.
pub fn run(args: DocsArgs) -> anyhow::Result<()> {
    let store = GraphStore::open_read_only(&args.store.store)?;
    let results = store.query(named_query("documents")?)?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    write_results(results, args.format, &mut out)?;
    out.flush()?;
    Ok(())
}
