use std::collections::{BTreeMap, BTreeSet};

use crate::document::Span;
use crate::rules::concept::term_shape;
use crate::rules::{Extractions, Phase, Rule, RuleContext, RuleMeta, declare_rule};
use crate::segment::Token;

declare_rule! {
    /// The head that several accepted terms share: Chinese compounds put
    /// their head last, and a head that two terms of the text end in
    /// (治理结构 of 法人治理结构 and 院所治理结构) names the kind both are
    /// of — the nested terms that C-value finds (Frantzi, Ananiadou and
    /// Mima 2000) and that a rule reading whole compounds misses when the
    /// head opens with a verb. The head is the last two words or more of
    /// terms that earlier rules accepted, three Han characters or more,
    /// opening on a word of content and no stop word, that ends two
    /// different terms or more and is used at least twice. A head of one
    /// word is not taken: those the terms of a text share are mostly
    /// generic (社会, 发展, 体系), and the key ones are C009's. Mentions are
    /// its uses where the segmenter cuts it so, inside the longer terms too
    /// (resolution keeps the longer mention there).
    ///
    /// In:  `法人治理结构……院所治理结构……治理结构……` (C010 found the first two)
    /// Out: an `ag:ConceptMention` of <concept/治理结构> at each occurrence,
    ///      `ag:rule` <rule/C014>.
    SharedHead { id: "C014", name: "shared-head", evidence: Structure }
}

const MIN_OCCURRENCES: usize = 2;
/// Terms a head must end.
const MIN_TERMS: usize = 2;
const MIN_CHARS: usize = 3;
const MIN_WORDS: usize = 2;
const MAX_WORDS: usize = 4;

impl Rule for SharedHead {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::ConceptUses
    }

    fn priority(&self) -> u8 {
        6
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let resources = context.resources;
        let accepted: BTreeSet<&str> = context
            .earlier
            .mentions
            .iter()
            .map(|m| m.term.as_str())
            .collect();
        // Each head (its words) and the terms that end in it.
        let mut heads: BTreeMap<Vec<&str>, BTreeSet<&str>> = BTreeMap::new();
        for mention in &context.earlier.mentions {
            let words = super::words_in(&context.tokens[mention.sentence], mention.span);
            for cut in 1..=words.len().saturating_sub(MIN_WORDS) {
                heads
                    .entry(words[cut..].to_vec())
                    .or_default()
                    .insert(mention.term.as_str());
            }
        }
        // Each head's uses, where the segmenter cuts it so.
        let mut places: BTreeMap<Vec<&str>, Vec<(usize, Span)>> = BTreeMap::new();
        for (sentence, tokens) in context.tokens.iter().enumerate() {
            for first in 0..tokens.len() {
                for last in first..tokens.len().min(first + MAX_WORDS) {
                    let words: Vec<&str> = tokens[first..=last]
                        .iter()
                        .map(|t| t.word.as_str())
                        .collect();
                    if !heads.contains_key(&words) {
                        continue;
                    }
                    let span = Span::new(tokens[first].span.start, tokens[last].span.end);
                    places.entry(words).or_default().push((sentence, span));
                }
            }
        }
        let first_tokens: BTreeMap<&str, &Token> = context
            .tokens
            .iter()
            .flatten()
            .map(|t| (t.word.as_str(), t))
            .collect();
        let mut found = Extractions::default();
        for (words, terms) in &heads {
            let term: String = words.concat();
            let at = places.get(words).map_or(&[][..], Vec::as_slice);
            let opening = first_tokens[words[0]];
            // A head opens on a word of content (not 的 of 矛盾的普遍性).
            let content = !matches!(
                opening.tag.chars().next(),
                Some('u' | 'p' | 'c' | 'x' | 'm')
            );
            let shaped = term_shape(&term, resources, MIN_CHARS, 12)
                && content
                && !resources.stopwords.contains(words[0])
                && !accepted.contains(term.as_str());
            if !shaped || at.len() < MIN_OCCURRENCES {
                continue;
            }
            if terms.len() >= MIN_TERMS {
                found
                    .mentions
                    .extend(super::mentions_at(&term, at.iter().copied(), &Self::META));
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::concept::noun_compound::NounCompound;
    use crate::rules::fixture::run;

    #[test]
    fn the_head_two_terms_end_in() {
        let text = "法人治理结构是核心。完善法人治理结构。\n\
                    院所治理结构要改革。院所治理结构的现代化。治理结构决定效率。\n";
        let (_, found) = run(text, &[&NounCompound, &SharedHead]);
        let terms: BTreeSet<(&str, &str)> = found
            .mentions
            .iter()
            .map(|m| (m.term.as_str(), m.rule.id))
            .collect();
        assert!(terms.contains(&("治理结构", "C014")), "{terms:?}");
        // A head of one word is not taken.
        assert!(!terms.iter().any(|(t, _)| *t == "结构"), "{terms:?}");
    }
}
