use crate::rules::argument::{cued, take_sentence};
use crate::rules::{ArgumentRole, Extractions, Phase, Rule, RuleContext, RuleMeta, declare_rule};

declare_rule! {
    /// The thesis: a sentence where the author states the article's position
    /// (本文认为, 笔者认为, 本文提出, 我们认为 …: `thesis` in
    /// `argument_cues.tsv`).
    ///
    /// In:  `本文认为,人机协作并未带来劳动的再人性化。`
    /// Out: an `aif:I-node` with `ag:role ag:Thesis`, `aif:claimText` the
    ///      sentence, its offsets and `ag:rule` <rule/A001>.
    Thesis { id: "A001", name: "thesis" }
}

impl Rule for Thesis {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::ArgumentThesis
    }

    fn priority(&self) -> u8 {
        20
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let mut found = Extractions::default();
        let document = context.document;
        for (index, sentence) in document.sentences.iter().enumerate() {
            if cued(
                &context.resources.argument_cues.thesis,
                document.text.slice(sentence.span),
            ) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixture::run;

    #[test]
    fn the_sentence_that_states_the_position() {
        let (document, found) = run("引言。本文认为,协作并非解放。其他。\n", &[&Thesis]);
        assert_eq!(found.units.len(), 1);
        assert_eq!(
            document.text.slice(found.units[0].span),
            "本文认为,协作并非解放。"
        );
    }
}
