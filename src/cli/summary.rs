use clap::{Args, ValueEnum};

use argraph::analysis::Scope;
use argraph::analysis::summary::Summary;
use argraph::store::GraphStore;

use crate::cli::StoreArgs;

pub const EXAMPLES: &str = "Examples:
  argraph summary
  argraph summary --top 10 --format markdown
  argraph summary --doc huang2025.txt --format json";

#[derive(Debug, Clone, Copy, ValueEnum)]
enum SummaryFormat {
    /// A report with aligned tables
    Text,
    /// The same content for scripts
    Json,
    /// The same content as Markdown tables
    Markdown,
}

#[derive(Debug, Args)]
pub struct SummaryArgs {
    #[command(flatten)]
    store: StoreArgs,
    /// Summarise one document (its file name, IRI or hash) instead of the store
    #[arg(long, value_name = "ID")]
    doc: Option<String>,
    /// How many concepts, works and authors to rank
    #[arg(long, default_value_t = 20, value_name = "N")]
    top: usize,
    #[arg(long, value_enum, default_value_t = SummaryFormat::Text)]
    format: SummaryFormat,
}

pub fn run(args: SummaryArgs) -> anyhow::Result<()> {
    let store = GraphStore::open_read_only(&args.store.store)?;
    let scope = match &args.doc {
        Some(doc) => Scope::document(&store, doc)?,
        None => Scope::all(),
    };
    let summary = Summary::from_store(&store, &scope, args.top)?;
    match args.format {
        SummaryFormat::Text => print!("{}", summary.to_text()),
        SummaryFormat::Json => println!("{}", serde_json::to_string_pretty(&summary)?),
        SummaryFormat::Markdown => print!("{}", summary.to_markdown()),
    }
    Ok(())
}
