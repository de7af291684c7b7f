//! Rules that map the argument: the thesis, section claims, claims,
//! premises, opposing views and the sentences that rebut them, with the
//! support and attack between them. Cue patterns are in
//! `ontology/rules/argument_cues.tsv`; one unit per sentence: an earlier
//! phase's role stands, and within a phase the rule of higher priority has
//! the sentence (`rules::phase`).

crate::rules::rule_modules! {
    abstract_thesis::AbstractThesis,
    claim::Claim,
    concession::Concession,
    conclusion::Conclusion,
    echoed_thesis::EchoedThesis,
    enumeration::Enumeration,
    opposing_view::OpposingView,
    paragraph_claim::ParagraphClaim,
    paragraph_opening::ParagraphOpening,
    paragraph_support::ParagraphSupport,
    premise::Premise,
    rebuttal::Rebuttal,
    rebutted_report::RebuttedReport,
    section_claim::SectionClaim,
    thesis::Thesis,
}

use regex::Regex;

use crate::document::Span;
use crate::rules::{
    ArgumentRole, Extractions, LinkFinding, LinkKind, RuleContext, RuleMeta, UnitFinding,
};

/// Whether any pattern matches the text.
pub(crate) fn cued(patterns: &[Regex], text: &str) -> bool {
    patterns.iter().any(|pattern| pattern.is_match(text))
}

/// The unit a sentence already is, if any.
pub(crate) fn unit_of_sentence(found: &Extractions, sentence: usize) -> Option<&UnitFinding> {
    found.units.iter().find(|u| u.sentence == Some(sentence))
}

/// Takes a sentence as a unit of `role` into `found`, unless an earlier
/// phase took it (the rules of this phase are merged by priority).
pub(crate) fn take_sentence(
    context: &RuleContext,
    found: &mut Extractions,
    sentence: usize,
    role: ArgumentRole,
    rule: &'static RuleMeta,
) -> Option<Span> {
    if unit_of_sentence(context.earlier, sentence).is_some() {
        return None;
    }
    let span = context.document.sentences[sentence].span;
    found.units.push(UnitFinding {
        span,
        sentence: Some(sentence),
        role,
        rule,
    });
    Some(span)
}

/// The claim a sentence serves by standing where it stands: the heading of
/// its innermost section (a section claim), or the thesis outside sections.
pub(crate) fn claim_of_place(context: &RuleContext, sentence: usize) -> Option<Span> {
    let document = context.document;
    let section = document.paragraphs[document.sentences[sentence].paragraph].section;
    match section {
        Some(section) => Some(document.sections[section].title_span),
        None => thesis(context.earlier),
    }
}

/// Whether a sentence's text ends as a sentence ends (。！？, before any
/// closing quote or bracket): not a stray author line, caption or heading
/// run into the text.
pub(crate) fn ends_as_sentence(text: &str) -> bool {
    text.trim_end()
        .trim_end_matches(crate::chars::is_closing_mark)
        .ends_with(crate::chars::is_sentence_terminator)
}

/// Whether sentence `index` can carry a point by where it stands: it ends
/// as a sentence ends, cites nothing and gives no reason or evidence
/// (`premise` cues).
pub(crate) fn is_bare_statement(context: &RuleContext, index: usize) -> bool {
    let document = context.document;
    let text = document.text.slice(document.sentences[index].span);
    ends_as_sentence(text)
        && !document.markers.iter().any(|m| m.sentence == index)
        && !cued(&context.resources.argument_cues.premise, text)
}

/// Takes sentence `index` as a claim, supporting the claim of its place
/// (`claim_of_place`), unless an earlier phase took it.
pub(crate) fn take_placed_claim(
    context: &RuleContext,
    found: &mut Extractions,
    index: usize,
    rule: &'static RuleMeta,
) {
    if let Some(span) = take_sentence(context, found, index, ArgumentRole::Claim, rule)
        && let Some(to) = claim_of_place(context, index)
    {
        link(found, span, to, LinkKind::Supports, rule);
    }
}

/// The sentences of the paragraph of sentence `index`, in order.
pub(crate) fn paragraph_of(context: &RuleContext, index: usize) -> std::ops::Range<usize> {
    let sentences = &context.document.sentences;
    let paragraph = sentences[index].paragraph;
    let start = sentences[..index]
        .iter()
        .rposition(|s| s.paragraph != paragraph)
        .map_or(0, |i| i + 1);
    let end = sentences[index..]
        .iter()
        .position(|s| s.paragraph != paragraph)
        .map_or(sentences.len(), |i| index + i);
    start..end
}

/// The claim a premise at sentence `index` serves: the last claim before it
/// in its paragraph, else the first after it there (a closing claim), else
/// the claim of its place (`claim_of_place`).
pub(crate) fn claim_served(context: &RuleContext, index: usize) -> Option<Span> {
    let paragraph = paragraph_of(context, index);
    let claims: Vec<(usize, Span)> = context
        .earlier
        .units
        .iter()
        .filter(|u| u.role == ArgumentRole::Claim)
        .filter_map(|u| u.sentence.map(|s| (s, u.span)))
        .filter(|(s, _)| paragraph.contains(s))
        .collect();
    let before = claims
        .iter()
        .filter(|(s, _)| *s < index)
        .max_by_key(|(s, _)| *s);
    let after = claims
        .iter()
        .filter(|(s, _)| *s > index)
        .min_by_key(|(s, _)| *s);
    before
        .or(after)
        .map(|(_, span)| *span)
        .or_else(|| claim_of_place(context, index))
}

/// The span of the first thesis unit.
pub(crate) fn thesis(found: &Extractions) -> Option<Span> {
    found
        .units
        .iter()
        .find(|u| u.role == ArgumentRole::Thesis)
        .map(|u| u.span)
}

/// Takes every sentence a pattern matches, and `also` accepts by its
/// index, as an opposing view that the claim of its section attacks (a
/// section argues against the views it reports and the points it
/// concedes), unless the sentence passes the author's verdict on the view
/// (`dismissal`): that is a claim.
pub(crate) fn take_views(
    context: &RuleContext,
    found: &mut Extractions,
    patterns: &[Regex],
    also: impl Fn(usize) -> bool,
    rule: &'static RuleMeta,
) {
    let document = context.document;
    for (index, sentence) in document.sentences.iter().enumerate() {
        let text = document.text.slice(sentence.span);
        if !cued(patterns, text)
            || cued(&context.resources.argument_cues.dismissal, text)
            || !also(index)
        {
            continue;
        }
        let Some(span) = take_sentence(context, found, index, ArgumentRole::OpposingView, rule)
        else {
            continue;
        };
        if let Some(from) = claim_of_place(context, index) {
            link(found, from, span, LinkKind::Attacks, rule);
        }
    }
}

pub(crate) fn link(
    found: &mut Extractions,
    from: Span,
    to: Span,
    kind: LinkKind,
    rule: &'static RuleMeta,
) {
    if from != to {
        found.links.push(LinkFinding {
            from,
            to,
            kind,
            rule,
        });
    }
}
