use crate::document::Span;
use crate::document::sentences::split_sentences;
use crate::rules::{
    ArgumentRole, Extractions, Phase, Rule, RuleContext, RuleMeta, UnitFinding, declare_rule,
};

declare_rule! {
    /// The main claim of the abstract is a thesis: the abstract's sentence
    /// that the first matching `abstract_claim` pattern of
    /// `argument_cues.tsv` finds (patterns are tried in file order, so a
    /// structured abstract's 【结论】 wins over a 研究发现 earlier on). The
    /// abstract is front matter, not a body sentence, so the unit has no
    /// sentence; when the body also states a thesis (A001), sections support
    /// the body's.
    ///
    /// In:  `摘要:…【方法】访谈。【结论】平台劳动的控制是隐性的。`
    /// Out: an `aif:I-node` with `ag:role ag:Thesis`, `aif:claimText`
    ///      `【结论】平台劳动的控制是隐性的。`, its offsets, `ag:rule` <rule/A010>.
    AbstractThesis { id: "A010", name: "abstract-thesis" }
}

impl Rule for AbstractThesis {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::ArgumentThesis
    }

    fn priority(&self) -> u8 {
        10
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let mut found = Extractions::default();
        if let Some(span) = abstract_main_claim(context) {
            found.units.push(UnitFinding {
                span,
                sentence: None,
                role: ArgumentRole::Thesis,
                rule: &Self::META,
            });
        }
        found
    }
}

/// The abstract's sentence that the first matching `abstract_claim`
/// pattern finds.
pub(crate) fn abstract_main_claim(context: &RuleContext) -> Option<Span> {
    let span = abstract_span(context)?;
    let chars: Vec<char> = context.document.text.slice(span).chars().collect();
    let sentences = split_sentences(&chars, span.start);
    let text = |sentence: &Span| context.document.text.slice(*sentence);
    context
        .resources
        .argument_cues
        .abstract_claim
        .iter()
        .find_map(|pattern| sentences.iter().find(|s| pattern.is_match(text(s))))
        .copied()
}

/// Where the abstract's text stands in the document's front matter.
pub(crate) fn abstract_span(context: &RuleContext) -> Option<Span> {
    let document = context.document;
    let abstract_text = document.metadata.abstract_text.as_deref()?;
    document.front_matter.iter().find_map(|line| {
        let byte = document.text.slice(*line).find(abstract_text)?;
        Some(
            document
                .text
                .span_within(*line, byte..byte + abstract_text.len()),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixture::run;

    fn thesis_of(raw: &str) -> Vec<String> {
        let (document, found) = run(raw, &[&AbstractThesis]);
        found
            .units
            .iter()
            .map(|u| document.text.slice(u.span).to_string())
            .collect()
    }

    #[test]
    fn the_conclusion_of_a_structured_abstract() {
        let raw = "题目\n摘要:【目的】研究发现劳动被重塑。【结论】平台劳动的控制是隐性的。\n关键词:平台\n一、引言\n正文。\n";
        assert_eq!(thesis_of(raw), ["【结论】平台劳动的控制是隐性的。"]);
    }

    #[test]
    fn the_sentence_that_states_a_finding() {
        let raw = "题目\n摘要:平台兴起。本文认为,算法控制是新的管理方式。\n一、引言\n正文。\n";
        assert_eq!(thesis_of(raw), ["本文认为,算法控制是新的管理方式。"]);
    }

    #[test]
    fn nothing_without_an_abstract_or_a_claim_in_it() {
        assert!(thesis_of("题目\n摘要:平台兴起。劳动变化。\n一、引言\n正文。\n").is_empty());
        assert!(thesis_of("题目\n一、引言\n本文认为,协作并非解放。\n").is_empty());
    }
}
