//! The documentation cannot drift from the program: every console example
//! of the README and the guide runs as printed, the rule catalogue
//! (`docs/rules.md`) is what the rules' own docs make, and the README stays
//! a first contact whose links all lead somewhere.

mod console;

use std::path::Path;

const README: &str = "README.md";

fn argraph() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_argraph"))
}

#[test]
fn the_readme_examples_run_as_printed() {
    console::run_examples(Path::new(README), argraph());
}

#[test]
fn the_guide_examples_run_as_printed() {
    console::run_examples(Path::new("docs/guide.md"), argraph());
}

#[test]
fn the_rules_page_is_the_catalogue_of_the_rules() {
    let page = std::fs::read_to_string("docs/rules.md").unwrap();
    assert!(
        page == argraph::rules::catalogue::markdown(),
        "docs/rules.md differs from the rules' docs: run `make docs` to write it again"
    );
}

#[test]
fn the_readme_is_short_and_reaches_a_command_early() {
    let readme = std::fs::read_to_string(README).unwrap();
    let lines: Vec<&str> = readme.lines().collect();
    assert!(lines.len() <= 200, "README.md has {} lines", lines.len());
    let first_command = lines
        .iter()
        .position(|line| line.starts_with("make run") || line.starts_with("$ argraph"))
        .expect("README.md shows no command");
    assert!(
        first_command < 40,
        "the first command is on line {}",
        first_command + 1
    );
}

#[test]
fn every_relative_link_of_the_documentation_leads_to_a_file() {
    for file in [
        "README.md",
        "CONTRIBUTING.md",
        "docs/guide.md",
        "docs/benchmarks.md",
    ] {
        let text = std::fs::read_to_string(file).unwrap();
        let folder = Path::new(file).parent().unwrap();
        for target in text
            .split("](")
            .skip(1)
            .filter_map(|rest| rest.split(')').next())
        {
            if target.contains("://") || target.starts_with('#') {
                continue;
            }
            let path = folder.join(target.split('#').next().unwrap());
            assert!(path.exists(), "{file}: the link to {target} leads nowhere");
        }
    }
}
