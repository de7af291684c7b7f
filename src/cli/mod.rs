//! Command-line definitions (clap), one file a subcommand.

mod build;
mod docs;
mod explain;
mod export;
mod outline;
mod parse;
mod query;
mod remove;
mod rules;
mod summary;
mod works;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "argraph",
    version,
    about = "Chinese academic articles → a knowledge graph of concepts, arguments and cited works"
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Read articles (files or folders) and write their graphs into the store
    Build(build::BuildArgs),
    /// Run a SPARQL query over every document in the store
    Query(query::QueryArgs),
    /// Counts and the central concepts of the store
    Summary(summary::SummaryArgs),
    /// Write the store's networks for graph tools
    Export(export::ExportArgs),
    /// Read one file and show its structure and extractions, without a store
    Parse(parse::ParseArgs),
    /// List the extraction rules, or explain one
    Rules(rules::RulesArgs),
    /// Every mention of a concept: document, offsets, rule and sentence
    Explain(explain::ExplainArgs),
    /// The cited works, most cited first, with their citation functions
    Works(works::WorksArgs),
    /// The argument of each document as a tree: thesis, section claims,
    /// premises, opposing views and what attacks them
    Outline(outline::OutlineArgs),
    /// The documents in the store
    Docs(docs::DocsArgs),
    /// Delete a document from the store
    Remove(remove::RemoveArgs),
}

/// Where the store is.
#[derive(Debug, Args)]
pub struct StoreArgs {
    /// The store folder
    #[arg(long, value_name = "DIR", env = "ARGRAPH_STORE", default_value = argraph::store::DEFAULT_STORE_DIR)]
    store: PathBuf,
}

/// Which rule files to use.
#[derive(Debug, Args)]
pub struct RulesDirArgs {
    /// A folder whose files (concepts.ttl, furniture.tsv, stopwords.txt, …)
    /// replace the built-in ones of the same name
    #[arg(long = "rules", value_name = "DIR")]
    rules: Option<PathBuf>,
    /// A SKOS concept lexicon (Turtle) to add to the built-in one; repeat
    /// for several. A concept with an IRI the lexicon already has gains the
    /// file's labels
    #[arg(long = "lexicon", value_name = "FILE")]
    lexicons: Vec<PathBuf>,
}

/// How input files are read, when detection should not decide.
#[derive(Debug, Args)]
pub struct ReadArgs {
    /// The input encoding (utf-8, gbk, gb18030, utf-16le, utf-16be, big5, …);
    /// detected when not given
    #[arg(long, value_name = "NAME")]
    encoding: Option<String>,
    /// The input format; chosen by content and extension when not given
    #[arg(long, value_enum, value_name = "FORMAT")]
    input_format: Option<argraph::read::InputFormat>,
}

impl ReadArgs {
    fn options(&self) -> anyhow::Result<argraph::read::ReadOptions> {
        Ok(argraph::read::ReadOptions {
            encoding: self
                .encoding
                .as_deref()
                .map(argraph::read::encoding_for_label)
                .transpose()?,
            format: self.input_format,
        })
    }
}

impl RulesDirArgs {
    fn load(&self) -> anyhow::Result<argraph::resources::Resources> {
        let mut resources = argraph::resources::Resources::load(self.rules.as_deref())?;
        for lexicon in &self.lexicons {
            resources.add_lexicon(lexicon)?;
        }
        Ok(resources)
    }
}

pub fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Build(args) => build::run(args),
        Command::Query(args) => query::run(args),
        Command::Summary(args) => summary::run(args),
        Command::Export(args) => export::run(args),
        Command::Parse(args) => parse::run(args),
        Command::Rules(args) => rules::run(args),
        Command::Explain(args) => explain::run(args),
        Command::Works(args) => works::run(args),
        Command::Outline(args) => outline::run(args),
        Command::Docs(args) => docs::run(args),
        Command::Remove(args) => remove::run(args),
    }
}
