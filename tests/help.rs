//! What the program tells about itself: `--help` with examples for every
//! command, shell completions and manual pages, made from the one command
//! definition.

use std::process::Output;

use assert_cmd::Command;

fn argraph(args: &[&str]) -> Output {
    let output = Command::cargo_bin("argraph")
        .unwrap()
        .args(args)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "argraph {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn stdout(args: &[&str]) -> String {
    String::from_utf8(argraph(args).stdout).unwrap()
}

const COMMANDS: [&[&str]; 14] = [
    &[],
    &["build"],
    &["query"],
    &["summary"],
    &["export"],
    &["export", "gephi"],
    &["export", "rdf"],
    &["parse"],
    &["rules"],
    &["explain"],
    &["outline"],
    &["docs"],
    &["completions"],
    &["man"],
];

#[test]
fn every_command_help_ends_with_examples_of_itself() {
    for command in COMMANDS {
        let mut args = command.to_vec();
        args.push("--help");
        let help = stdout(&args);
        let (_, examples) = help
            .split_once("Examples:\n")
            .unwrap_or_else(|| panic!("`argraph {}` --help shows no examples", command.join(" ")));
        let prefix = format!("  argraph {}", command.join(" "));
        assert!(
            examples
                .lines()
                .any(|line| line.starts_with(prefix.trim_end())),
            "`argraph {}` --help: no example of the command itself in\n{examples}",
            command.join(" ")
        );
    }
}

#[test]
fn completions_are_generated_for_each_shell() {
    for (shell, marker) in [
        ("bash", "_argraph()"),
        ("zsh", "#compdef argraph"),
        ("fish", "complete -c argraph"),
        ("powershell", "Register-ArgumentCompleter"),
        ("elvish", "edit:completion:arg-completer[argraph]"),
    ] {
        let script = stdout(&["completions", shell]);
        assert!(script.contains(marker), "{shell}: no {marker}");
        assert!(
            script.contains("outline"),
            "{shell}: the subcommands are missing"
        );
    }
}

#[test]
fn the_manual_page_is_roff_and_a_page_is_written_for_each_subcommand() {
    let page = stdout(&["man"]);
    assert!(page.contains(".TH argraph 1"), "{page}");
    assert!(
        page.contains("build") && page.contains("Examples:"),
        "{page}"
    );
    let folder = tempfile::tempdir().unwrap();
    let out = folder.path().join("man1");
    argraph(&["man", "--out", out.to_str().unwrap()]);
    for name in ["argraph.1", "argraph-build.1", "argraph-export-gephi.1"] {
        let text = std::fs::read_to_string(out.join(name))
            .unwrap_or_else(|error| panic!("{name}: {error}"));
        assert!(text.contains(".TH"), "{name}");
    }
}
