//! Which concept mentions the graph keeps: one a span, the longest of
//! those that start together, none inside another kept. Run once, after the
//! concept phases; the relation rules and the resolver both read its result.

use crate::findings::MentionFinding;

/// The mentions kept, in text order: at each start the longest (ties to the
/// lower rule id); a mention inside a kept one is dropped, one that only
/// overlaps it is kept.
pub fn kept_mentions(mut findings: Vec<MentionFinding>) -> Vec<MentionFinding> {
    findings.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end), m.rule.id));
    let mut kept: Vec<MentionFinding> = Vec::with_capacity(findings.len());
    let mut covered_until = 0;
    for finding in findings {
        if finding.span.end <= covered_until {
            continue;
        }
        covered_until = finding.span.end;
        kept.push(finding);
    }
    kept
}
