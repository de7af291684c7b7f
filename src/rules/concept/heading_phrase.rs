use std::collections::BTreeSet;

use crate::chars::is_han;
use crate::document::Span;
use crate::rules::concept::{COMMON_WORD, nominal_verbs, noun_like, term_shape};
use crate::rules::{Extractions, Phase, Rule, RuleContext, RuleMeta, declare_rule};
use crate::segment::Token;

declare_rule! {
    /// A noun phrase of the title or of a section heading that the body
    /// uses again: a heading names what its section is about
    /// (`2.1.2阶层分化与职业差异`, `1.3文化认同的个体发展观`). The heading is
    /// cut at its particles, conjunctions, prepositions, pronouns, numbers
    /// and marks (的, 与, 和, 、, ：); of each piece, the verbs and adverbs
    /// it opens with go (促进, 进一步), and so does what follows its last
    /// noun or verb used as a noun. A phrase of two
    /// words or more, or one word the background seldom uses (行政化), of
    /// 3–12 Han characters, opening on no stop word, that the body uses at
    /// least once where the segmenter cuts it so, is a term, mentioned at
    /// each use (a heading is no sentence, so holds no mention).
    ///
    /// In:  `2.1.3地区差异` and a body that speaks of 地区差异 again
    /// Out: an `ag:ConceptMention` of <concept/地区差异> at each use in the
    ///      body, `ag:rule` <rule/C016>.
    HeadingPhrase { id: "C016", name: "heading-phrase", evidence: Structure }
}

const MIN_CHARS: usize = 3;
const MAX_CHARS: usize = 12;

/// The noun phrases of a heading's words, as runs of token indexes.
fn phrases(tokens: &[Token], head: &dyn Fn(&Token) -> bool) -> Vec<(usize, usize)> {
    let closed = |t: &Token| {
        matches!(
            t.tag.chars().next(),
            Some('u' | 'p' | 'c' | 'r' | 'm' | 'q' | 'e' | 'o' | 'y' | 'x' | 'z')
        ) || !t.word.chars().all(is_han)
    };
    let mut found = Vec::new();
    let mut start = 0;
    while start < tokens.len() {
        let end = (start..tokens.len())
            .find(|&i| {
                closed(&tokens[i]) || i > start && tokens[i - 1].span.end != tokens[i].span.start
            })
            .unwrap_or(tokens.len());
        // The piece's first word that is no verb or adverb (促进, 进一步)
        // and its last head.
        let first = (start..end).find(|&i| {
            let tag = tokens[i].tag.as_str();
            !(tag == "v" || tag == "d" || tag == "ad") || head(&tokens[i])
        });
        let last = (start..end).rev().find(|&i| head(&tokens[i]));
        if let (Some(first), Some(last)) = (first, last)
            && first <= last
        {
            found.push((first, last));
        }
        start = end.max(start + 1);
    }
    found
}

impl Rule for HeadingPhrase {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::ConceptMentions
    }

    fn priority(&self) -> u8 {
        3
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let resources = context.resources;
        let background = &resources.reference_frequencies;
        let nominal_verbs = nominal_verbs(context.tokens);
        let head = |t: &Token| noun_like(t, background, &nominal_verbs);
        // The phrases of the headings.
        let mut terms: BTreeSet<String> = BTreeSet::new();
        for tokens in context.heading_tokens {
            for (first, last) in phrases(tokens, &head) {
                let term: String = tokens[first..=last]
                    .iter()
                    .map(|t| t.word.as_str())
                    .collect();
                let one_rare_word = first == last && background.count(&term) < COMMON_WORD;
                if (first < last || one_rare_word)
                    && term_shape(&term, resources, MIN_CHARS, MAX_CHARS)
                    && !resources.stopwords.contains(&tokens[first].word)
                {
                    terms.insert(term);
                }
            }
        }
        let mut found = Extractions::default();
        for term in terms {
            let at = uses(context, &term);
            found
                .mentions
                .extend(super::mentions_at(&term, at, &Self::META));
        }
        found
    }
}

/// The uses of `term` in the sentences, where the segmenter cuts it at
/// both ends.
fn uses(context: &RuleContext, term: &str) -> Vec<(usize, Span)> {
    let document = context.document;
    let mut uses = Vec::new();
    for (index, sentence) in document.sentences.iter().enumerate() {
        let tokens = &context.tokens[index];
        let text = document.text.slice(sentence.span);
        for (byte, _) in text.match_indices(term) {
            let span = document
                .text
                .span_within(sentence.span, byte..byte + term.len());
            let starts = tokens.iter().any(|t| t.span.start == span.start);
            let ends = tokens.iter().any(|t| t.span.end == span.end);
            if starts && ends {
                uses.push((index, span));
            }
        }
    }
    uses
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixture::run;

    #[test]
    fn noun_phrases_of_the_headings_the_body_uses() {
        let text = "一、阶层分化与职业差异\n阶层分化加剧了。职业差异很大。\n\
                    二、促进教育公平\n这是一个问题。\n";
        let (_, found) = run(text, &[&HeadingPhrase]);
        let terms: BTreeSet<&str> = found.mentions.iter().map(|m| m.term.as_str()).collect();
        assert!(
            terms.contains("阶层分化") && terms.contains("职业差异"),
            "{terms:?}"
        );
        // 教育公平 is not used in the body.
        assert!(!terms.contains("教育公平"), "{terms:?}");
    }
}
