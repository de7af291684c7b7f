//! Word segmentation: a [`Tokenizer`] trait, and its jieba-rs implementation
//! that knows the concept lexicon's words, so that a lexicon term is one
//! token and token boundaries can vet term matches.

use jieba_rs::{Jieba, TokenizeMode};
use serde::Serialize;

use crate::document::{Document, Span};
use crate::resources::Lexicon;

/// A word with its code-point span in the document text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Token {
    pub span: Span,
    pub word: String,
}

pub trait Tokenizer: Send + Sync {
    /// Tokens of `text`, which starts at code point `base` of the document.
    fn tokenize(&self, text: &str, base: usize) -> Vec<Token>;
}

/// jieba-rs with the default dictionary plus the lexicon's labels.
pub struct JiebaTokenizer {
    jieba: Jieba,
}

/// Frequency given to lexicon words: high enough to win over the pieces
/// jieba's dictionary would otherwise cut them into.
const LEXICON_WORD_FREQUENCY: usize = 100_000;

impl JiebaTokenizer {
    pub fn new(lexicon: &Lexicon) -> Self {
        let mut jieba = Jieba::new();
        for (label, _) in lexicon.labels() {
            jieba.add_word(label, Some(LEXICON_WORD_FREQUENCY), None);
        }
        Self { jieba }
    }
}

impl Tokenizer for JiebaTokenizer {
    fn tokenize(&self, text: &str, base: usize) -> Vec<Token> {
        self.jieba
            .tokenize(text, TokenizeMode::Default, true)
            .into_iter()
            .filter(|token| !token.word.trim().is_empty())
            .map(|token| Token {
                span: Span::new(base + token.start, base + token.end),
                word: token.word.to_string(),
            })
            .collect()
    }
}

/// Tokens of every sentence of the document, sentence by sentence.
pub fn segment(document: &Document, tokenizer: &dyn Tokenizer) -> Vec<Vec<Token>> {
    document
        .sentences
        .iter()
        .map(|sentence| tokenizer.tokenize(document.text.slice(sentence.span), sentence.span.start))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resources::Resources;

    #[test]
    fn lexicon_words_are_single_tokens_with_document_offsets() {
        let tokenizer = JiebaTokenizer::new(&Resources::builtin().lexicon);
        let tokens = tokenizer.tokenize("数字资本主义劳动过程的去技能化", 10);
        let words: Vec<&str> = tokens.iter().map(|t| t.word.as_str()).collect();
        assert_eq!(words, vec!["数字资本主义", "劳动过程", "的", "去技能化"]);
        assert_eq!(tokens[0].span, Span::new(10, 16));
        assert_eq!(tokens[3].span, Span::new(21, 25));
    }
}
