use clap::{Args, ValueEnum};

use argraph::analysis::outline::{outlines, to_text};
use argraph::store::GraphStore;

use crate::cli::StoreArgs;

pub const EXAMPLES: &str = "Examples:
  argraph outline
  argraph outline --doc huang2025.txt --format json";

#[derive(Debug, Clone, Copy, ValueEnum)]
enum OutlineFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct OutlineArgs {
    #[command(flatten)]
    store: StoreArgs,
    /// Only this document: its file name, IRI, or the hash that ends its IRI
    #[arg(long, value_name = "ID")]
    doc: Option<String>,
    #[arg(long, value_enum, default_value_t = OutlineFormat::Text)]
    format: OutlineFormat,
}

pub fn run(args: OutlineArgs) -> anyhow::Result<()> {
    let store = GraphStore::open_read_only(&args.store.store)?;
    let found = outlines(&store, args.doc.as_deref())?;
    if let (Some(doc), true) = (&args.doc, found.is_empty()) {
        return Err(argraph::query::QueryError::UnknownDocument(doc.clone()).into());
    }
    match args.format {
        OutlineFormat::Text => print!("{}", to_text(&found)),
        OutlineFormat::Json => println!("{}", serde_json::to_string_pretty(&found)?),
    }
    Ok(())
}
