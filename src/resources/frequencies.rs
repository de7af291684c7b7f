//! The background word frequencies that keyness compares a document with
//! (`reference_frequencies.tsv`): how often general and academic Chinese
//! prose uses each word, and what part of speech a dictionary gives it.

use std::collections::HashMap;
use std::path::Path;

use crate::resources::{DataFile, ResourceError, meaningful_lines};

/// Words and their counts in the background, and the number of words it
/// holds in all (`total`), rare words left out; the part of speech of the
/// words jieba's dictionary holds.
#[derive(Debug, Clone, Default)]
pub struct ReferenceFrequencies {
    counts: HashMap<String, (u64, Option<String>)>,
    total: u64,
}

impl ReferenceFrequencies {
    /// How often the background uses `word`; a word it leaves out counts
    /// as rarer than any it holds.
    pub fn count(&self, word: &str) -> f64 {
        self.counts
            .get(word)
            .map_or(0.5, |&(count, _)| count as f64)
    }

    /// The part of speech jieba's dictionary gives `word` (`n`, `vn`, …).
    pub fn tag(&self, word: &str) -> Option<&str> {
        self.counts.get(word).and_then(|(_, tag)| tag.as_deref())
    }

    /// The number of words of the background.
    pub fn total(&self) -> f64 {
        self.total as f64
    }
}

impl DataFile for ReferenceFrequencies {
    fn parse(path: &Path, text: &str) -> Result<Self, ResourceError> {
        let syntax = |line: usize, message: &str| ResourceError::Syntax {
            path: path.to_path_buf(),
            line,
            message: message.to_string(),
        };
        let mut table = Self::default();
        for (number, line) in meaningful_lines(text) {
            let mut fields = line.split('\t');
            let (Some(word), Some(count)) = (fields.next(), fields.next()) else {
                return Err(syntax(number, "expected a word, a tab and its count"));
            };
            let count: u64 = count
                .trim()
                .parse()
                .map_err(|_| syntax(number, "the count is not a whole number"))?;
            let tag = fields.next().map(str::trim).filter(|t| !t.is_empty());
            if word == "total" {
                table.total = count;
            } else {
                table
                    .counts
                    .insert(word.trim().to_string(), (count, tag.map(str::to_string)));
            }
        }
        if table.total == 0 {
            return Err(syntax(
                1,
                "no `total<TAB>N` line gives the size of the background",
            ));
        }
        Ok(table)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_total_and_errors_name_the_line() {
        let table = ReferenceFrequencies::parse(
            Path::new("f.tsv"),
            "# comment\ntotal\t100\n实践\t7\tv\n矛盾\t5\n",
        )
        .unwrap();
        assert_eq!(table.count("实践"), 7.0);
        assert_eq!((table.tag("实践"), table.tag("矛盾")), (Some("v"), None));
        assert_eq!(table.count("去技能化"), 0.5);
        assert_eq!(table.total(), 100.0);
        let error = ReferenceFrequencies::parse(Path::new("f.tsv"), "total\t100\n实践 7\n")
            .unwrap_err()
            .to_string();
        assert_eq!(error, "f.tsv: line 2: expected a word, a tab and its count");
        assert!(ReferenceFrequencies::parse(Path::new("f.tsv"), "实践\t7\n").is_err());
    }
}
