use std::sync::LazyLock;

use regex::Regex;

use crate::document::Span;
use crate::rules::concept::{term_before, term_shape};
use crate::rules::{
    Extractions, GlossFinding, MentionFinding, Phase, Rule, RuleContext, RuleMeta, declare_rule,
};

declare_rule! {
    /// A term followed by its English gloss in parentheses:
    /// `“协同智能”(co-intelligence)`, `自动化偏见(automation bias)`. The
    /// gloss marks a term even when it occurs once; it becomes the concept's
    /// English label unless the lexicon has one.
    ///
    /// A quoted term is taken whole (2–10 Han characters); an unquoted one is
    /// the longest run of whole words (3–8 characters) before the
    /// parenthesis, not a person's name (彼得森(Peterson)), and used again in
    /// the document (朴素民众(folk people), once, is a word explained in
    /// passing). The gloss must be
    /// words in Latin letters with a lower-case letter (acronyms such as
    /// `(RAG)` are not glosses), at most six words.
    ///
    /// In:  `走向“协同智能”(co-intelligence)。`
    /// Out: an `ag:ConceptMention` of <concept/协同智能>, `ag:rule`
    ///      <rule/C004>; <concept/协同智能> `skos:prefLabel
    ///      "co-intelligence"@en`.
    GlossedTerm { id: "C004", name: "glossed-term", evidence: Marked }
}

static GLOSSED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:“(?P<quoted>[^“”]{1,12})”|(?P<bare>\p{Han}))\s*[（(]\s*(?P<english>[A-Za-z][A-Za-z\- ]{1,60}?)\s*[)）]")
        .expect("glossed-term pattern")
});
const MAX_GLOSS_WORDS: usize = 6;

impl Rule for GlossedTerm {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::ConceptMentions
    }

    fn priority(&self) -> u8 {
        50
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let mut found = Extractions::default();
        let document = context.document;
        let resources = context.resources;
        for (index, sentence) in document.sentences.iter().enumerate() {
            let text = document.text.slice(sentence.span);
            for captures in GLOSSED.captures_iter(text) {
                let english = captures["english"].trim();
                if !english.chars().any(|c| c.is_ascii_lowercase())
                    || english.split_whitespace().count() > MAX_GLOSS_WORDS
                {
                    continue;
                }
                let offset = |byte: usize| document.text.offset_within(sentence.span, byte);
                let (start, term) = if let Some(quoted) = captures.name("quoted") {
                    if !term_shape(quoted.as_str(), resources, 2, 10) {
                        continue;
                    }
                    (offset(quoted.start()), quoted.as_str().to_string())
                } else {
                    let end = offset(captures.name("bare").expect("bare").end());
                    let tokens = &context.tokens[index];
                    // A name with its original spelling, 彼得森(Peterson), is no term.
                    let name = tokens
                        .iter()
                        .find(|t| t.span.end == end)
                        .is_some_and(|t| t.tag.starts_with("nr"));
                    match term_before(tokens, end, resources, 3, 8) {
                        // An unquoted phrase glossed once (朴素民众(folk
                        // people)) is a word explained in passing.
                        Some((start, term))
                            if !name
                                && document.text.as_str().matches(term.as_str()).count() > 1 =>
                        {
                            (start, term)
                        }
                        _ => continue,
                    }
                };
                found.mentions.push(MentionFinding {
                    span: Span::new(start, start + term.chars().count()),
                    sentence: index,
                    term: term.clone(),
                    rule: &Self::META,
                });
                found.glosses.push(GlossFinding {
                    term,
                    english: english.to_string(),
                    sentence: index,
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
    fn quoted_and_unquoted_terms_with_their_glosses() {
        let (_, found) = run(
            "走向“协同智能”(co-intelligence)。产生自动化偏见(automation bias)相关问题。\
             检索增强生成(RAG)。“一键”(push the button)。自动化偏见难免。朴素民众(folk people)。\n",
            &[&GlossedTerm],
        );
        assert_eq!(
            terms(&found),
            vec![
                ("协同智能".into(), "C004"),
                ("自动化偏见".into(), "C004"),
                ("一键".into(), "C004")
            ]
        );
        let glosses: Vec<(&str, &str)> = found
            .glosses
            .iter()
            .map(|g| (g.term.as_str(), g.english.as_str()))
            .collect();
        assert_eq!(glosses[1], ("自动化偏见", "automation bias"));
    }
}
