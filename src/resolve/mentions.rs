//! Which concept mentions the graph keeps: one a span, the longest of
//! those that start together, none inside another kept unless it is a term
//! of stronger evidence. Run once, after the concept phases; the relation
//! rules and the resolver both read its result.

use crate::findings::{Evidence, MentionFinding, term_evidence};

/// The mentions kept, in text order: at each start the longest (ties to the
/// lower rule id); a mention inside a kept one is dropped, one that only
/// overlaps it is kept — save a term of stronger evidence inside a kept
/// mention of weaker (提示词, a lexicon term, inside 人工提示词, a compound
/// by recurrence), which is kept as well.
pub fn kept_mentions(mut findings: Vec<MentionFinding>) -> Vec<MentionFinding> {
    let evidence: std::collections::HashMap<String, Evidence> = term_evidence(&findings)
        .into_iter()
        .map(|(term, e)| (term.to_string(), e))
        .collect();
    let evidence_of =
        |m: &MentionFinding| evidence.get(&m.term).copied().unwrap_or(Evidence::Known);
    findings.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end), m.rule.id));
    let mut kept: Vec<MentionFinding> = Vec::with_capacity(findings.len());
    // The kept mention that reaches furthest, and how far.
    let mut covering: Option<usize> = None;
    for finding in findings {
        let inside = covering.filter(|&k| finding.span.end <= kept[k].span.end);
        match inside {
            Some(k) => {
                let outer = &kept[k];
                let stronger = evidence_of(&finding) < evidence_of(outer);
                let same_span = finding.span == outer.span;
                let duplicate = kept.last().is_some_and(|last| last.span == finding.span);
                if stronger && !same_span && !duplicate {
                    kept.push(finding);
                }
            }
            None => {
                kept.push(finding);
                covering = Some(kept.len() - 1);
            }
        }
    }
    kept.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end), m.rule.id));
    kept
}
