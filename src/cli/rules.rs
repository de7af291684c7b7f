use clap::{Args, Subcommand};

use argraph::rules::{find, registry};

#[derive(Debug, Args)]
pub struct RulesArgs {
    #[command(subcommand)]
    command: Option<RulesCommand>,
}

#[derive(Debug, Subcommand)]
enum RulesCommand {
    /// Print a rule's documentation and example
    Explain {
        /// The rule id, e.g. C001
        id: String,
    },
}

pub fn run(args: RulesArgs) -> anyhow::Result<()> {
    match args.command {
        None => {
            let mut metas: Vec<_> = registry().iter().map(|rule| rule.meta()).collect();
            metas.sort_by_key(|meta| meta.id);
            for meta in metas {
                println!("{}  {:<18} {}", meta.id, meta.name, meta.summary());
            }
        }
        Some(RulesCommand::Explain { id }) => {
            let meta = find(&id)?;
            println!("{} {}\n\n{}", meta.id, meta.name, meta.explanation());
        }
    }
    Ok(())
}
