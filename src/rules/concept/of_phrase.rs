use std::collections::BTreeMap;

use crate::document::Span;
use crate::rules::concept::nominal;
use crate::rules::{Extractions, Phase, Rule, RuleContext, RuleMeta, declare_rule};
use crate::segment::Token;

declare_rule! {
    /// A phrase `X的Y` that the text repeats as a fixed term: 矛盾的普遍性,
    /// 矛盾的特殊性, 中国人的身份. X and Y are each one or two nouns (or
    /// nominal words) of two Han characters or more, X no stop word; the
    /// phrase occurs at least twice, or three times when Y is a generic
    /// word (…的作用, …的普遍性 — the stop list's).
    ///
    /// In:  `矛盾的普遍性……矛盾的普遍性和矛盾的特殊性……矛盾的特殊性`
    /// Out: an `ag:ConceptMention` of <concept/矛盾的特殊性> at each
    ///      occurrence, `ag:rule` <rule/C012>.
    OfPhrase { id: "C012", name: "of-phrase", evidence: Salience }
}

const MIN_OCCURRENCES: usize = 2;
const MIN_GENERIC_OCCURRENCES: usize = 3;
const MAX_NOUNS: usize = 2;

impl Rule for OfPhrase {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::ConceptMentions
    }

    fn priority(&self) -> u8 {
        6
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let resources = context.resources;
        let background = &resources.reference_frequencies;
        let noun = |t: &Token| {
            t.word.chars().count() >= 2
                && t.word.chars().all(crate::chars::is_han)
                && nominal(t, background)
        };
        // Each phrase: its uses, and whether its Y is a generic word.
        let mut places: BTreeMap<String, (Vec<(usize, Span)>, bool)> = BTreeMap::new();
        for (sentence, tokens) in context.tokens.iter().enumerate() {
            for (of, particle) in tokens.iter().enumerate() {
                if particle.word != "的" || of == 0 {
                    continue;
                }
                // X: the nouns right before 的, no stop word among them.
                let x_start = (of.saturating_sub(MAX_NOUNS)..of).find(|&start| {
                    tokens[start..of]
                        .iter()
                        .all(|t| noun(t) && !resources.stopwords.contains(&t.word))
                });
                // Y: the nouns right after it; a generic word ends them.
                let mut y_end = of + 1;
                while y_end < tokens.len().min(of + 1 + MAX_NOUNS) && noun(&tokens[y_end]) {
                    y_end += 1;
                    if resources.stopwords.contains(&tokens[y_end - 1].word) {
                        break;
                    }
                }
                let Some(x_start) = x_start else { continue };
                if y_end == of + 1 {
                    continue;
                }
                let generic = resources.stopwords.contains(&tokens[y_end - 1].word);
                let phrase: String = tokens[x_start..y_end]
                    .iter()
                    .map(|t| t.word.as_str())
                    .collect();
                let span = Span::new(tokens[x_start].span.start, tokens[y_end - 1].span.end);
                let entry = places.entry(phrase).or_default();
                entry.0.push((sentence, span));
                entry.1 = generic;
            }
        }
        let mut found = Extractions::default();
        for (phrase, (at, generic)) in places {
            let needed = if generic {
                MIN_GENERIC_OCCURRENCES
            } else {
                MIN_OCCURRENCES
            };
            if at.len() < needed {
                continue;
            }
            found
                .mentions
                .extend(super::mentions_at(&phrase, at, &Self::META));
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixture::run;

    #[test]
    fn phrases_of_x_de_y_the_text_repeats() {
        let text = "矛盾的普遍性是根本的。矛盾的普遍性和矛盾的特殊性相联结。\n\
                    矛盾的特殊性决定事物的性质。我们讨论矛盾的普遍性和矛盾的特殊性。\n\
                    文化的作用很大。文化的作用不小。\n";
        let (_, found) = run(text, &[&OfPhrase]);
        let terms: std::collections::BTreeSet<&str> =
            found.mentions.iter().map(|m| m.term.as_str()).collect();
        assert!(terms.contains("矛盾的普遍性"), "{terms:?}");
        assert!(terms.contains("矛盾的特殊性"), "{terms:?}");
        // A generic Y used twice is no term.
        assert!(!terms.contains("文化的作用"), "{terms:?}");
    }
}
