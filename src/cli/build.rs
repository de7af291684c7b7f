use std::path::PathBuf;

use anyhow::bail;
use clap::Args;

use argraph::analysis::summary::Summary;
use argraph::pipeline::{Pipeline, build_file, input_files};
use argraph::store::GraphStore;

use crate::cli::{RulesDirArgs, StoreArgs};

#[derive(Debug, Args)]
pub struct BuildArgs {
    #[command(flatten)]
    store: StoreArgs,
    #[command(flatten)]
    rules: RulesDirArgs,
    /// Article files, or folders of them
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
}

pub fn run(args: BuildArgs) -> anyhow::Result<()> {
    let inputs = input_files(&args.paths)?;
    for skipped in &inputs.skipped {
        eprintln!(
            "argraph: skipped {}: a folder's documentation, not an article",
            skipped.display()
        );
    }
    let files = inputs.files;
    if files.is_empty() {
        bail!(argraph::read::ReadError::NotFound {
            path: args.paths[0].clone()
        });
    }
    let pipeline = Pipeline::new(args.rules.load()?);
    let store = GraphStore::open(&args.store.store)?;
    let mut failures = Vec::new();
    for file in &files {
        match build_file(&pipeline, &store, file) {
            Ok(report) => println!(
                "{}: {} sentences, {} concepts, {} notes, {} pointers, {} quads → {}",
                report.file,
                report.sentences,
                report.concepts,
                report.notes,
                report.pointers,
                report.quads,
                report.iri
            ),
            Err(error) => {
                eprintln!("argraph: {error}");
                failures.push(error);
            }
        }
    }
    let counts = Summary::from_store(&store, 0)?.counts;
    println!(
        "store {}: {} documents, {} sentences, {} concepts, {} notes, {} quads",
        store.path().display(),
        counts.documents,
        counts.sentences,
        counts.concepts,
        counts.notes,
        counts.quads
    );
    match failures.len() {
        0 => Ok(()),
        1 if files.len() == 1 => Err(failures.remove(0).into()),
        n => {
            let first = failures.remove(0);
            Err(anyhow::Error::new(first).context(format!(
                "{n} of {} files failed; the others are in the store",
                files.len()
            )))
        }
    }
}
