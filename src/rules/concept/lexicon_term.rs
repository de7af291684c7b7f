use crate::rules::{Extractions, MentionFinding, Rule, RuleContext, RuleMeta, declare_rule};

declare_rule! {
    /// A word of the concept lexicon (a preferred or alternative label), where
    /// the segmenter cuts it as one word.
    ///
    /// The lexicon is `ontology/concepts.ttl` (SKOS), or the `concepts.ttl`
    /// of a `--rules` folder. Its labels are added to the segmenter, so a
    /// match must be a whole token: 人机协作 in 人机协作成为 counts, 劳动过程
    /// inside 劳动过程理论 (a longer lexicon word) does not.
    ///
    /// In:  `人机协作成为数字资本主义人机关系发展的新趋势。`
    /// Out: two `ag:ConceptMention`s, `ag:concept` <concept/人机协作> and
    ///      <concept/数字资本主义>, each with `nif:beginIndex`/`nif:endIndex`,
    ///      `nif:anchorOf`, `ag:inSentence` and `ag:rule` <rule/C002>.
    LexiconTerm { id: "C002", name: "lexicon-term" }
}

impl Rule for LexiconTerm {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn apply(&self, context: &RuleContext, found: &mut Extractions) {
        let labels: std::collections::HashSet<&str> = context
            .resources
            .lexicon
            .labels()
            .map(|(label, _)| label)
            .collect();
        for (sentence, tokens) in context.tokens.iter().enumerate() {
            for token in tokens {
                if labels.contains(token.word.as_str()) {
                    found.mentions.push(MentionFinding {
                        span: token.span,
                        sentence,
                        term: token.word.clone(),
                        rule: &Self::META,
                    });
                }
            }
        }
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
