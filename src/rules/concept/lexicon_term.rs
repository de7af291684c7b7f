use crate::rules::{Extractions, MentionFinding, Phase, Rule, RuleContext, RuleMeta, declare_rule};
use crate::segment::Token;

use std::collections::HashMap;

declare_rule! {
    /// A word of the concept lexicon (a preferred or alternative label), where
    /// the segmenter cuts it as one word.
    ///
    /// The lexicon is `ontology/concepts.ttl` (SKOS), or the `concepts.ttl`
    /// of a `--rules` folder. Its labels are added to the segmenter, so a
    /// match must be a whole token: 人机协作 in 人机协作成为 counts, 劳动过程
    /// inside 劳动过程理论 (a longer lexicon word) does not; nor does a word
    /// that would cut across a phrase the document repeats more often than
    /// the word (资本积累 in 知识资本积累 of a paper on 知识资本).
    ///
    /// In:  `人机协作成为数字资本主义人机关系发展的新趋势。`
    /// Out: two `ag:ConceptMention`s, `ag:concept` <concept/人机协作> and
    ///      <concept/数字资本主义>, each with `nif:beginIndex`/`nif:endIndex`,
    ///      `nif:anchorOf`, `ag:inSentence` and `ag:rule` <rule/C002>.
    LexiconTerm { id: "C002", name: "lexicon-term" }
}

/// Fewest uses of the phrase a lexicon word would split for it to count as
/// the document's own.
const MIN_PHRASE_USES: usize = 3;

/// Whether the word, read here, would cut across a phrase the document uses
/// more often than the word itself: 资本积累 in 知识资本积累, where the text
/// speaks of 知识资本 throughout; 劳动过程 in 创新劳动过程 of a paper on
/// 创新劳动. The phrase is the word before and the start of this word.
fn splits_a_repeated_phrase(uses: &mut Uses, previous: Option<&Token>, word: &str) -> bool {
    let word_before =
        |p: &&Token| p.word.chars().all(crate::chars::is_han) && (p.is_termish() || p.tag == "v");
    let Some(previous) = previous.filter(word_before) else {
        return false;
    };
    let word_uses = uses.of(word);
    word.char_indices().skip(1).any(|(byte, _)| {
        let phrase_uses = uses.of(&format!("{}{}", previous.word, &word[..byte]));
        phrase_uses >= MIN_PHRASE_USES && phrase_uses > word_uses
    })
}

/// How often strings occur in the document, each counted once.
struct Uses<'a> {
    text: &'a str,
    counted: HashMap<String, usize>,
}

impl Uses<'_> {
    fn of(&mut self, string: &str) -> usize {
        if let Some(&count) = self.counted.get(string) {
            return count;
        }
        let count = self.text.matches(string).count();
        self.counted.insert(string.to_string(), count);
        count
    }
}

impl Rule for LexiconTerm {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::ConceptMentions
    }

    fn priority(&self) -> u8 {
        60
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let mut found = Extractions::default();
        let labels: std::collections::HashSet<&str> = context
            .resources
            .lexicon
            .labels()
            .map(|(label, _)| label)
            .collect();
        let mut uses = Uses {
            text: context.document.text.as_str(),
            counted: HashMap::new(),
        };
        for (sentence, tokens) in context.tokens.iter().enumerate() {
            for (at, token) in tokens.iter().enumerate() {
                let previous = at.checked_sub(1).map(|p| &tokens[p]);
                if labels.contains(token.word.as_str())
                    && !splits_a_repeated_phrase(&mut uses, previous, &token.word)
                {
                    found.mentions.push(MentionFinding {
                        span: token.span,
                        sentence,
                        term: token.word.clone(),
                        rule: &Self::META,
                    });
                }
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
    fn whole_lexicon_words_only() {
        let (_, found) = run(
            "人机协作成为数字资本主义人机关系发展的新趋势。劳动过程理论认为如此。\n",
            &[&LexiconTerm],
        );
        assert_eq!(
            terms(&found),
            vec![
                ("人机协作".into(), "C002"),
                ("数字资本主义".into(), "C002"),
                ("人机关系".into(), "C002"),
                ("劳动过程理论".into(), "C002"),
            ]
        );
    }
}
