use clap::{Args, Subcommand, ValueEnum};

use argraph::resources::write_builtin_files;
use argraph::rules::{catalogue, catalogue_entries, find};

pub const EXAMPLES: &str = "Examples:
  argraph rules
  argraph rules explain N005
  argraph rules --format markdown > rules.md
  argraph rules dump my-rules";

#[derive(Debug, Clone, Copy, ValueEnum)]
enum RulesFormat {
    /// One line a rule: id, name, what it matches
    Text,
    /// Every rule's whole documentation, by family (docs/rules.md)
    Markdown,
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    #[command(subcommand)]
    command: Option<RulesCommand>,
    /// How to list the rules
    #[arg(long, value_enum, default_value_t = RulesFormat::Text)]
    format: RulesFormat,
}

#[derive(Debug, Subcommand)]
enum RulesCommand {
    /// Print a rule's documentation and example
    #[command(after_help = "Examples:\n  argraph rules explain C004\n  argraph rules explain n005")]
    Explain {
        /// The rule id, e.g. C001
        id: String,
    },
    /// Write the built-in lexicon, cue lists and word lists into a folder, to
    /// edit and pass as --rules
    #[command(
        after_help = "Examples:\n  argraph rules dump my-rules\n  argraph build --rules my-rules data/"
    )]
    Dump {
        /// The folder (made if missing; no file of it is overwritten)
        folder: std::path::PathBuf,
    },
}

pub fn run(args: RulesArgs) -> anyhow::Result<()> {
    match (args.command, args.format) {
        (None, RulesFormat::Text) => {
            let metas = catalogue_entries();
            let width = metas.iter().map(|meta| meta.name.len()).max().unwrap_or(0);
            for meta in metas {
                println!("{}  {:<width$}  {}", meta.id, meta.name, meta.summary());
            }
        }
        (None, RulesFormat::Markdown) => print!("{}", catalogue::markdown()),
        (Some(RulesCommand::Explain { id }), _) => {
            let meta = find(&id)?;
            println!("{} {}\n\n{}", meta.id, meta.name, meta.explanation());
        }
        (Some(RulesCommand::Dump { folder }), _) => {
            let written = write_builtin_files(&folder)?;
            println!(
                "wrote {} data files to {}: edit them and pass --rules {}",
                written.len(),
                folder.display(),
                folder.display()
            );
        }
    }
    Ok(())
}
