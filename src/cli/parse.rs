use std::path::PathBuf;

use clap::{Args, ValueEnum};

use argraph::pipeline::Pipeline;
use argraph::report::ParseReport;

use crate::cli::{ReadArgs, RulesDirArgs};

pub const EXAMPLES: &str = "Examples:
  argraph parse data/huang2025.txt
  argraph parse --format json paper.html
  argraph parse --encoding gbk --input-format text old-paper.txt";

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ParseFormat {
    /// An outline a person reads at a glance
    Text,
    /// Everything read and extracted, for scripts
    Json,
}

#[derive(Debug, Args)]
pub struct ParseArgs {
    #[command(flatten)]
    rules: RulesDirArgs,
    #[command(flatten)]
    read: ReadArgs,
    /// The article file
    file: PathBuf,
    #[arg(long, value_enum, default_value_t = ParseFormat::Text)]
    format: ParseFormat,
}

pub fn run(args: ParseArgs) -> anyhow::Result<()> {
    let pipeline = Pipeline::with_read_options(args.rules.load()?, args.read.options()?);
    let analysed = pipeline.analyse(pipeline.read(&args.file)?);
    let model = pipeline.model(&analysed);
    let report = ParseReport::new(&args.file.display().to_string(), &analysed, &model);
    match args.format {
        ParseFormat::Text => print!("{}", report.to_text()),
        ParseFormat::Json => println!("{}", serde_json::to_string_pretty(&report)?),
    }
    Ok(())
}
