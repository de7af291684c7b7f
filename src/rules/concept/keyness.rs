use std::collections::BTreeMap;

use crate::document::Span;
use crate::resources::ReferenceFrequencies;
use crate::rules::concept::term_shape;
use crate::rules::{Extractions, Phase, Rule, RuleContext, RuleMeta, declare_rule};
use crate::segment::Token;

declare_rule! {
    /// A word the document uses far more often than general and academic
    /// Chinese prose does: keyness, as corpus linguists measure it
    /// (Dunning's log-likelihood G², the statistic of AntConc and
    /// WordSmith), against the background of `reference_frequencies.tsv`.
    /// A noun or nominal word (not a person's or a place's name), or a verb
    /// the document uses as a noun at least half of the time (认同 of
    /// 文化认同，, 认识 of 认识的), of two Han characters or more, no stop
    /// word, used on its own — outside the terms the rules before
    /// accepted, so that the parts of a compound
    /// (科学 of 科学文化) count only their own uses — at least three times,
    /// eight times as often as the background uses it or more (a log ratio
    /// of 3) and with G² of 15.13 or more (p < 0.0001); the 40 highest of a
    /// document. This finds the ordinary words a text is about (实践, 矛盾,
    /// 文化), which no list of terms holds.
    ///
    /// In:  an essay that uses 矛盾 on every page
    /// Out: an `ag:ConceptMention` of <concept/矛盾> at each occurrence,
    ///      `ag:rule` <rule/C009>.
    Keyness { id: "C009", name: "keyness", evidence: Salience }
}

const MIN_OCCURRENCES: usize = 3;
const MIN_RATIO: f64 = 8.0;
/// The critical value of G² at p < 0.0001, one degree of freedom.
const MIN_G2: f64 = 15.13;
const MAX_WORDS: usize = 40;
/// Dunning's log-likelihood of a word used `a` times in `n` words of the
/// document and `b` times in `m` words of the background.
pub(crate) fn log_likelihood(a: f64, n: f64, b: f64, m: f64) -> f64 {
    let expected_document = n * (a + b) / (n + m);
    let expected_background = m * (a + b) / (n + m);
    let term = |observed: f64, expected: f64| {
        if observed > 0.0 {
            observed * (observed / expected).ln()
        } else {
            0.0
        }
    };
    2.0 * (term(a, expected_document) + term(b, expected_background))
}

/// Whether a word used `uses` times in a document of `words` words is
/// overused by the measures of this rule: `MIN_RATIO` times the
/// background's rate and a G² of `MIN_G2`.
pub(crate) fn overused(
    word: &str,
    uses: usize,
    words: usize,
    background: &ReferenceFrequencies,
) -> bool {
    let (a, n) = (uses as f64, words as f64);
    let (b, m) = (background.count(word), background.total());
    a / n >= MIN_RATIO * b / m && log_likelihood(a, n, b, m) >= MIN_G2
}

/// The number of words of a document: its tokens that hold a Han character.
pub(crate) fn word_count(tokens: &[Vec<Token>]) -> usize {
    tokens
        .iter()
        .flatten()
        .filter(|t| t.word.chars().any(crate::chars::is_han))
        .count()
}

impl Rule for Keyness {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::ConceptUses
    }

    fn priority(&self) -> u8 {
        5
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let resources = context.resources;
        let background = &resources.reference_frequencies;
        // The spans of the terms accepted before, by sentence.
        let mut accepted: BTreeMap<usize, Vec<Span>> = BTreeMap::new();
        for mention in &context.earlier.mentions {
            accepted
                .entry(mention.sentence)
                .or_default()
                .push(mention.span);
        }
        let inside = |sentence: usize, span: Span| {
            accepted.get(&sentence).is_some_and(|spans| {
                spans.iter().any(|s| {
                    s.start <= span.start
                        && span.end <= s.end
                        && s.end - s.start > span.end - span.start
                })
            })
        };
        // Each word's uses on its own.
        let mut places: BTreeMap<&str, Vec<(usize, Span)>> = BTreeMap::new();
        let words = word_count(context.tokens);
        let nominal_verbs = super::nominal_verbs(context.tokens);
        for (sentence, tokens) in context.tokens.iter().enumerate() {
            for token in tokens {
                let noun = super::noun_like(token, background, &nominal_verbs);
                if noun && term_shape(&token.word, resources, 2, 8) {
                    let free = places.entry(&token.word).or_default();
                    if !inside(sentence, token.span) {
                        free.push((sentence, token.span));
                    }
                }
            }
        }
        let (n, m) = (words as f64, background.total());
        let mut key: Vec<(f64, &str)> = places
            .iter()
            .filter(|(word, free)| {
                free.len() >= MIN_OCCURRENCES && overused(word, free.len(), words, background)
            })
            .map(|(&word, free)| {
                (
                    log_likelihood(free.len() as f64, n, background.count(word), m),
                    word,
                )
            })
            .collect();
        key.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(y.1)));
        let mut found = Extractions::default();
        for (_, word) in key.into_iter().take(MAX_WORDS) {
            found.mentions.extend(super::mentions_at(
                word,
                places[word].iter().copied(),
                &Self::META,
            ));
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixture::run;

    #[test]
    fn log_likelihood_grows_with_overuse() {
        // As often as the background: no keyness.
        assert!(log_likelihood(10.0, 1000.0, 1000.0, 100_000.0) < 1e-9);
        let rare = log_likelihood(10.0, 1000.0, 1.0, 100_000.0);
        let common = log_likelihood(10.0, 1000.0, 50.0, 100_000.0);
        assert!(rare > common && common > MIN_G2, "{rare} {common}");
    }

    #[test]
    fn the_words_a_text_keeps_returning_to() {
        let text = "矛盾是普遍的。矛盾存在于一切事物之中。\n\
                    事物的矛盾推动发展。我们研究矛盾的方法。\n\
                    问题在于方法。问题很多。\n";
        let (_, found) = run(text, &[&Keyness]);
        let terms: std::collections::BTreeSet<&str> =
            found.mentions.iter().map(|m| m.term.as_str()).collect();
        assert!(terms.contains("矛盾"), "{terms:?}");
        // A stop word, however often used, and a word used twice are not.
        assert!(
            !terms.contains("问题") && !terms.contains("方法"),
            "{terms:?}"
        );
    }
}
