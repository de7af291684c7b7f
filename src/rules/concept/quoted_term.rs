use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use crate::chars::is_han;
use crate::rules::{Extractions, MentionFinding, Phase, Rule, RuleContext, RuleMeta, declare_rule};

declare_rule! {
    /// A short term in Chinese quotation marks, “去技能化”, that the document
    /// uses more than once (quoted or not).
    ///
    /// The quoted text must be 3–8 Han characters, not a stop word
    /// (`stopwords.txt`), and not open or end like a phrase (的, 了, 是 …:
    /// `quotation_filters.txt`), and end in a noun or its kin, not a verb
    /// (“双向奔赴”); a quotation of a sentence or phrase is not a term. The
    /// mention covers the term without its quotation marks.
    ///
    /// In:  `引发数字资本主义劳动过程的“去技能化”。去技能化由此加速。`
    /// Out: an `ag:ConceptMention` of <concept/去技能化> over `去技能化`
    ///      (inside the quotes), `ag:rule` <rule/C001>.
    QuotedTerm { id: "C001", name: "quoted-term", evidence: Marked }
}

/// Two characters in quotation marks are a word set apart (“决策”, “思考”),
/// not a term; two-character concepts come from the lexicon.
const MIN_CHARS: usize = 3;
const MAX_CHARS: usize = 8;
/// A term quoted once and never used again is taken for a phrase.
const MIN_OCCURRENCES: usize = 2;

static QUOTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new("“([^“”]{1,20})”").expect("quoted-term pattern"));

impl QuotedTerm {
    /// Whether the quoted text has the shape of a term (the occurrence
    /// count is checked apart, once per distinct term).
    fn has_term_shape(term: &str, context: &RuleContext) -> bool {
        let resources = context.resources;
        let chars = term.chars().count();
        (MIN_CHARS..=MAX_CHARS).contains(&chars)
            && term.chars().all(is_han)
            && !resources.stopwords.contains(term)
            && !resources
                .quotation_filters
                .bad_endings
                .iter()
                .any(|e| term.ends_with(e.as_str()))
            && !resources
                .quotation_filters
                .bad_openings
                .iter()
                .any(|o| term.starts_with(o.as_str()))
    }
}

impl Rule for QuotedTerm {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::ConceptMentions
    }

    fn priority(&self) -> u8 {
        70
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let mut found = Extractions::default();
        let document = context.document;
        let mut occurs_enough: HashMap<&str, bool> = HashMap::new();
        for (index, sentence) in document.sentences.iter().enumerate() {
            let text = document.text.slice(sentence.span);
            for captures in QUOTED.captures_iter(text) {
                let term = captures.get(1).expect("group 1");
                if !Self::has_term_shape(term.as_str(), context) {
                    continue;
                }
                let accepted = *occurs_enough.entry(term.as_str()).or_insert_with(|| {
                    document
                        .text
                        .as_str()
                        .matches(term.as_str())
                        .take(MIN_OCCURRENCES)
                        .count()
                        >= MIN_OCCURRENCES
                });
                if !accepted {
                    continue;
                }
                let span = document.text.span_within(sentence.span, term.range());
                // A term is a noun phrase: a quoted span whose last word is
                // a verb (“劳动表现”, “双向奔赴”) is a phrase set apart.
                let last_word = context.tokens[index]
                    .iter()
                    .find(|t| t.span.end == span.end);
                if last_word.is_some_and(|t| !(t.is_termish() || t.is_affix())) {
                    continue;
                }
                found.mentions.push(MentionFinding {
                    span,
                    sentence: index,
                    term: term.as_str().to_string(),
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
    fn quoted_terms_but_not_phrases() {
        let (document, found) = run(
            "引发劳动过程的“去技能化”。去技能化加速。“赛博格”不过如此。\
             “人类历史上首次迎来了新技术”。“质”的变化。“发展的”只出现在“发展的”里。\n",
            &[&QuotedTerm],
        );
        assert_eq!(terms(&found), vec![("去技能化".into(), "C001")]);
        assert_eq!(document.text.slice(found.mentions[0].span), "去技能化");
        assert_eq!(found.mentions[0].sentence, 0);
    }
}
