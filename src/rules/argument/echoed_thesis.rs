use std::collections::BTreeSet;

use crate::chars::is_han;
use crate::document::{Document, Span};
use crate::rules::argument::abstract_thesis::{abstract_main_claim, abstract_span};
use crate::rules::argument::{cued, is_bare_statement, take_sentence};
use crate::rules::{ArgumentRole, Extractions, Phase, Rule, RuleContext, RuleMeta, declare_rule};

declare_rule! {
    /// The body's statements of the thesis: in the introduction, and in the
    /// closing section, the sentence that restates what the title and the
    /// abstract's conclusion say. Its score is the share of the title's Han
    /// character pairs that it uses plus the share of its own pairs that the
    /// conclusion uses (the abstract from its main claim, as A010 finds it,
    /// to its end, else its last sentence); the best sentence of each zone
    /// with a score of at least `MIN_SCORE` is taken, if it is a bare
    /// statement (no citation, no evidence cue). Introductions announce the
    /// thesis and conclusions restate it in the words of the title. Only
    /// where no sentence states the thesis (A001's cues: 本文认为 …).
    ///
    /// In:  title `平台劳动的隐性控制`; introduction `…平台劳动的控制往往是隐性的。`
    /// Out: the introduction's sentence as an `aif:I-node` with `ag:role
    ///      ag:Thesis`, `ag:rule` <rule/A014>.
    EchoedThesis { id: "A014", name: "echoed-thesis" }
}

/// Below this a sentence shares the topic of the title, not its point.
const MIN_SCORE: f64 = 0.4;

impl Rule for EchoedThesis {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::ArgumentThesis
    }

    fn priority(&self) -> u8 {
        5
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let mut found = Extractions::default();
        let document = context.document;
        let stated = document.sentences.iter().any(|sentence| {
            cued(
                &context.resources.argument_cues.thesis,
                document.text.slice(sentence.span),
            )
        });
        if stated {
            return found;
        }
        let title = han_pairs(
            document
                .title_span
                .map_or("", |span| document.text.slice(span)),
        );
        let conclusion =
            han_pairs(abstract_conclusion(context).map_or("", |span| document.text.slice(span)));
        let score = |index: usize| {
            let pairs = han_pairs(document.text.slice(document.sentences[index].span));
            share(&pairs, &title, title.len()) + share(&pairs, &conclusion, pairs.len())
        };
        for zone in [introduction(document), closing_section(document)] {
            let best = zone
                .filter(|&index| is_bare_statement(context, index))
                .map(|index| (score(index), index))
                .filter(|&(score, _)| score >= MIN_SCORE)
                .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
            if let Some((_, index)) = best {
                take_sentence(
                    context,
                    &mut found,
                    index,
                    ArgumentRole::Thesis,
                    &Self::META,
                );
            }
        }
        found
    }
}

/// The abstract from its main claim to its end, else its last sentence.
fn abstract_conclusion(context: &RuleContext) -> Option<Span> {
    let whole = abstract_span(context)?;
    if let Some(claim) = abstract_main_claim(context) {
        return Some(Span::new(claim.start, whole.end));
    }
    let chars: Vec<char> = context.document.text.slice(whole).chars().collect();
    crate::document::sentences::split_sentences(&chars, whole.start)
        .last()
        .copied()
}

/// The sentences before the first section.
fn introduction(document: &Document) -> std::ops::Range<usize> {
    let end = document
        .sentences
        .iter()
        .position(|s| document.paragraphs[s.paragraph].section.is_some())
        .unwrap_or(0);
    0..end
}

/// The sentences of the last top-level section, its subsections included.
fn closing_section(document: &Document) -> std::ops::Range<usize> {
    let Some(last) = document.sections.iter().rposition(|s| s.parent.is_none()) else {
        return 0..0;
    };
    let start = document
        .sentences
        .iter()
        .position(|s| {
            document.paragraphs[s.paragraph]
                .section
                .is_some_and(|section| section >= last)
        })
        .unwrap_or(document.sentences.len());
    start..document.sentences.len()
}

/// The pairs of adjacent Han characters of `text`.
fn han_pairs(text: &str) -> BTreeSet<(char, char)> {
    let chars: Vec<char> = text.chars().filter(|&c| is_han(c)).collect();
    chars.windows(2).map(|pair| (pair[0], pair[1])).collect()
}

/// The pairs `a` and `b` share, as a part of `whole`.
fn share(a: &BTreeSet<(char, char)>, b: &BTreeSet<(char, char)>, whole: usize) -> f64 {
    if whole == 0 {
        return 0.0;
    }
    a.intersection(b).count() as f64 / whole as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::argument::thesis::Thesis;
    use crate::rules::fixture::run;

    fn theses(raw: &str) -> Vec<String> {
        let (document, found) = run(raw, &[&Thesis, &EchoedThesis]);
        found
            .units
            .iter()
            .filter(|u| u.role == ArgumentRole::Thesis)
            .map(|u| document.text.slice(u.span).to_string())
            .collect()
    }

    const ARTICLE: &str = "平台劳动研究\n\
        摘要:【方法】访谈。【结论】平台劳动的控制是隐性的,工人难以察觉。\n\
        关键词:平台\n\
        平台经济兴起。平台劳动的控制往往是隐性的,工人难以察觉。\n\
        一、平台与劳动\n\
        平台派单。工时延长了。\n\
        二、结语\n\
        总之,平台劳动的控制是隐性的。未来仍需研究。\n";

    #[test]
    fn the_sentences_of_introduction_and_conclusion_that_restate_the_abstract() {
        assert_eq!(
            theses(ARTICLE),
            [
                "平台劳动的控制往往是隐性的,工人难以察觉。",
                "总之,平台劳动的控制是隐性的。"
            ]
        );
    }

    #[test]
    fn a_stated_thesis_stands_alone() {
        let stated = ARTICLE.replace("平台派单。", "本文认为,平台派单。");
        assert_eq!(theses(&stated), ["本文认为,平台派单。"]);
    }

    #[test]
    fn a_sentence_that_shares_only_the_topic_is_no_thesis() {
        let unrelated = ARTICLE
            .replace("平台劳动研究", "数字时代的工会组织")
            .replace(
                "摘要:【方法】访谈。【结论】平台劳动的控制是隐性的,工人难以察觉。\n",
                "",
            );
        assert!(theses(&unrelated).is_empty());
    }
}
