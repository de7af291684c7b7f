//! Builds `ontology/rules/reference_frequencies.tsv`, the background the
//! keyness rule (C009) compares a document's words with: the word
//! frequencies of jieba's dictionary (general Chinese prose) plus the words
//! of the shared ChinaXiv papers (academic prose), segmented by jieba,
//! leaving out the papers a development set labels (a held-out text must
//! not be its own background). Run by `scripts/reference_table.sh`:
//!
//!     reference_table JIEBA_DICT CORPUS_DIR GOLD_TSV... > OUT.tsv

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use jieba_rs::Jieba;

/// Words rarer than this in the combined counts are left out: the rule
/// reads a missing word as this rare.
const MIN_COUNT: u64 = 5;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dict, corpus, gold @ ..] = args.as_slice() else {
        return Err("usage: reference_table JIEBA_DICT CORPUS_DIR GOLD_TSV...".into());
    };
    let labelled: BTreeSet<String> = gold
        .iter()
        .map(std::fs::read_to_string)
        .collect::<Result<Vec<_>, _>>()?
        .iter()
        .flat_map(|text| text.lines())
        .filter_map(|line| line.split('\t').next())
        .filter_map(|file| file.strip_prefix("chinaxiv/"))
        .map(str::to_string)
        .collect();
    let mut counts: BTreeMap<String, u64> = BTreeMap::new();
    let mut tags: BTreeMap<String, String> = BTreeMap::new();
    let mut dictionary_total = 0;
    for line in std::fs::read_to_string(dict)?.lines() {
        let mut fields = line.split(' ');
        if let (Some(word), Some(Ok(count))) = (fields.next(), fields.next().map(str::parse::<u64>))
        {
            dictionary_total += count;
            *counts.entry(word.to_string()).or_default() += count;
            if let Some(tag) = fields.next() {
                tags.insert(word.to_string(), tag.to_string());
            }
        }
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus)?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    files.sort();
    let jieba = Jieba::new();
    let (mut papers, mut corpus_total) = (0, 0);
    for path in &files {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if !name.starts_with("ChinaXiv-") || labelled.contains(name) {
            continue;
        }
        let text = std::fs::read_to_string(path)?;
        papers += 1;
        for token in jieba.cut(&text, true) {
            let word = token.word;
            if word.chars().any(argraph::chars::is_han) {
                corpus_total += 1;
                *counts.entry(word.to_string()).or_default() += 1;
            }
        }
    }
    println!("# Background word frequencies for the keyness rule (C009): jieba's dictionary");
    println!(
        "# ({dictionary_total} words counted) plus {papers} ChinaXiv papers segmented by jieba"
    );
    println!(
        "# ({corpus_total} words), without the {} papers the development sets label.",
        labelled.len()
    );
    println!("# Words of two or more characters counted at least {MIN_COUNT} times, with the part");
    println!("# of speech jieba's dictionary gives them (none for words it lacks). See README.md.");
    println!("total\t{}", dictionary_total + corpus_total);
    for (word, count) in counts {
        if count >= MIN_COUNT
            && word.chars().count() >= 2
            && word.chars().all(argraph::chars::is_han)
        {
            let tag = tags.get(&word).map_or("", String::as_str);
            println!("{word}\t{count}\t{tag}");
        }
    }
    Ok(())
}
