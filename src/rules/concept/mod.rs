//! Rules that find concepts: lexicon terms, quoted and glossed terms, terms
//! formed by the affixes of academic prose, defined terms, author keywords,
//! keywords by score, words by their keyness against general prose, and the
//! recurrence of accepted terms.

crate::rules::rule_modules! {
    author_keyword::AuthorKeyword,
    contrast_pair::ContrastPair,
    defined_term::DefinedTerm,
    glossed_term::GlossedTerm,
    heading_phrase::HeadingPhrase,
    heading_term::HeadingTerm,
    key_compound::KeyCompound,
    keyness::Keyness,
    keyword_score::KeywordScore,
    lexicon_term::LexiconTerm,
    noun_compound::NounCompound,
    of_phrase::OfPhrase,
    quoted_term::QuotedTerm,
    repeated_phrase::RepeatedPhrase,
    shared_head::SharedHead,
    term_formation::TermFormation,
    term_recurrence::TermRecurrence,
}

use crate::chars::is_han;
use crate::document::Span;
use crate::resources::ReferenceFrequencies;
use crate::resources::Resources;
use crate::rules::{MentionFinding, RuleMeta};
use crate::segment::Token;

/// A word the background uses this often is a common word, whatever the
/// segmenter tags it.
pub(crate) const COMMON_WORD: f64 = 1500.0;

/// Nouns and nominal words, without the names of persons (nr) and of
/// places (ns) — save the longer words jieba tags as places (故宫博物院),
/// the set phrases (l) that end in a noun (高等教育, 问卷调查; not 相比之下,
/// 不可或缺), and the common words it tags as names (文明, 宣言: general
/// prose uses them more than any name): the parts of speech a key word may
/// be.
pub(crate) fn nominal(token: &Token, background: &ReferenceFrequencies) -> bool {
    let tag = token.tag.as_str();
    let chars: Vec<char> = token.word.chars().collect();
    let long = chars.len() >= 4;
    let person = tag.starts_with("nr") && background.count(&token.word) < COMMON_WORD;
    let noun_ending = || {
        let head: String = chars[chars.len() - 2..].iter().collect();
        background
            .tag(&head)
            .is_some_and(|t| t.starts_with('n') || matches!(t, "vn" | "an"))
    };
    (tag.starts_with('n') && !person && (!tag.starts_with("ns") || long))
        || matches!(tag, "vn" | "an" | "j")
        || tag == "l" && long && noun_ending()
}

/// Whether a word stands as a noun in this document: a noun or nominal word
/// ([`nominal`]), or a verb of `nominal_verbs` (认同 of 文化认同).
pub(crate) fn noun_like(
    token: &Token,
    background: &ReferenceFrequencies,
    nominal_verbs: &std::collections::HashSet<&str>,
) -> bool {
    nominal(token, background) || token.tag == "v" && nominal_verbs.contains(token.word.as_str())
}

/// The words of `tokens` inside `span`.
pub(crate) fn words_in(tokens: &[Token], span: Span) -> Vec<&str> {
    tokens
        .iter()
        .filter(|t| span.start <= t.span.start && t.span.end <= span.end)
        .map(|t| t.word.as_str())
        .collect()
}

/// Mentions of `term` by `rule` at each of `places` (sentence, span).
pub(crate) fn mentions_at(
    term: &str,
    places: impl IntoIterator<Item = (usize, Span)>,
    rule: &'static RuleMeta,
) -> Vec<MentionFinding> {
    places
        .into_iter()
        .map(|(sentence, span)| MentionFinding {
            span,
            sentence,
            term: term.to_string(),
            rule,
        })
        .collect()
}

/// Whether the verb at `index` plainly stands as a noun: after 的 or a
/// preposition (人的实践, 在实践中, 通过实践), or before 的, 是 or a
/// conjunction (实践的观点, 实践是, 实践和认识).
fn plainly_noun(tokens: &[Token], index: usize) -> bool {
    let before = index.checked_sub(1).and_then(|i| tokens.get(i));
    let after = tokens.get(index + 1);
    before.is_some_and(|t| t.tag == "uj" || t.tag == "p")
        || after.is_some_and(|t| {
            t.tag == "uj" || t.tag == "c" || matches!(t.word.as_str(), "是" | "中" | "上" | "论")
        })
}

/// Whether the verb at `index` stands as a noun: plainly (see
/// [`plainly_noun`]), or after a noun at the end of a clause, heading the
/// compound (文化认同，, 国家治理。) — where a verb of saying stands too
/// (学者认为，), so [`nominal_verbs`] asks for a plain use as well.
pub(crate) fn used_as_noun(tokens: &[Token], index: usize) -> bool {
    let after = tokens.get(index + 1);
    // A mark that ends a clause, not a formula's `$` (覆盖率达到$90\%$).
    let clause_ends = after.is_none_or(|t| {
        matches!(
            t.word.as_str(),
            "，" | "," | "。" | "；" | ";" | "、" | "）" | ")" | "”" | "》" | "！" | "？"
        )
    });
    let after_noun = index.checked_sub(1).is_some_and(|i| {
        let t = &tokens[i];
        t.tag.starts_with('n') && !t.tag.starts_with("nr") && t.span.end == tokens[index].span.start
    });
    plainly_noun(tokens, index) || clause_ends && after_noun
}

/// The verbs that a document uses as nouns (see [`used_as_noun`]) at least
/// half of the time, and plainly at least once: 治理 of 国家治理, 治理的,
/// 治理体系; not 认为 of 学者认为，.
pub(crate) fn nominal_verbs(tokens: &[Vec<Token>]) -> std::collections::HashSet<&str> {
    let mut uses: std::collections::HashMap<&str, (usize, usize, usize)> =
        std::collections::HashMap::new();
    for sentence in tokens {
        for (index, token) in sentence.iter().enumerate() {
            if token.tag == "v" {
                let (all, as_noun, plainly) = uses.entry(&token.word).or_default();
                *all += 1;
                *as_noun += usize::from(used_as_noun(sentence, index));
                *plainly += usize::from(plainly_noun(sentence, index));
            }
        }
    }
    uses.into_iter()
        .filter(|(_, (all, as_noun, plainly))| 2 * as_noun >= *all && *plainly > 0)
        .map(|(word, _)| word)
        .collect()
}

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
