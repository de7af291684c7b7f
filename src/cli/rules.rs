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
            for rule in registry() {
                let meta = rule.meta();
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
