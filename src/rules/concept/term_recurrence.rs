use std::collections::{BTreeSet, HashMap};

use crate::document::Span;
use crate::rules::{
    Evidence, Extractions, MentionFinding, Phase, Rule, RuleContext, RuleMeta, declare_rule,
    term_evidence,
};

declare_rule! {
    /// Every further occurrence of a term that an earlier rule accepted in
    /// this document, where the segmenter cuts it as a word boundary.
    ///
    /// A term quoted once (“去技能化”) is usually used unquoted afterwards;
    /// those uses are mentions too, so that counts and co-occurrences see
    /// them. Occurrences already found by another rule are left alone, and
    /// an occurrence must start and end on token boundaries.
    ///
    /// In:  `引发“去技能化”。去技能化由此加速。` (C001 found the first)
    /// Out: an `ag:ConceptMention` of <concept/去技能化> in the second
    ///      sentence, `ag:rule` <rule/C003>.
    TermRecurrence { id: "C003", name: "term-recurrence", evidence: inherited }
}

impl Rule for TermRecurrence {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::ConceptUses
    }

    fn priority(&self) -> u8 {
        10
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let document = context.document;
        let earlier = &context.earlier.mentions;
        let terms: BTreeSet<String> = earlier.iter().map(|m| m.term.clone()).collect();
        let evidence = term_evidence(earlier);
        let mut taken: HashMap<usize, Vec<(Span, Evidence)>> = HashMap::new();
        for mention in earlier {
            taken
                .entry(mention.sentence)
                .or_default()
                .push((mention.span, evidence[mention.term.as_str()]));
        }
        let mut added = Vec::new();
        for (index, sentence) in document.sentences.iter().enumerate() {
            let tokens = &context.tokens[index];
            let starts: BTreeSet<usize> = tokens.iter().map(|t| t.span.start).collect();
            let ends: BTreeSet<usize> = tokens.iter().map(|t| t.span.end).collect();
            let text = document.text.slice(sentence.span);
            for term in &terms {
                let strength = evidence[term.as_str()];
                for (byte, _) in text.match_indices(term.as_str()) {
                    let span = document
                        .text
                        .span_within(sentence.span, byte..byte + term.len());
                    // A term of weaker evidence (a compound by recurrence)
                    // does not keep a stronger one from being repeated in it;
                    // marked and known terms keep each other.
                    let blocking = strength.max(Evidence::Known);
                    let overlaps = taken.get(&index).is_some_and(|spans| {
                        spans.iter().any(|(t, e)| {
                            t.start < span.end && span.start < t.end && *e <= blocking
                        })
                    });
                    if overlaps || !starts.contains(&span.start) || !ends.contains(&span.end) {
                        continue;
                    }
                    added.push(MentionFinding {
                        span,
                        sentence: index,
                        term: term.clone(),
                        rule: &Self::META,
                    });
                }
            }
        }
        added.sort_by_key(|m| m.span);
        Extractions {
            mentions: added,
            ..Extractions::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::concept::quoted_term::QuotedTerm;
    use crate::rules::fixture::{run, terms};

    #[test]
    fn unquoted_uses_of_an_accepted_term() {
        let (_, found) = run(
            "引发“去技能化”。去技能化由此加速,而非去技能化的反面。\n",
            &[&QuotedTerm, &TermRecurrence],
        );
        assert_eq!(
            terms(&found),
            vec![
                ("去技能化".into(), "C001"),
                ("去技能化".into(), "C003"),
                ("去技能化".into(), "C003"),
            ]
        );
    }
}
