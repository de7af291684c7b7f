//! Rules that find concepts: lexicon terms, quoted and glossed terms, terms
//! formed by the affixes of academic prose, defined terms, author keywords,
//! keywords by score, and the recurrence of accepted terms.

crate::rules::rule_modules! {
    author_keyword::AuthorKeyword,
    defined_term::DefinedTerm,
    glossed_term::GlossedTerm,
    keyword_score::KeywordScore,
    lexicon_term::LexiconTerm,
    quoted_term::QuotedTerm,
    term_formation::TermFormation,
    term_recurrence::TermRecurrence,
}

use crate::chars::is_han;
use crate::resources::Resources;
use crate::segment::Token;

/// Whether `term` can be a concept's label at all: Han characters only,
/// within the length bounds, and not a stop word.
pub(crate) fn term_shape(term: &str, resources: &Resources, min: usize, max: usize) -> bool {
    let chars = term.chars().count();
    (min..=max).contains(&chars) && term.chars().all(is_han) && !resources.stopwords.contains(term)
}

/// The longest run of whole tokens ending at code point `end`, of at least
/// `min` and at most `max` characters, each of two characters or more, of a
/// part of speech terms are made of and no stop word, and not cut from a
/// longer phrase: the term a gloss or definition cue follows
/// (`认知卸载(cognitive offloading)`, not `产生认知卸载` or `人为中心` of
/// `以人为中心`).
pub(crate) fn term_before(
    tokens: &[Token],
    end: usize,
    resources: &Resources,
    min: usize,
    max: usize,
) -> Option<(usize, String)> {
    let last = tokens.iter().position(|t| t.span.end == end)?;
    let mut start = None;
    let mut length = 0;
    for token in tokens[..=last].iter().rev() {
        let chars = token.word.chars().count();
        let usable = chars >= 2
            && token.is_termish()
            && token.word.chars().all(is_han)
            && !resources.stopwords.contains(&token.word);
        if !usable || length + chars > max {
            break;
        }
        length += chars;
        start = Some(token.span.start);
    }
    let start = start?;
    // A run cut from a longer phrase (以|人为中心) is no term: the word
    // before it may not be a lone character other than a particle (的).
    let cut = tokens
        .iter()
        .find(|t| t.span.end == start)
        .is_some_and(|t| {
            t.word.chars().count() == 1 && t.word.chars().all(is_han) && !t.tag.starts_with('u')
        });
    if cut {
        return None;
    }
    let term: String = tokens
        .iter()
        .filter(|t| t.span.start >= start && t.span.end <= end)
        .map(|t| t.word.as_str())
        .collect();
    (length >= min).then_some((start, term))
}
