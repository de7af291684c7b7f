use std::io::Write;

use clap::Args;

use argraph::query::{OutputFormat, named_query, write_results};
use argraph::store::GraphStore;

use crate::cli::StoreArgs;

pub const EXAMPLES: &str = "Examples:
  argraph works
  argraph works --format csv";

#[derive(Debug, Args)]
pub struct WorksArgs {
    #[command(flatten)]
    store: StoreArgs,
    /// Output format: table, csv, tsv, json or xml
    #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
    format: OutputFormat,
}

/// The shipped `works` query: what `argraph query --name works` runs.
pub fn run(args: WorksArgs) -> anyhow::Result<()> {
    let store = GraphStore::open_read_only(&args.store.store)?;
    let results = store.query(named_query("works")?)?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    write_results(results, args.format, &mut out)?;
    out.flush()?;
    Ok(())
}
