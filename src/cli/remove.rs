use clap::Args;

use argraph::query::QueryError;
use argraph::store::GraphStore;

use crate::cli::StoreArgs;

pub const EXAMPLES: &str = "Examples:
  argraph docs
  argraph remove huang2025.txt
  argraph remove 2f908f1eee3c1c31";

#[derive(Debug, Args)]
pub struct RemoveArgs {
    #[command(flatten)]
    store: StoreArgs,
    /// The document: its file name, IRI or hash (`argraph docs` lists them)
    #[arg(value_name = "DOC")]
    doc: String,
}

/// Deletes one document's graph from the store.
pub fn run(args: RemoveArgs) -> anyhow::Result<()> {
    if !args.store.store.join("CURRENT").exists() {
        return Err(argraph::store::StoreError::Missing {
            path: args.store.store.clone(),
        }
        .into());
    }
    let store = GraphStore::open(&args.store.store)?;
    let matching: Vec<_> = store
        .documents()?
        .into_iter()
        .filter(|d| argraph::store::names_document(&args.doc, &d.iri, &d.file))
        .collect();
    if matching.is_empty() {
        return Err(QueryError::UnknownDocument(args.doc.clone()).into());
    }
    for document in matching {
        let iri = oxigraph::model::NamedNode::new_unchecked(document.iri.clone());
        store.remove_graph(&iri)?;
        println!("removed {} → {}", document.file, document.iri);
    }
    Ok(())
}
