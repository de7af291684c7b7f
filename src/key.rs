//! Identity keys and hashes, below every stage: what makes two spellings of
//! a work, concept or person one (and so one IRI), and the hash that names a
//! document. For keys only, never for stored text.

use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;

/// NFKC; middle dots and dashes unified; Latin case folded; quotes,
/// book-title marks and white space dropped.
pub fn normalize_key(text: &str) -> String {
    text.nfkc()
        .filter_map(|c| match c {
            '·' | '⋅' | '•' | '‧' | '・' | '∙' => Some('·'),
            '‐' | '‑' | '‒' | '–' | '—' | '―' | '－' | '−' => Some('-'),
            '“' | '”' | '‘' | '’' | '"' | '\'' | '「' | '」' | '『' | '』' | '《' | '》' | '〈'
            | '〉' => None,
            c if c.is_whitespace() => None,
            c => Some(c),
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The SHA-256 of a document's cleaned text, in hex.
pub fn text_sha256(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}
