//! The console examples of a Markdown file, run as a reader would run them.
//!
//! A ```` ```console ```` block holds commands, each after `$ `, and the output
//! each prints (stdout and stderr, in the order written). A command goes on
//! over the next lines while a quote is open or the line ends with `\`.
//! Expected output may hold `[..]`, any text within a line, and a line
//! `...`, any number of lines (the markers of trycmd). Commands run in bash,
//! so pipes work, in one scratch folder per file that starts with a copy of
//! `data/`, with the argraph under test first on the PATH.

use std::path::Path;
use std::process::Command;

/// One command of a console block and the output printed under it.
#[derive(Debug)]
pub struct Example {
    /// The line of the Markdown file the command starts on (1-based).
    pub line: usize,
    pub command: String,
    pub expected: Vec<String>,
}

/// The examples of every console block, in file order.
pub fn examples(markdown: &str) -> Vec<Example> {
    let mut found: Vec<Example> = Vec::new();
    let mut in_console = false;
    let mut open_command = false;
    for (index, line) in markdown.lines().enumerate() {
        let fence = line.trim_start();
        if fence.starts_with("```") {
            in_console = !in_console && fence.trim_start_matches('`').trim() == "console";
            open_command = false;
            continue;
        }
        if !in_console {
            continue;
        }
        if open_command {
            let example = found.last_mut().unwrap();
            example.command.push('\n');
            example.command.push_str(line);
            open_command = continues(&example.command);
        } else if let Some(command) = line.strip_prefix("$ ") {
            found.push(Example {
                line: index + 1,
                command: command.to_string(),
                expected: Vec::new(),
            });
            open_command = continues(command);
        } else if let Some(example) = found.last_mut() {
            example.expected.push(line.trim_end().to_string());
        } else {
            panic!("line {}: output before any command", index + 1);
        }
    }
    found
}

/// Whether a command goes on to the next line: a quote is open, or the
/// line ends with a backslash.
fn continues(command: &str) -> bool {
    let (mut single, mut double, mut escaped) = (false, false, false);
    for character in command.chars() {
        match character {
            _ if escaped => escaped = false,
            '\\' if !single => escaped = true,
            '\'' if !double => single = !single,
            '"' if !single => double = !double,
            _ => {}
        }
    }
    single || double || escaped
}

/// Whether the output lines match the expected ones, `...` and `[..]`
/// included.
pub fn matches(expected: &[String], actual: &[&str]) -> bool {
    match expected.split_first() {
        None => actual.is_empty(),
        Some((first, rest)) if first == "..." => {
            (0..=actual.len()).any(|skip| matches(rest, &actual[skip..]))
        }
        Some((first, rest)) => {
            !actual.is_empty() && line_matches(first, actual[0]) && matches(rest, &actual[1..])
        }
    }
}

fn line_matches(pattern: &str, line: &str) -> bool {
    let line = line.trim_end();
    let pieces: Vec<&str> = pattern.split("[..]").collect();
    if pieces.len() == 1 {
        return pattern == line;
    }
    let (first, last) = (pieces[0], pieces[pieces.len() - 1]);
    if !line.starts_with(first) || !line[first.len()..].ends_with(last) {
        return false;
    }
    let mut rest = &line[first.len()..line.len() - last.len()];
    for piece in &pieces[1..pieces.len() - 1] {
        match rest.find(piece) {
            Some(at) => rest = &rest[at + piece.len()..],
            None => return false,
        }
    }
    true
}

/// Runs every example of the file in order, in one scratch folder; panics
/// at the first command that fails or prints other than its example shows.
pub fn run_examples(file: &Path, argraph: &Path) {
    let markdown = std::fs::read_to_string(file).unwrap();
    let found = examples(&markdown);
    assert!(!found.is_empty(), "{}: no console examples", file.display());
    let scratch = tempfile::tempdir().unwrap();
    copy_folder(Path::new("data"), &scratch.path().join("data"));
    let bin = argraph.parent().unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    for example in &found {
        let output = Command::new("bash")
            .arg("-c")
            .arg(format!("exec 2>&1\n{}", example.command))
            .current_dir(scratch.path())
            .env("PATH", &path)
            .env_remove("ARGRAPH_STORE")
            .output()
            .unwrap();
        let printed = String::from_utf8_lossy(&output.stdout);
        let lines: Vec<&str> = printed.lines().collect();
        assert!(
            output.status.success() && matches(&example.expected, &lines),
            "{}:{}: `{}` {}\n--- expected\n{}\n--- printed\n{}",
            file.display(),
            example.line,
            example.command,
            if output.status.success() {
                "printed other than the example shows".to_string()
            } else {
                format!("failed ({})", output.status)
            },
            example.expected.join("\n"),
            printed
        );
    }
}

fn copy_folder(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_file() {
            std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        }
    }
}

#[test]
fn examples_are_read_with_their_output_and_multi_line_commands() {
    let markdown = "text\n```console\n$ argraph query 'SELECT\n  ?x'\nx\n...\n$ echo a \\\n  b\na b\n```\n```sh\n$ not this\n```\n";
    let found = examples(markdown);
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].line, 3);
    assert_eq!(found[0].command, "argraph query 'SELECT\n  ?x'");
    assert_eq!(found[0].expected, ["x", "..."]);
    assert_eq!(found[1].command, "echo a \\\n  b");
}

#[test]
fn wildcards_match_text_within_a_line_and_runs_of_lines() {
    let expected: Vec<String> = ["a [..] c", "...", "end"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert!(matches(&expected, &["a b c", "x", "y", "end"]));
    assert!(matches(&expected, &["a  c", "end"]));
    assert!(!matches(&expected, &["a b d", "end"]));
    assert!(!matches(&expected, &["a b c", "end", "more"]));
    assert!(!line_matches("[..]ab[..]ba", "aba"));
}
