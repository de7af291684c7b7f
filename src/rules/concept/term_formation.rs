use std::collections::{BTreeMap, BTreeSet, HashSet};

use crate::document::Span;
use crate::rules::concept::term_shape;
use crate::rules::{Extractions, MentionFinding, Phase, Rule, RuleContext, RuleMeta, declare_rule};

declare_rule! {
    /// A term formed the way Chinese academic prose forms them — …化, 去…化,
    /// 再…化, …主义, …性, 数字…, 人机…, …劳动, …资本 and the other shapes of
    /// `term_patterns.tsv` — from one to three whole words, 3–8 Han
    /// characters, that recurs: at least three times, in at least two
    /// paragraphs. The words are nouns and their kin (进入大模型, 的智能机器
    /// are no terms), save an opening 去 or 再 and a closing one-character
    /// suffix (化, 性); an occurrence that modifies the noun after it
    /// (国际经济|部门) is part of a compound, not the term.
    ///
    /// A word of the lexicon may end a term (通用 + 智能体) but not be
    /// followed by more (数字资本主义人机 is no term), stop words are never
    /// part of one, and a shape met only inside a longer accepted one is
    /// left to it.
    ///
    /// In:  three paragraphs that each speak of `平台骑手`
    /// Out: an `ag:ConceptMention` of <concept/平台骑手> at each
    ///      occurrence, `ag:rule` <rule/C005>.
    TermFormation { id: "C005", name: "term-formation" }
}

const MIN_CHARS: usize = 3;
const MAX_CHARS: usize = 8;
const MAX_WORDS: usize = 3;
const MIN_OCCURRENCES: usize = 3;
const MIN_PARAGRAPHS: usize = 2;

/// Whether the run ending at token `last` modifies the noun right after it
/// (国际经济|部门, 数字化|档案): part of a longer compound, not a term there.
fn is_modifier(tokens: &[crate::segment::Token], last: usize) -> bool {
    tokens.get(last + 1).is_some_and(|next| {
        next.word.chars().count() >= 2 && next.tag.starts_with('n') && next.tag != "nz"
    })
}

impl Rule for TermFormation {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::ConceptMentions
    }

    fn priority(&self) -> u8 {
        40
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let mut found = Extractions::default();
        let resources = context.resources;
        let lexicon: HashSet<&str> = resources.lexicon.labels().map(|(label, _)| label).collect();
        // Every occurrence of every candidate: (sentence, span).
        let mut occurrences: BTreeMap<String, Vec<(usize, Span)>> = BTreeMap::new();
        for (sentence, tokens) in context.tokens.iter().enumerate() {
            for first in 0..tokens.len() {
                for last in first..tokens.len().min(first + MAX_WORDS) {
                    let words = &tokens[first..=last];
                    let word = &words[words.len() - 1];
                    let before = &words[..words.len() - 1];
                    // A lexicon word may head a longer term (通用 + 智能体),
                    // never stand before another word (数字资本主义 + 人机).
                    let glued = before.iter().any(|t| lexicon.contains(t.word.as_str()));
                    // Nouns and their kin (no verb, preposition or particle:
                    // 使工人, 的智能机器); 去 and 再 may open 去…化 and 再…化,
                    // a one-character suffix (化, 性) may close a term.
                    let opener = words.len() == 1 && matches!(word.word.as_str(), "去" | "再");
                    let suffix = words.len() > 1 && word.is_affix();
                    if glued
                        || resources.stopwords.contains(&word.word)
                        || !(word.is_termish() || opener || suffix)
                    {
                        break;
                    }
                    let term: String = words.iter().map(|t| t.word.as_str()).collect();
                    if term.chars().count() > MAX_CHARS {
                        break;
                    }
                    let shaped = !lexicon.contains(term.as_str())
                        && term_shape(&term, resources, MIN_CHARS, MAX_CHARS)
                        && resources
                            .term_shapes
                            .matches(&words.iter().map(|t| t.word.as_str()).collect::<Vec<_>>());
                    if shaped && !is_modifier(tokens, last) {
                        let span = Span::new(words[0].span.start, word.span.end);
                        occurrences.entry(term).or_default().push((sentence, span));
                    }
                    if suffix && !word.is_termish() {
                        break;
                    }
                }
            }
        }
        let sentences = &context.document.sentences;
        let accepted: BTreeMap<&String, &Vec<(usize, Span)>> = occurrences
            .iter()
            .filter(|(_, places)| {
                let paragraphs: BTreeSet<usize> = places
                    .iter()
                    .map(|(s, _)| sentences[*s].paragraph)
                    .collect();
                places.len() >= MIN_OCCURRENCES && paragraphs.len() >= MIN_PARAGRAPHS
            })
            .collect();
        // A term met only inside a longer accepted term is left to it.
        let longer_spans: Vec<Span> = accepted
            .values()
            .flat_map(|p| p.iter().map(|(_, s)| *s))
            .collect();
        for (term, places) in &accepted {
            let free = places.iter().filter(|(_, span)| {
                !longer_spans
                    .iter()
                    .any(|other| other.contains(*span) && other.len() > span.len())
            });
            if free.clone().count() == 0 {
                continue;
            }
            for (sentence, span) in free {
                found.mentions.push(MentionFinding {
                    span: *span,
                    sentence: *sentence,
                    term: (*term).clone(),
                    rule: &Self::META,
                });
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixture::{run, terms};

    #[test]
    fn recurring_terms_of_a_known_shape() {
        let (_, found) = run(
            "平台骑手出现了。数字工厂也出现了。\n\
             平台骑手可以行动。\n\
             平台骑手改变协作。数字工厂帮助工作。在不同文化中，不同文化和不同文化。\n",
            &[&TermFormation],
        );
        let found_terms: BTreeSet<String> = terms(&found).into_iter().map(|(t, _)| t).collect();
        assert!(found_terms.contains("平台骑手"), "{found_terms:?}");
        // Twice only: not a term yet.
        assert!(!found_terms.contains("数字工厂"), "{found_terms:?}");
        // 文化 merely ends in 化.
        assert!(!found_terms.contains("不同文化"), "{found_terms:?}");
        assert_eq!(
            terms(&found)
                .iter()
                .filter(|(t, _)| t == "平台骑手")
                .count(),
            3
        );
    }
}
