use crate::rules::concept::term_shape;
use crate::rules::{Extractions, MentionFinding, Phase, Rule, RuleContext, RuleMeta, declare_rule};

declare_rule! {
    /// A word that both keyword scores of the segmenter (jieba-rs TF-IDF and
    /// TextRank, nouns only) rank among the document's top 30, that has at
    /// least three Han characters, is neither a stop word nor a lexicon word,
    /// and occurs at least three times: a candidate the other rules missed.
    ///
    /// In:  an article that keeps returning to 程序员
    /// Out: an `ag:ConceptMention` of <concept/程序员> at each
    ///      occurrence, `ag:rule` <rule/C008>.
    KeywordScore { id: "C008", name: "keyword-score" }
}

const MAX_RANK: usize = 30;
const MIN_CHARS: usize = 3;
const MIN_OCCURRENCES: usize = 3;

impl Rule for KeywordScore {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::ConceptMentions
    }

    fn priority(&self) -> u8 {
        10
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let mut found = Extractions::default();
        // Lexicon words are the lexicon rule's.
        let lexicon: std::collections::HashSet<&str> = context
            .resources
            .lexicon
            .labels()
            .map(|(label, _)| label)
            .collect();
        for (word, _) in &context.keywords.tfidf {
            let Some((tfidf, textrank)) = context.keywords.ranks(word) else {
                continue;
            };
            if lexicon.contains(word.as_str())
                || tfidf >= MAX_RANK
                || textrank >= MAX_RANK
                || !term_shape(word, context.resources, MIN_CHARS, 8)
            {
                continue;
            }
            let places: Vec<(usize, crate::document::Span)> = context
                .tokens
                .iter()
                .enumerate()
                .flat_map(|(sentence, tokens)| {
                    tokens
                        .iter()
                        .filter(|t| &t.word == word)
                        .map(move |t| (sentence, t.span))
                })
                .collect();
            if places.len() < MIN_OCCURRENCES {
                continue;
            }
            for (sentence, span) in places {
                found.mentions.push(MentionFinding {
                    span,
                    sentence,
                    term: word.clone(),
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
    use crate::rules::fixture::run;

    #[test]
    fn words_both_scores_rank_high() {
        let text = "程序员是资本的新工人。程序员的价值由用户创造。\n\
                    程序员的平台吸纳劳动。工人成为程序员。\n";
        let (_, found) = run(text, &[&KeywordScore]);
        assert!(
            found.mentions.iter().any(|m| m.term == "程序员"),
            "{:?}",
            found.mentions
        );
    }
}
