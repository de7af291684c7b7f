use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use clap::Args;

use argraph::query::{OutputFormat, named_query, write_results};
use argraph::store::GraphStore;

use crate::cli::StoreArgs;

pub const EXAMPLES: &str = "Examples:
  argraph query 'SELECT ?label WHERE { ?c a skos:Concept ; skos:prefLabel ?label } LIMIT 10'
  argraph query --name works --format csv
  argraph query --file my-query.rq --format json";

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("source").required(true).args(["sparql", "file", "name"]))]
pub struct QueryArgs {
    #[command(flatten)]
    store: StoreArgs,
    /// Output format: table, csv, tsv, json or xml for SELECT and ASK;
    /// turtle, ntriples or nquads for CONSTRUCT and DESCRIBE
    #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
    format: OutputFormat,
    /// Read the query from this file
    #[arg(long, value_name = "F")]
    file: Option<PathBuf>,
    /// Run a query shipped with argraph (concepts, cooccurrence, documents, mentions, notes, works)
    #[arg(long, value_name = "NAME")]
    name: Option<String>,
    /// The SPARQL query; the vocabulary prefixes (ag, skos, cito, nif, …) are predeclared
    sparql: Option<String>,
}

pub fn run(args: QueryArgs) -> anyhow::Result<()> {
    let (sparql, origin) = match (&args.sparql, &args.file, &args.name) {
        (Some(sparql), _, _) => (sparql.clone(), "query".to_string()),
        (_, Some(file), _) => (
            std::fs::read_to_string(file).map_err(|source| match source.kind() {
                std::io::ErrorKind::NotFound => {
                    anyhow::Error::new(argraph::read::ReadError::NotFound { path: file.clone() })
                }
                _ => anyhow::Error::new(source).context(format!("{}: cannot read", file.display())),
            })?,
            file.display().to_string(),
        ),
        (_, _, Some(name)) => (named_query(name)?.to_string(), format!("query `{name}`")),
        _ => unreachable!("clap requires one source"),
    };
    let store = GraphStore::open_read_only(&args.store.store)?;
    let results = store.query(&sparql).with_context(|| origin.clone())?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    write_results(results, args.format, &mut out)?;
    out.flush()?;
    Ok(())
}
