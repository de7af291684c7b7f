//! The order rules run in and how their findings merge. A rule belongs to
//! a phase; it reads the findings of every earlier phase, merged, and never
//! those of its own phase. Where two rules of a phase claim the same thing
//! (a marker's function, a sentence's role), the rule of higher priority
//! has it, whatever the registry's order.

use std::collections::BTreeSet;

use crate::document::Span;
use crate::findings::{Extractions, WorkFinding};
use crate::resolve::Extracted;
use crate::resolve::mentions::kept_mentions;
use crate::resolve::works::{ResolvedWorks, resolve_works};
use crate::rules::{Rule, RuleContext};

/// The phases, in the order their inputs require.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Phase {
    /// Notes as references and markers as pointers. Before it the reference
    /// styles read every note (`bibliography::STYLES`); after it 同上 and
    /// 前引 are resolved, once, for the phases after.
    Entries,
    /// What each citation does, one function a marker. Reads the resolved works.
    CitationFunctions,
    /// Terms taken as concepts, wherever a rule finds them.
    ConceptMentions,
    /// The other uses of the terms taken. Reads the mentions; after it the
    /// mentions are those the graph keeps (`resolve::mentions`).
    ConceptUses,
    /// Relations between two mentions of a sentence. Reads the kept mentions.
    Relations,
    /// Thesis statements, one role a sentence as in every argument phase.
    ArgumentThesis,
    /// Section claims, opposing views and concessions. Reads the thesis.
    ArgumentViews,
    /// Rebuttals of the views, conclusions, cued claims. Reads the views.
    ArgumentClaims,
    /// Enumerated points serving the claim before them, and the claims
    /// that close paragraphs. Reads the claims.
    ArgumentPoints,
    /// Premises, supporting the claims of their paragraph. Reads every claim
    /// and the citation functions.
    ArgumentPremises,
}

impl Phase {
    pub const ALL: [Phase; 10] = [
        Phase::Entries,
        Phase::CitationFunctions,
        Phase::ConceptMentions,
        Phase::ConceptUses,
        Phase::Relations,
        Phase::ArgumentThesis,
        Phase::ArgumentViews,
        Phase::ArgumentClaims,
        Phase::ArgumentPoints,
        Phase::ArgumentPremises,
    ];
}

/// The document and its analysis, which every phase reads.
pub struct ExtractionInput<'a> {
    pub document: &'a crate::document::Document,
    pub tokens: &'a [Vec<crate::segment::Token>],
    pub heading_tokens: &'a [Vec<crate::segment::Token>],
    pub keywords: &'a crate::segment::Keywords,
    pub resources: &'a crate::resources::Resources,
}

/// Runs `rules` phase after phase over a document whose notes the
/// reference styles read into `works`.
pub fn extract(
    inputs: &ExtractionInput,
    works: Vec<WorkFinding>,
    rules: &[&dyn Rule],
) -> Extracted {
    let mut found = Extractions {
        works,
        ..Extractions::default()
    };
    let mut resolved = ResolvedWorks::default();
    for phase in Phase::ALL {
        let mut members: Vec<&dyn Rule> = rules
            .iter()
            .copied()
            .filter(|rule| rule.phase() == phase)
            .collect();
        members.sort_by_key(|rule| std::cmp::Reverse(rule.priority()));
        let context = RuleContext {
            document: inputs.document,
            tokens: inputs.tokens,
            heading_tokens: inputs.heading_tokens,
            keywords: inputs.keywords,
            resources: inputs.resources,
            earlier: &found,
            works: &resolved,
        };
        let outputs: Vec<Extractions> = members.iter().map(|rule| rule.apply(&context)).collect();
        for output in outputs {
            merge(&mut found, output);
        }
        match phase {
            Phase::Entries => resolved = resolve_works(found.works.clone()),
            Phase::ConceptUses => {
                found.mentions = kept_mentions(std::mem::take(&mut found.mentions))
            }
            _ => {}
        }
    }
    Extracted {
        found,
        works: resolved,
    }
}

/// Adds one rule's findings to those merged so far, the rules of a phase
/// in order of priority: a marker keeps the function it has, a sentence
/// the role it has; a unit refused takes its links with it.
fn merge(into: &mut Extractions, from: Extractions) {
    let typed: BTreeSet<usize> = into.functions.iter().map(|f| f.marker).collect();
    let taken: BTreeSet<usize> = into.units.iter().filter_map(|u| u.sentence).collect();
    let mut refused: BTreeSet<Span> = BTreeSet::new();
    for unit in from.units {
        match unit.sentence {
            Some(sentence) if taken.contains(&sentence) => {
                refused.insert(unit.span);
            }
            _ => into.units.push(unit),
        }
    }
    into.links.extend(
        from.links
            .into_iter()
            .filter(|link| !refused.contains(&link.from) && !refused.contains(&link.to)),
    );
    into.functions.extend(
        from.functions
            .into_iter()
            .filter(|function| !typed.contains(&function.marker)),
    );
    into.mentions.extend(from.mentions);
    into.glosses.extend(from.glosses);
    into.definitions.extend(from.definitions);
    into.relations.extend(from.relations);
    into.pointers.extend(from.pointers);
    into.references.extend(from.references);
    into.works.extend(from.works);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::findings::{ArgumentRole, LinkFinding, LinkKind, UnitFinding};
    use crate::rules::argument::{concession::Concession, opposing_view::OpposingView};

    fn view(span: Span, rule: &'static crate::findings::RuleMeta) -> Extractions {
        Extractions {
            units: vec![UnitFinding {
                span,
                sentence: Some(3),
                role: ArgumentRole::OpposingView,
                rule,
            }],
            links: vec![LinkFinding {
                from: Span::new(0, 4),
                to: span,
                kind: LinkKind::Attacks,
                rule,
            }],
            ..Extractions::default()
        }
    }

    #[test]
    fn the_first_merged_keeps_a_sentence_and_a_refused_unit_loses_its_links() {
        let sentence = Span::new(10, 20);
        let mut merged = Extractions::default();
        merge(&mut merged, view(sentence, &OpposingView::META));
        merge(&mut merged, view(sentence, &Concession::META));
        assert_eq!(merged.units.len(), 1);
        assert_eq!(merged.units[0].rule.id, OpposingView::META.id);
        assert_eq!(merged.links.len(), 1);
        assert_eq!(merged.links[0].rule.id, OpposingView::META.id);
    }
}
