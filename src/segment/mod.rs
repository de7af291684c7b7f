//! Word segmentation: a [`Tokenizer`] trait, and its jieba-rs implementation
//! that knows the concept lexicon's words, so that a lexicon term is one
//! token and token boundaries can vet term matches.

use jieba_rs::{Jieba, KeywordExtract, TextRank, TfIdf};
use serde::Serialize;

use crate::document::{Document, Span};
use crate::resources::Lexicon;

/// A word with its code-point span in the document text and its part of
/// speech (jieba's tag set: `n` noun, `v` verb, `p` preposition, `uj` 的 …;
/// lexicon words are `nz`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Token {
    pub span: Span,
    pub word: String,
    pub tag: String,
}

impl Token {
    /// Whether the word can be part of a term: a noun, a verbal or
    /// adjectival noun, an adjective or distinguishing word (通用, 新型), an
    /// abbreviation or idiom, a foreign or unknown word — not a verb,
    /// preposition, particle, pronoun, adverb, conjunction or numeral.
    pub fn is_termish(&self) -> bool {
        let tag = self.tag.as_str();
        tag.starts_with('n') || matches!(tag, "vn" | "an" | "a" | "b" | "j" | "l" | "eng" | "x")
    }

    /// Whether the word is a single character that is no function word: an
    /// affix that closes a term (化, 性) or opens one.
    pub fn is_affix(&self) -> bool {
        self.word.chars().count() == 1 && !self.is_function_word()
    }

    /// Whether the word is a function word: a particle (的, 了), preposition,
    /// pronoun, adverb, conjunction, interjection, numeral, measure word or
    /// locative.
    pub fn is_function_word(&self) -> bool {
        let tag = self.tag.as_str();
        tag.starts_with('u')
            || matches!(
                tag,
                "p" | "r" | "d" | "c" | "y" | "e" | "o" | "m" | "q" | "f"
            )
    }
}

/// A document's keywords, best first, by two scores the rules can combine.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Keywords {
    /// TF-IDF against the segmenter's IDF table.
    pub tfidf: Vec<(String, f64)>,
    /// TextRank over co-occurrence windows.
    pub textrank: Vec<(String, f64)>,
}

impl Keywords {
    /// Rank (0 = best) of `word` in both lists, when it is in both.
    pub fn ranks(&self, word: &str) -> Option<(usize, usize)> {
        let rank = |list: &[(String, f64)]| list.iter().position(|(w, _)| w == word);
        Some((rank(&self.tfidf)?, rank(&self.textrank)?))
    }
}

pub trait Tokenizer: Send + Sync {
    /// Tokens of `text`, which starts at code point `base` of the document.
    fn tokenize(&self, text: &str, base: usize) -> Vec<Token>;

    /// The keywords of the document's body; none by default.
    fn keywords(&self, _document: &Document) -> Keywords {
        Keywords::default()
    }
}

/// How many keywords each score keeps.
const KEYWORDS_KEPT: usize = 60;
/// Parts of speech a keyword may have: nouns, other proper nouns, verbal
/// nouns, English words.
const KEYWORD_TAGS: [&str; 4] = ["n", "nz", "vn", "eng"];

/// jieba-rs with the default dictionary plus the lexicon's labels.
pub struct JiebaTokenizer {
    jieba: Jieba,
    tfidf: TfIdf,
    textrank: TextRank,
}

/// Part of speech given to lexicon words: other proper noun.
const LEXICON_WORD_TAG: &str = "nz";

impl JiebaTokenizer {
    pub fn new(lexicon: &Lexicon) -> Self {
        let mut jieba = Jieba::new();
        for (label, _) in lexicon.labels() {
            // The least frequency that keeps the label one word: enough
            // to win over its own pieces, not so much that it steals
            // characters from the words around it (特|异化 in 特异化).
            let frequency = jieba.suggest_freq(label);
            jieba.add_word(label, Some(frequency), Some(LEXICON_WORD_TAG));
        }
        Self {
            jieba,
            tfidf: TfIdf::default(),
            textrank: TextRank::default(),
        }
    }
}

impl Tokenizer for JiebaTokenizer {
    fn tokenize(&self, text: &str, base: usize) -> Vec<Token> {
        self.jieba
            .tag(text, true)
            .into_iter()
            .filter(|token| !token.word.trim().is_empty())
            .map(|token| Token {
                span: Span::new(base + token.start, base + token.end),
                word: token.word.to_string(),
                tag: token.tag.to_string(),
            })
            .collect()
    }

    fn keywords(&self, document: &Document) -> Keywords {
        let body: String = document
            .sentences
            .iter()
            .map(|sentence| document.text.slice(sentence.span))
            .collect::<Vec<_>>()
            .join("\n");
        let tags = || KEYWORD_TAGS.iter().map(|t| t.to_string()).collect();
        let scored = |keywords: Vec<jieba_rs::Keyword>| {
            keywords
                .into_iter()
                .map(|k| (k.keyword, k.weight))
                .collect()
        };
        Keywords {
            tfidf: scored(
                self.tfidf
                    .extract_keywords(&self.jieba, &body, KEYWORDS_KEPT, tags()),
            ),
            textrank: scored(self.textrank.extract_keywords(
                &self.jieba,
                &body,
                KEYWORDS_KEPT,
                tags(),
            )),
        }
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

/// Tokens of the title, when the text holds it, and of each section
/// heading, with document offsets.
pub fn segment_headings(document: &Document, tokenizer: &dyn Tokenizer) -> Vec<Vec<Token>> {
    document
        .title_span
        .into_iter()
        .chain(document.sections.iter().map(|section| section.title_span))
        .map(|span| tokenizer.tokenize(document.text.slice(span), span.start))
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
