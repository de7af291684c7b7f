//! The floor of `build`'s cost that issue 8 measures argraph against: the
//! unavoidable work of segmenting the texts with jieba-rs and of loading
//! the quads argraph makes of them with Oxigraph's bulk loader. Run by
//! `scripts/benchmark.sh`:
//!
//!     baseline TEXTS_DIR QUADS.nq STORE_DIR

use std::path::PathBuf;
use std::time::Instant;

use jieba_rs::Jieba;
use oxigraph::io::RdfFormat;
use oxigraph::store::Store;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [texts, quads, store] = args.as_slice() else {
        return Err("usage: baseline TEXTS_DIR QUADS.nq STORE_DIR".into());
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(texts)?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    files.sort();
    let texts: Vec<String> = files
        .iter()
        .filter_map(|path| std::fs::read_to_string(path).ok())
        .collect();
    let characters: usize = texts.iter().map(|t| t.chars().count()).sum();

    let jieba = Jieba::new();
    let start = Instant::now();
    let tokens: usize = texts.iter().map(|text| jieba.cut(text, true).len()).sum();
    let segmenting = start.elapsed().as_secs_f64();
    println!(
        "jieba-rs: {} texts, {characters} characters, {tokens} tokens in {segmenting:.2} s",
        texts.len()
    );

    let store = Store::open(store)?;
    let start = Instant::now();
    let mut loader = store.bulk_loader();
    loader.load_from_reader(RdfFormat::NQuads, std::fs::File::open(quads)?)?;
    loader.commit()?;
    let loading = start.elapsed().as_secs_f64();
    let count = store.len()?;
    println!(
        "bulk loader: {count} quads in {loading:.2} s ({:.0} quads/s)",
        count as f64 / loading
    );
    println!(
        "floor (segmenting + bulk loading): {:.2} s; 1.5× the floor: {:.2} s",
        segmenting + loading,
        1.5 * (segmenting + loading)
    );
    Ok(())
}
