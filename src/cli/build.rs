use std::path::PathBuf;

use anyhow::bail;
use clap::Args;

use argraph::analysis::summary::Counts;
use argraph::pipeline::{BuildError, Pipeline, build_file, input_files, store_document};
use argraph::store::GraphStore;
use argraph::store::StoreError;

use crate::cli::{ReadArgs, RulesDirArgs, StoreArgs};

#[derive(Debug, Args)]
pub struct BuildArgs {
    #[command(flatten)]
    store: StoreArgs,
    #[command(flatten)]
    rules: RulesDirArgs,
    #[command(flatten)]
    read: ReadArgs,
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
        bail!(BuildError::NoFiles {
            path: args.paths[0].clone()
        });
    }
    let pipeline = Pipeline::with_read_options(args.rules.load()?, args.read.options()?);
    // The store is opened at the first document that reads well, so that a
    // build with nothing to write creates no store.
    let mut store: Option<GraphStore> = None;
    let mut failures = Vec::new();
    for file in &files {
        let built = match &store {
            Some(store) => build_file(&pipeline, store, file),
            None => pipeline
                .read(file)
                .map_err(Into::into)
                .and_then(|document| {
                    let opened = store.insert(GraphStore::open(&args.store.store)?);
                    store_document(&pipeline, opened, file, document)
                }),
        };
        match built {
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
            Err(error) if matches!(error, BuildError::Store(StoreError::InUse { .. })) => {
                return Err(error.into());
            }
            Err(error) if files.len() == 1 => return Err(error.into()),
            Err(error) => {
                eprintln!("argraph: {error}");
                failures.push(error);
            }
        }
    }
    let some_failed = BuildError::SomeFailed {
        failed: failures.len(),
        total: files.len(),
        user: failures.iter().all(BuildError::is_user_error),
    };
    let Some(store) = store else {
        return Err(some_failed.into());
    };
    let counts = Counts::from_store(&store, &argraph::analysis::Scope::all())?;
    println!(
        "store {}: {} documents, {} sentences, {} concepts, {} notes, {} quads",
        store.path().display(),
        counts.documents,
        counts.sentences,
        counts.concepts,
        counts.notes,
        counts.quads
    );
    if failures.is_empty() {
        Ok(())
    } else {
        Err(some_failed.into())
    }
}
