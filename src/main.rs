//! The argraph command: parse the arguments, run, map errors to exit codes
//! (0 success, 1 the user's error, 2 an internal failure).

mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    restore_default_sigpipe();
    std::panic::set_hook(Box::new(|info| {
        eprintln!("argraph: internal error: {info}");
    }));
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let code = if error.use_stderr() { 1 } else { 0 };
            let _ = error.print();
            return ExitCode::from(code);
        }
    };
    match std::panic::catch_unwind(|| cli::run(cli)) {
        Ok(Ok(())) => ExitCode::SUCCESS,
        Ok(Err(error)) => {
            eprintln!("argraph: {error:#}");
            let user = error.chain().any(argraph::is_user_error);
            ExitCode::from(if user { 1 } else { 2 })
        }
        Err(_) => ExitCode::from(2),
    }
}

/// Rust ignores SIGPIPE, so writing to a closed pipe (`argraph query … | head`)
/// would fail with an error. A command-line filter should stop quietly
/// instead, as C tools do.
fn restore_default_sigpipe() {
    #[cfg(unix)]
    // SAFETY: called first thing in main, before any thread exists; setting
    // a signal's disposition to its default has no other effect.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}
