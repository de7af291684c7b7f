use std::io::Write;

use clap::Args;

use argraph::query::explain::{known_query, mentions_query};
use argraph::query::{OutputFormat, QueryError, write_results};
use argraph::store::GraphStore;
use oxigraph::sparql::QueryResults;

use crate::cli::StoreArgs;

pub const EXAMPLES: &str = "Examples:
  argraph explain 人机协作
  argraph explain deskilling --format csv";

#[derive(Debug, Args)]
pub struct ExplainArgs {
    #[command(flatten)]
    store: StoreArgs,
    /// Output format: table, csv, tsv, json or xml
    #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
    format: OutputFormat,
    /// A label of the concept, Chinese or English (人机协作, deskilling)
    term: String,
}

pub fn run(args: ExplainArgs) -> anyhow::Result<()> {
    let store = GraphStore::open_read_only(&args.store.store)?;
    let known = matches!(
        store.query(&known_query(&args.term))?,
        QueryResults::Boolean(true)
    );
    if !known {
        return Err(QueryError::UnknownTerm(args.term).into());
    }
    let results = store.query(&mentions_query(&args.term))?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    write_results(results, args.format, &mut out)?;
    out.flush()?;
    Ok(())
}
