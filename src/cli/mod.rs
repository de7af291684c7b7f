//! Command-line definitions (clap), one file a subcommand.

mod build;
mod completions;
mod docs;
mod explain;
mod export;
mod man;
mod outline;
mod parse;
mod parse_report;
mod query;
mod remove;
mod rules;
mod summary;
mod works;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// The first steps, shown under `argraph --help`.
const EXAMPLES: &str = "Examples:
  argraph build data/
  argraph summary --top 10
  argraph outline
  argraph export gephi --out gephi
  argraph query 'SELECT (COUNT(?c) AS ?concepts) WHERE { ?c a skos:Concept }'

Guide: docs/guide.md in the source, or `argraph man`.";

#[derive(Debug, Parser)]
#[command(
    name = "argraph",
    version,
    about = "Chinese academic articles → a knowledge graph of concepts, arguments and cited works",
    after_help = EXAMPLES
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Read articles (files or folders) and write their graphs into the store
    #[command(after_help = build::EXAMPLES)]
    Build(build::BuildArgs),
    /// Run a SPARQL query over every document in the store
    #[command(after_help = query::EXAMPLES)]
    Query(query::QueryArgs),
    /// Counts and the central concepts of the store
    #[command(after_help = summary::EXAMPLES)]
    Summary(summary::SummaryArgs),
    /// Write the store's networks for graph tools
    #[command(after_help = export::EXAMPLES)]
    Export(export::ExportArgs),
    /// Read one file and show its structure and extractions, without a store
    #[command(after_help = parse::EXAMPLES)]
    Parse(parse::ParseArgs),
    /// List the extraction rules, or explain one
    #[command(after_help = rules::EXAMPLES)]
    Rules(rules::RulesArgs),
    /// Every mention of a concept: document, offsets, rule and sentence
    #[command(after_help = explain::EXAMPLES)]
    Explain(explain::ExplainArgs),
    /// The cited works, most cited first, with their citation functions
    #[command(after_help = works::EXAMPLES)]
    Works(works::WorksArgs),
    /// The argument of each document as a tree: thesis, section claims,
    /// premises, opposing views and what attacks them
    #[command(after_help = outline::EXAMPLES)]
    Outline(outline::OutlineArgs),
    /// The documents in the store
    #[command(after_help = docs::EXAMPLES)]
    Docs(docs::DocsArgs),
    /// Delete a document from the store
    #[command(after_help = remove::EXAMPLES)]
    Remove(remove::RemoveArgs),
    /// Print the completion script of a shell
    #[command(after_help = completions::EXAMPLES)]
    Completions(completions::CompletionsArgs),
    /// Print the manual page, or write one a subcommand into a folder
    #[command(after_help = man::EXAMPLES)]
    Man(man::ManArgs),
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
        Command::Completions(args) => completions::run(args),
        Command::Man(args) => man::run(args),
    }
}

#[cfg(test)]
mod tests {
    use clap::{CommandFactory, Parser};

    use super::Cli;

    /// The command and its subcommands, depth first, without clap's own
    /// `help` subcommand.
    fn commands(command: &clap::Command) -> Vec<clap::Command> {
        let mut all = vec![command.clone()];
        for sub in command
            .get_subcommands()
            .filter(|sub| sub.get_name() != "help")
        {
            all.extend(commands(sub));
        }
        all
    }

    /// Every command shows examples under its help, and each example is a
    /// command line the parser accepts: the help cannot teach a flag that
    /// no longer exists.
    #[test]
    fn every_command_has_examples_that_parse() {
        let mut root = Cli::command();
        root.build();
        let all = commands(&root);
        let mut checked = 0;
        for command in &all {
            let name = command.get_display_name().unwrap_or(command.get_name());
            let help = command
                .get_after_help()
                .unwrap_or_else(|| panic!("`{name}` has no examples"))
                .to_string();
            let examples: Vec<&str> = help
                .lines()
                .map(str::trim)
                .filter(|line| line.starts_with("argraph "))
                .collect();
            assert!(!examples.is_empty(), "`{name}` has no examples");
            for example in examples {
                let words =
                    shlex::split(example).unwrap_or_else(|| panic!("unbalanced quotes: {example}"));
                // The shell's part of the line (a pipe, a redirection) is not ours.
                let ours: Vec<&String> = words
                    .iter()
                    .take_while(|word| *word != "|" && !word.starts_with('>'))
                    .collect();
                if let Err(error) = Cli::try_parse_from(ours) {
                    panic!("`{example}` does not parse:\n{error}");
                }
                checked += 1;
            }
        }
        assert!(checked > all.len(), "{checked} examples");
    }
}
