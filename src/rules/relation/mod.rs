//! Rules that relate two concepts mentioned in one sentence by the words
//! between them: causes (导致, 推动 …), contrast (而非), transition (从…到),
//! is-a (是…的一种) and association (与, 和). The cue words are in
//! `ontology/rules/relation_cues.tsv`.

crate::rules::rule_modules! {
    associated::Associated,
    causes::Causes,
    contrast::Contrast,
    is_a::IsA,
    transition::Transition,
}

use crate::document::Span;
use crate::rules::{RelationFinding, RelationKind, RuleContext, RuleMeta};

/// The concept mentions the graph keeps (the concept phases left those),
/// sentence by sentence, in text order.
pub(crate) fn mentions_by_sentence(context: &RuleContext) -> Vec<Vec<Span>> {
    let mut spans: Vec<Vec<Span>> = vec![Vec::new(); context.document.sentences.len()];
    for mention in &context.earlier.mentions {
        spans[mention.sentence].push(mention.span);
    }
    spans
}

/// Each pair of consecutive mentions of a sentence with the text between
/// them, and the text before the first and after the second; two mentions
/// that overlap have no text between them and relate by none.
pub(crate) fn for_each_pair(
    context: &RuleContext,
    mut visit: impl FnMut(usize, Span, Span, Gap) -> Option<(RelationKind, String)>,
    rule: &'static RuleMeta,
) -> Vec<RelationFinding> {
    let text = &context.document.text;
    let mut relations = Vec::new();
    for (sentence, spans) in mentions_by_sentence(context).into_iter().enumerate() {
        let sentence_span = context.document.sentences[sentence].span;
        for pair in spans.windows(2) {
            let (source, target) = (pair[0], pair[1]);
            if target.start < source.end {
                continue;
            }
            let gap = Gap {
                before: text.slice(Span::new(sentence_span.start, source.start)),
                between: text.slice(Span::new(source.end, target.start)),
                after: text.slice(Span::new(target.end, sentence_span.end)),
            };
            if let Some((kind, cue)) = visit(sentence, source, target, gap) {
                relations.push(RelationFinding {
                    source,
                    target,
                    kind,
                    cue,
                    sentence,
                    rule,
                });
            }
        }
    }
    relations
}

/// The text around two consecutive mentions of a sentence.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Gap<'a> {
    pub before: &'a str,
    pub between: &'a str,
    pub after: &'a str,
}
