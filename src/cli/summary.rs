use clap::{Args, ValueEnum};

use argraph::analysis::summary::Summary;
use argraph::store::GraphStore;

use crate::cli::StoreArgs;

#[derive(Debug, Clone, Copy, ValueEnum)]
enum SummaryFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct SummaryArgs {
    #[command(flatten)]
    store: StoreArgs,
    /// How many concepts to rank
    #[arg(long, default_value_t = 20, value_name = "N")]
    top: usize,
    #[arg(long, value_enum, default_value_t = SummaryFormat::Text)]
    format: SummaryFormat,
}

pub fn run(args: SummaryArgs) -> anyhow::Result<()> {
    let store = GraphStore::open_read_only(&args.store.store)?;
    let summary = Summary::from_store(&store, args.top)?;
    match args.format {
        SummaryFormat::Text => print!("{}", summary.to_text()),
        SummaryFormat::Json => println!("{}", serde_json::to_string_pretty(&summary)?),
    }
    Ok(())
}
