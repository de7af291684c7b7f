use std::collections::BTreeMap;

use crate::document::Span;
use crate::rules::concept::keyness::{overused, word_count};
use crate::rules::concept::nominal;
use crate::rules::concept::{term_shape, used_as_noun};
use crate::rules::{Extractions, Phase, Rule, RuleContext, RuleMeta, declare_rule};

declare_rule! {
    /// A word of the title or of a section heading that the body uses at
    /// least three times and overuses as keyness measures it (C009's
    /// thresholds): what a text is about it names where it says what it is
    /// about, even when the word is an ordinary one. A noun or nominal word
    /// (not a person's or a place's name), or a verb the text uses as a
    /// noun at least half of the time — after 的, a noun or a preposition,
    /// before 的, 是 or a conjunction — as essays use 实践 and 认识, which
    /// jieba tags as verbs; two Han characters or more, no stop word.
    ///
    /// In:  the title `论科学文化` and a body that speaks of 文化 on every page
    /// Out: an `ag:ConceptMention` of <concept/文化> at each occurrence,
    ///      `ag:rule` <rule/C011>.
    HeadingTerm { id: "C011", name: "heading-term", evidence: Salience }
}

const MIN_OCCURRENCES: usize = 3;

/// A word's uses (sentence, span), and how many of them are as a noun.
type Uses = (Vec<(usize, Span)>, usize);

impl Rule for HeadingTerm {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::ConceptMentions
    }

    fn priority(&self) -> u8 {
        7
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let document = context.document;
        let resources = context.resources;
        let mut headings: Vec<String> = document
            .sections
            .iter()
            .map(|section| section.title.clone())
            .collect();
        headings.extend(
            document
                .title_span
                .map(|span| document.text.slice(span).to_string()),
        );
        headings.extend(document.metadata.title.clone());
        // Each word's uses, and how many of them a verb makes as a noun.
        let mut places: BTreeMap<&str, Uses> = BTreeMap::new();
        for (sentence, tokens) in context.tokens.iter().enumerate() {
            // A heading's own sentence does not count as a use.
            let in_heading = document.sections.iter().any(|section| {
                section.title_span.start <= document.sentences[sentence].span.start
                    && document.sentences[sentence].span.end <= section.title_span.end
            });
            if in_heading {
                continue;
            }
            for (index, token) in tokens.iter().enumerate() {
                let verb = token.tag == "v";
                if (verb || nominal(token, &resources.reference_frequencies))
                    && term_shape(&token.word, resources, 2, 8)
                    && headings
                        .iter()
                        .any(|heading| heading.contains(token.word.as_str()))
                {
                    let (uses, as_noun) = places.entry(&token.word).or_default();
                    uses.push((sentence, token.span));
                    *as_noun += usize::from(!verb || used_as_noun(tokens, index));
                }
            }
        }
        let words = word_count(context.tokens);
        let mut found = Extractions::default();
        for (word, (at, as_noun)) in places {
            if at.len() < MIN_OCCURRENCES
                || 2 * as_noun < at.len()
                || !overused(word, at.len(), words, &resources.reference_frequencies)
            {
                continue;
            }
            found
                .mentions
                .extend(super::mentions_at(word, at, &Self::META));
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixture::run;

    #[test]
    fn words_of_the_headings_the_body_keeps_using() {
        let text = "一、实践与真理\n实践是认识的基础。实践检验真理。人的实践推动历史。\n\
                    二、认识的发展\n认识来源于实践。社会在发展。社会在变化。社会很大。\n";
        let (_, found) = run(text, &[&HeadingTerm]);
        let terms: std::collections::BTreeSet<&str> =
            found.mentions.iter().map(|m| m.term.as_str()).collect();
        assert!(terms.contains("实践"), "{terms:?}");
        // 认识 is in a heading but the body uses it twice; 社会 is in none.
        assert!(
            !terms.contains("认识") && !terms.contains("社会"),
            "{terms:?}"
        );
    }
}
