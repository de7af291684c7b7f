use crate::document::Span;
use crate::rules::concept::term_shape;
use crate::rules::{Extractions, MentionFinding, Phase, Rule, RuleContext, RuleMeta, declare_rule};

declare_rule! {
    /// A keyword the authors give (关键词) is a concept: each of its
    /// occurrences in the body, on word boundaries, is a mention.
    ///
    /// In:  `关键词:人机协作;去技能化` and a body that uses 去技能化
    /// Out: an `ag:ConceptMention` of <concept/去技能化> at each use,
    ///      `ag:rule` <rule/C007>.
    AuthorKeyword { id: "C007", name: "author-keyword", evidence: Marked }
}

impl Rule for AuthorKeyword {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::ConceptMentions
    }

    fn priority(&self) -> u8 {
        20
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let mut found = Extractions::default();
        let document = context.document;
        for keyword in &document.metadata.keywords {
            let keyword = keyword.trim();
            if !term_shape(keyword, context.resources, 2, 12) {
                continue;
            }
            let length = keyword.chars().count();
            for (index, tokens) in context.tokens.iter().enumerate() {
                for (at, token) in tokens.iter().enumerate() {
                    // The keyword as one or more whole tokens from here.
                    let mut end = at;
                    let mut joined = String::new();
                    while end < tokens.len() && joined.chars().count() < length {
                        joined.push_str(&tokens[end].word);
                        end += 1;
                    }
                    if joined == keyword {
                        found.mentions.push(MentionFinding {
                            span: Span::new(token.span.start, tokens[end - 1].span.end),
                            sentence: index,
                            term: keyword.to_string(),
                            rule: &Self::META,
                        });
                    }
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
    fn author_keywords_found_in_the_body() {
        let (_, found) = run(
            "数字劳动研究\n关键词:技能偏向;零工经济\n技能偏向在零工经济中加深。\n",
            &[&AuthorKeyword],
        );
        let found = terms(&found);
        assert!(found.contains(&("技能偏向".into(), "C007")), "{found:?}");
        assert!(found.contains(&("零工经济".into(), "C007")), "{found:?}");
    }
}
