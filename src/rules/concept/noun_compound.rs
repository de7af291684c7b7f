use std::collections::{BTreeMap, HashSet};

use crate::document::Span;
use crate::resources::ReferenceFrequencies;
use crate::rules::{Extractions, Phase, Rule, RuleContext, RuleMeta, declare_rule};
use crate::segment::Token;

declare_rule! {
    /// A compound of nouns that the document uses again: the way Chinese
    /// builds most of its terms (科学 + 文化 → 科学文化, 世界 + 科技 + 强国 →
    /// 世界科技强国), found as term extraction finds them (Justeson and
    /// Katz's noun-phrase patterns, Frantzi's C-value): every run of one to
    /// four adjacent words of two characters or more, of 4–12 Han
    /// characters, that occurs at least twice. Its words are nouns and their
    /// kin, the verbs the text uses as nouns (治理体系), and any other verb
    /// after a noun that opens the compound, before a noun (社会认同理论) or,
    /// last, before no object (社会认同的; not 显著提升, 国务院颁布《纲要》);
    /// the first may be an adjective, distinguishing word or locative
    /// (大众文化, 新型智库, 内部治理), or a place before two words more
    /// (中国特色新型智库), or a modifier of one character (小群体: then three
    /// characters, three times). A stop word may only end a compound of
    /// several words (思维方式), never open one; a lexicon term may open or
    /// end one (社会主义核心价值观, 通用智能体) but not stand inside it, nor
    /// beside another (数字资本主义劳动过程 is two terms), and what follows a
    /// lexicon term is no compound (大模型生产时代 gives no 生产时代). A
    /// compound met only inside a longer one goes with it (resolution keeps
    /// the longer mention, and a term of stronger evidence inside it).
    ///
    /// In:  `科学文化是科学共同体的文化。培育科学文化……`
    /// Out: an `ag:ConceptMention` of <concept/科学文化> at each occurrence,
    ///      `ag:rule` <rule/C010>.
    NounCompound { id: "C010", name: "noun-compound", evidence: Structure }
}

/// Words of a compound of shorter words; one word of `MIN_CHARS` or more
/// is one by itself.
const MIN_WORDS: usize = 2;
const MAX_WORDS: usize = 4;
const MIN_CHARS: usize = 4;
const MAX_CHARS: usize = 12;
const MIN_OCCURRENCES: usize = 2;

/// What a compound reads its words by: the background, and the verbs the
/// document uses as nouns.
struct Reading<'a> {
    background: &'a ReferenceFrequencies,
    nominal_verbs: HashSet<&'a str>,
    lexicon: HashSet<&'a str>,
}

impl Reading<'_> {
    /// Whether a word may stand in a compound, first or further on: nouns
    /// and their kin anywhere, and the verbs the document uses as nouns
    /// (治理 + 体系); a verb after a noun that opens the compound; an
    /// adjective, distinguishing word, locative or place only first
    /// (大众文化, 新型智库, 内部治理, 中国特色), and an adjective,
    /// distinguishing word or locative of a single character too (小 + 群体).
    fn part(&self, token: &Token, first: bool, after_noun: bool) -> bool {
        let tag = token.tag.as_str();
        let chars = token.word.chars().count();
        let modifier = first && (matches!(tag, "a" | "b" | "f") || tag.starts_with("ns"));
        let nominal = super::noun_like(token, self.background, &self.nominal_verbs);
        // A verb after a noun heads it or goes on with it (社会 + 认同 +
        // 整合), not after an adjective (显著 + 提升 is a predicate).
        let verb = !first && after_noun && tag == "v";
        token.word.chars().all(crate::chars::is_han)
            && (chars >= 2 && (nominal || modifier || verb)
                || chars == 1 && first && matches!(tag, "a" | "b" | "f"))
    }
}

/// Whether what follows a verb lets it end a noun phrase: nothing, a mark,
/// 的, a conjunction, 是 or a locative (社会认同的, 社会认同和, 社会认同中).
fn ends_phrase(next: Option<&Token>) -> bool {
    next.is_none_or(|t| {
        !t.word.chars().any(|c| c.is_alphanumeric())
            || matches!(t.tag.as_str(), "uj" | "c" | "f")
            || t.word == "是"
    })
}

