use std::collections::{BTreeMap, BTreeSet};

use crate::chars::is_han;
use crate::document::Span;
use crate::resources::ReferenceFrequencies;
use crate::rules::concept::{COMMON_WORD, nominal_verbs, noun_like, term_shape};
use crate::rules::{Extractions, Phase, Rule, RuleContext, RuleMeta, declare_rule};
use crate::segment::Token;

declare_rule! {
    /// A phrase the text repeats as a unit, whatever the segmenter tags its
    /// words: a run of two to four adjacent words (3–10 Han characters) of
    /// content — no particle, preposition, conjunction, pronoun, numeral,
    /// measure word, adverb, interjection or person's name, a locative or a
    /// place only first (a place before two words more), no stop word
    /// first, a verb only where the text uses it as a noun and not first, a
    /// noun last (or such a verb) — used at least twice, whose neighbours vary on both
    /// sides: its accessor variety (Feng et al. 2004), the number of
    /// different words before and after its uses, a sentence's edge or a
    /// mark counting anew each time, is two or more on each side. A phrase
    /// always met in one longer one (驱动发展战略 in 创新驱动发展战略) has
    /// one neighbour and is no unit; the longer one is. This is how the
    /// terms jieba mis-tags are found (毛/nr 入学率, 九年/t 义务教育,
    /// 现代/t 教育/vn 体系/n), at the lowest rank of evidence.
    ///
    /// In:  `毛入学率达到90%。……高等教育毛入学率为40%。`
    /// Out: an `ag:ConceptMention` of <concept/毛入学率> at each occurrence,
    ///      `ag:rule` <rule/C015>.
    RepeatedPhrase { id: "C015", name: "repeated-phrase", evidence: Salience }
}

const MIN_OCCURRENCES: usize = 2;
const MIN_WORDS: usize = 2;
const MAX_WORDS: usize = 4;
const MIN_CHARS: usize = 3;
const MAX_CHARS: usize = 10;
const MIN_VARIETY: usize = 2;

/// Whether a word may stand in a phrase: Han characters, not of a closed
/// class, no person's name (one character jieba tags as a name, 毛 of
/// 毛入学率, and common words it tags so may stand), and a locative only
/// first (内部治理, not 传播中).
fn content(token: &Token, first: bool, background: &ReferenceFrequencies) -> bool {
    let tag = token.tag.as_str();
    let closed = matches!(
        tag.chars().next(),
        Some('u' | 'p' | 'c' | 'r' | 'm' | 'q' | 'd' | 'e' | 'o' | 'y' | 'x' | 'z')
    );
    // One character is no name, whatever its tag: 毛 of 毛入学率.
    let person = tag.starts_with("nr")
        && token.word.chars().count() > 1
        && background.count(&token.word) < COMMON_WORD;
    let locative = tag == "f" && !first;
    !closed && !person && !locative && token.word.chars().all(is_han)
}

/// A neighbour of a use: the word, or a unique edge.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
enum Neighbour<'a> {
    Word(&'a str),
    Edge(usize),
}

/// The neighbour of a use at `index`: its word, or an edge counted anew.
fn neighbour<'a>(tokens: &'a [Token], index: Option<usize>, edges: &mut usize) -> Neighbour<'a> {
    match index
        .and_then(|i| tokens.get(i))
        .filter(|t| t.word.chars().any(is_han))
    {
        Some(t) => Neighbour::Word(t.word.as_str()),
        None => {
            *edges += 1;
            Neighbour::Edge(*edges)
        }
    }
}

#[derive(Default)]
struct Uses<'a> {
    at: Vec<(usize, Span)>,
    before: BTreeSet<Neighbour<'a>>,
    after: BTreeSet<Neighbour<'a>>,
}

impl Rule for RepeatedPhrase {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::ConceptMentions
    }

    fn priority(&self) -> u8 {
        9
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let resources = context.resources;
        let background = &resources.reference_frequencies;
        let nominal_verbs = nominal_verbs(context.tokens);
        // A phrase ends on a noun, a nominal word or a verb the text uses as
        // a noun (文化认同), not on a predicate (文化认同具有, 文化是).
        let head = |t: &Token| noun_like(t, background, &nominal_verbs);
        // A verb stands in a phrase only as a noun (双文化认同整合), never
        // as its predicate (科学文化是小众文化).
        let verbal = |t: &Token| t.tag.starts_with('v') && !head(t) && t.tag != "vn";
        let mut phrases: BTreeMap<String, Uses> = BTreeMap::new();
        let mut edges = 0;
        let document = context.document;
        for (sentence, tokens) in context.tokens.iter().enumerate() {
            // Not the notes: their journals and publishers repeat too.
            let span = document.sentences[sentence].span;
            let in_note = document
                .notes
                .iter()
                .any(|n| n.span.start <= span.start && span.end <= n.span.end);
            if in_note {
                continue;
            }
            for first in 0..tokens.len() {
                let opening = &tokens[first];
                if !content(opening, true, background)
                    || opening.tag.starts_with('v')
                    || resources.stopwords.contains(&opening.word)
                {
                    continue;
                }
                let mut chars = 0;
                for last in first..tokens.len().min(first + MAX_WORDS) {
                    let token = &tokens[last];
                    let adjacent = last == first || tokens[last - 1].span.end == token.span.start;
                    chars += token.word.chars().count();
                    if !adjacent
                        || !content(token, last == first, background)
                        || verbal(token)
                        || chars > MAX_CHARS
                    {
                        break;
                    }
                    let words = last + 1 - first;
                    // A place opens a phrase of three words or more
                    // (中国特色新型智库), not of two (中国社会: a place's society).
                    let place = opening.tag.starts_with("ns") && words < 3;
                    if words < MIN_WORDS || chars < MIN_CHARS || place || !head(token) {
                        continue;
                    }
                    let phrase: String = tokens[first..=last]
                        .iter()
                        .map(|t| t.word.as_str())
                        .collect();
                    let before = neighbour(tokens, first.checked_sub(1), &mut edges);
                    let after = neighbour(tokens, Some(last + 1), &mut edges);
                    let uses = phrases.entry(phrase).or_default();
                    uses.at.push((
                        sentence,
                        Span::new(tokens[first].span.start, token.span.end),
                    ));
                    uses.before.insert(before);
                    uses.after.insert(after);
                }
            }
        }
        let mut found = Extractions::default();
        for (phrase, uses) in &phrases {
            if uses.at.len() >= MIN_OCCURRENCES
                && uses.before.len() >= MIN_VARIETY
                && uses.after.len() >= MIN_VARIETY
                && term_shape(phrase, resources, MIN_CHARS, MAX_CHARS)
            {
                found.mentions.extend(super::mentions_at(
                    phrase,
                    uses.at.iter().copied(),
                    &Self::META,
                ));
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
    fn phrases_repeated_among_varied_neighbours() {
        let text = "毛入学率达到九成。高等教育毛入学率为四成。完善现代教育体系。\n\
                    建设现代教育体系的任务。\n\
                    实施创新驱动发展战略。落实创新驱动发展战略。\n";
        let (_, found) = run(text, &[&RepeatedPhrase]);
        let terms: BTreeSet<&str> = found.mentions.iter().map(|m| m.term.as_str()).collect();
        assert!(
            terms.contains("毛入学率") && terms.contains("现代教育体系"),
            "{terms:?}"
        );
        // Always after 创新: a fragment of the longer phrase.
        assert!(!terms.contains("驱动发展战略"), "{terms:?}");
    }
}
