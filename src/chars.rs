//! Character classes of Chinese academic prose, shared by every stage that
//! looks at punctuation.

/// A CJK ideograph (the unified blocks and their extensions).
pub fn is_han(c: char) -> bool {
    matches!(c,
        '\u{4E00}'..='\u{9FFF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FA1F}')
}

/// Punctuation that ends a sentence.
pub fn is_sentence_terminator(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '；' | ';' | '…')
}

/// Opening quotation marks and brackets that a quotation or aside starts with.
pub fn is_opening_quote(c: char) -> bool {
    matches!(c, '“' | '‘' | '「' | '『' | '《')
}

/// The closing partner of an opening quotation mark.
pub fn closing_quote_of(c: char) -> Option<char> {
    match c {
        '“' => Some('”'),
        '‘' => Some('’'),
        '「' => Some('」'),
        '『' => Some('』'),
        '《' => Some('》'),
        _ => None,
    }
}

/// Closing quotes and brackets that stay with the sentence they close.
pub fn is_closing_mark(c: char) -> bool {
    matches!(
        c,
        '”' | '’' | '」' | '』' | '》' | ')' | '）' | '】' | ']' | '〕'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert!(is_han('人') && !is_han('A') && !is_han('，'));
        assert!(is_sentence_terminator('。') && !is_sentence_terminator('，'));
        assert_eq!(closing_quote_of('“'), Some('”'));
        assert!(is_closing_mark('”') && !is_closing_mark('“'));
    }
}
