use std::collections::{BTreeMap, BTreeSet};

use crate::rules::concept::keyness::{overused, word_count};
use crate::rules::concept::noun_compound::compounds;
use crate::rules::concept::term_shape;
use crate::rules::{Extractions, Phase, Rule, RuleContext, RuleMeta, declare_rule};

declare_rule! {
    /// A compound of nouns the document uses once, built on a word the
    /// text is about: a compound by the grammar of C010, of two words or
    /// more, whose head (its last word) is a key word of the document — a
    /// noun or a verb it uses as one, used three times or more and overused
    /// against general prose by C009's measures (eight times the
    /// background's rate, G² ≥ 15.13) — and whose modifiers are nouns (or,
    /// first, an adjective, distinguishing word or locative) of two
    /// characters or more that the text uses again. A text on culture
    /// names 全球文化, 科学文化 once each: kinds of what it is about. Only
    /// salience says so, from a single use: these concepts rank last. A
    /// word met once and mis-tagged by the segmenter (维系/n 人工智能) makes
    /// none.
    ///
    /// In:  a text that uses 文化 on every page and 全球 twice, `全球文化` once
    /// Out: an `ag:ConceptMention` of <concept/全球文化>, `ag:rule` <rule/C017>.
    KeyCompound { id: "C017", name: "key-compound", evidence: Salience }
}

const MIN_USES: usize = 3;

impl Rule for KeyCompound {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::ConceptMentions
    }

    fn priority(&self) -> u8 {
        2
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let resources = context.resources;
        let background = &resources.reference_frequencies;
        let nominal_verbs = super::nominal_verbs(context.tokens);
        let mut uses: BTreeMap<&str, usize> = BTreeMap::new();
        let mut noun_uses: BTreeMap<&str, usize> = BTreeMap::new();
        for token in context.tokens.iter().flatten() {
            *uses.entry(&token.word).or_default() += 1;
            if super::noun_like(token, background, &nominal_verbs)
                && term_shape(&token.word, resources, 2, 8)
            {
                *noun_uses.entry(&token.word).or_default() += 1;
            }
        }
        let words = word_count(context.tokens);
        let key: BTreeSet<&str> = noun_uses
            .into_iter()
            .filter(|&(word, n)| n >= MIN_USES && overused(word, n, words, background))
            .map(|(word, _)| word)
            .collect();
        let mut found = Extractions::default();
        for (term, at) in compounds(context) {
            let [(sentence, span)] = at[..] else {
                continue;
            };
            let parts: Vec<_> = context.tokens[sentence]
                .iter()
                .filter(|t| span.start <= t.span.start && t.span.end <= span.end)
                .collect();
            // Nouns of two characters or more, after a modifier at most: a
            // verb in a compound used once is most often a predicate
            // (数字资本操控, 人工智能带来), a lone character a cut (中|智能机器).
            let nouns = parts.iter().enumerate().all(|(i, t)| {
                t.word.chars().count() >= 2
                    && (super::nominal(t, background)
                        || i == 0 && matches!(t.tag.as_str(), "a" | "b" | "f"))
            });
            // Its modifiers words the text uses again: the kinds of its key
            // word that the text builds (文化 of 科学文化, 全球文化), not a
            // word met once and mis-tagged (维系/n 人工智能).
            let modifiers_recur = parts[..parts.len().saturating_sub(1)]
                .iter()
                .all(|t| uses.get(t.word.as_str()).is_some_and(|&n| n >= 2));
            if parts.len() >= 2
                && nouns
                && modifiers_recur
                && parts.last().is_some_and(|t| key.contains(t.word.as_str()))
            {
                found
                    .mentions
                    .extend(super::mentions_at(&term, at, &Self::META));
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixture::run;

    #[test]
    fn a_compound_used_once_on_a_key_word() {
        let text = "文化是人类的创造。文化塑造认同。文化不断变化。\n\
                    全球文化正在形成。文化交流促进理解。\n\
                    研究方法很重要。全球经济正在形成。\n";
        let (_, found) = run(text, &[&KeyCompound]);
        let terms: BTreeSet<&str> = found.mentions.iter().map(|m| m.term.as_str()).collect();
        assert!(terms.contains("全球文化"), "{terms:?}");
        // Its head (经济) is no key word of the text; 文化交流 heads on 交流.
        assert!(
            !terms.contains("全球经济") && !terms.contains("文化交流"),
            "{terms:?}"
        );
    }
}
