//! `argraph man`: the manual page (roff), generated from the command's own
//! definition, on stdout or, with `--out DIR`, one page a subcommand.

use std::path::PathBuf;

use anyhow::Context;
use clap::{Args, CommandFactory};

use crate::cli::Cli;

pub const EXAMPLES: &str = "Examples:
  argraph man | man -l -
  argraph man --out ~/.local/share/man/man1";

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write argraph.1 and a page for each subcommand (argraph-build.1, …)
    /// into this folder instead of printing argraph.1
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
}

pub fn run(args: ManArgs) -> anyhow::Result<()> {
    let command = Cli::command();
    match args.out {
        None => clap_mangen::Man::new(command).render(&mut std::io::stdout())?,
        Some(dir) => {
            std::fs::create_dir_all(&dir)
                .with_context(|| format!("{}: cannot create the folder", dir.display()))?;
            clap_mangen::generate_to(command, &dir)
                .with_context(|| format!("{}: cannot write the manual pages", dir.display()))?;
        }
    }
    Ok(())
}
