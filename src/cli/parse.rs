use std::path::PathBuf;

use clap::{Args, ValueEnum};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::Quad;

use crate::cli::parse_report::ParseReport;
use argraph::pipeline::Pipeline;

use crate::cli::{ReadArgs, RulesDirArgs};

pub const EXAMPLES: &str = "Examples:
  argraph parse data/huang2025.txt
  argraph parse --format json paper.html
  argraph parse --format nquads paper.md > paper.nq
  argraph parse --encoding gbk --input-format text old-paper.txt";

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ParseFormat {
    /// An outline a person reads at a glance
    Text,
    /// Everything read and extracted, for scripts
    Json,
    /// The document's graph, as `build` writes it into the store, one
    /// N-Quads line a quad, sorted
    Nquads,
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
    let file = args.file.display().to_string();
    let (graph, report) =
        pipeline.run_with(&args.file, &(), |model| ParseReport::new(&file, model))?;
    match args.format {
        ParseFormat::Text => print!("{}", report.to_text()),
        ParseFormat::Json => println!("{}", serde_json::to_string_pretty(&report)?),
        ParseFormat::Nquads => print!("{}", sorted_nquads(&graph.quads)?),
    }
    Ok(())
}

/// The quads as N-Quads, a line each, in byte order.
fn sorted_nquads(quads: &[Quad]) -> anyhow::Result<String> {
    let mut serializer = RdfSerializer::from_format(RdfFormat::NQuads).for_writer(Vec::new());
    for quad in quads {
        serializer.serialize_quad(quad)?;
    }
    let text = String::from_utf8(serializer.finish()?)?;
    let mut lines: Vec<&str> = text.lines().collect();
    lines.sort_unstable();
    Ok(lines.iter().map(|line| format!("{line}\n")).collect())
}
