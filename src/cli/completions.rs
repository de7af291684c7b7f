//! `argraph completions SHELL`: the shell's completion script, generated
//! from the command's own definition so that it never lags behind it.

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use crate::cli::Cli;

pub const EXAMPLES: &str = "Examples:
  argraph completions bash > ~/.local/share/bash-completion/completions/argraph
  argraph completions zsh > ~/.zfunc/_argraph
  argraph completions fish > ~/.config/fish/completions/argraph.fish";

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete in
    #[arg(value_enum)]
    shell: Shell,
}

pub fn run(args: CompletionsArgs) -> anyhow::Result<()> {
    let mut command = Cli::command();
    clap_complete::generate(args.shell, &mut command, "argraph", &mut std::io::stdout());
    Ok(())
}