/// Every compound of the document by the grammar of [`NounCompound`], with
/// the places it occurs at (sentence, span), however often it occurs.
pub(crate) fn compounds(context: &RuleContext) -> BTreeMap<String, Vec<(usize, Span)>> {
    let stopwords = &context.resources.stopwords;
    let background = &context.resources.reference_frequencies;
    let reading = Reading {
        background,
        nominal_verbs: super::nominal_verbs(context.tokens),
        lexicon: context
            .resources
            .lexicon
            .labels()
            .map(|(label, _)| label)
            .collect(),
    };
    let mut places: BTreeMap<String, Vec<(usize, Span)>> = BTreeMap::new();
    for (sentence, tokens) in context.tokens.iter().enumerate() {
        for first in 0..tokens.len() {
            // Not the rest of a phrase a lexicon term opens (大模型 +
            // 生产时代): a fragment, not a compound.
            let after_term = first > 0
                && tokens[first - 1].span.end == tokens[first].span.start
                && reading.lexicon.contains(tokens[first - 1].word.as_str());
            if after_term {
                continue;
            }
            let after_noun = super::nominal(&tokens[first], background);
            let mut chars = 0;
            for last in first..tokens.len().min(first + MAX_WORDS) {
                let token = &tokens[last];
                let adjacent = last == first || tokens[last - 1].span.end == token.span.start;
                // A generic word may head a compound (思维 + 方式), not
                // open one or stand inside it.
                let generic = stopwords.contains(&token.word);
                if !adjacent || !reading.part(token, last == first, after_noun) {
                    break;
                }
                // A lexicon term may head a compound (通用 + 智能体) or
                // open one (社会主义 + 核心 + 价值观), not stand inside
                // one: two lexicon terms side by side are two terms
                // (数字资本主义 + 劳动过程).
                let known = reading.lexicon.contains(token.word.as_str());
                let after_known =
                    last > first && reading.lexicon.contains(tokens[last - 1].word.as_str());
                if known && after_known {
                    break;
                }
                // A verb ends a compound only where no object follows
                // it (社会认同的…, not 国务院颁布《纲要》, 入学率达到90%); a
                // noun after it goes on with it (社会认同理论).
                let verb = token.tag == "v" && !reading.nominal_verbs.contains(token.word.as_str());
                let verb_ends = !verb || ends_phrase(tokens.get(last + 1));
                let head_only = generic || known && last > first;
                chars += token.word.chars().count();
                if chars > MAX_CHARS {
                    break;
                }
                // One word of four characters or more is a compound the
                // segmenter knows (价值体系, 应试教育).
                let words = last + 1 - first;
                let alone = !generic && super::nominal(token, background);
                // A compound opened by one character (内群体) is short:
                // it must recur more.
                let short = tokens[first].word.chars().count() == 1;
                // A place opens a compound of three words or more
                // (中国特色新型智库), not of two (中国文化: a place's culture).
                let place = tokens[first].tag.starts_with("ns")
                    && tokens[first].word.chars().count() < 4
                    && words < 3;
                if (words >= MIN_WORDS || alone)
                    && chars >= MIN_CHARS - usize::from(short)
                    && !place
                    && verb_ends
                {
                    let term: String = tokens[first..=last]
                        .iter()
                        .map(|t| t.word.as_str())
                        .collect();
                    let span = Span::new(tokens[first].span.start, token.span.end);
                    places.entry(term).or_default().push((sentence, span));
                }
                if head_only {
                    break;
                }
            }
        }
    }
    places
}

impl Rule for NounCompound {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::ConceptMentions
    }

    fn priority(&self) -> u8 {
        8
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let mut found = Extractions::default();
        for (term, at) in compounds(context) {
            let short = term.chars().count() < MIN_CHARS;
            if at.len() < MIN_OCCURRENCES + usize::from(short) {
                continue;
            }
            found
                .mentions
                .extend(super::mentions_at(&term, at, &Self::META));
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixture::run;

    #[test]
    fn compounds_of_nouns_used_again() {
        let text = "科学文化是科学共同体的文化。我们要培育科学文化。\n\
                    科学共同体有其规范。这是一个研究方法，那是另一个研究方法。\n";
        let (_, found) = run(text, &[&NounCompound]);
        let terms: std::collections::BTreeSet<&str> =
            found.mentions.iter().map(|m| m.term.as_str()).collect();
        assert!(terms.contains("科学文化"), "{terms:?}");
        assert!(terms.contains("科学共同体"), "{terms:?}");
        // Stop words (研究, 方法) make no compound.
        assert!(!terms.contains("研究方法"), "{terms:?}");
    }
}
