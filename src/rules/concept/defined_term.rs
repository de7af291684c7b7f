use crate::document::Span;
use crate::rules::concept::{term_before, term_shape};
use crate::rules::{
    DefinitionFinding, Extractions, MentionFinding, Phase, Rule, RuleContext, RuleMeta,
    declare_rule,
};

declare_rule! {
    /// A term a sentence defines: `所谓X，是…` (a `before` cue of
    /// `definition_cues.tsv`), or `X是指…`, `X指的是…` (an `after` cue). The
    /// sentence becomes the concept's `skos:definition`.
    ///
    /// After 所谓 (or 所谓的) the term is a quoted span (2–10 Han characters)
    /// or the longest run of nouns and their kin (3–10); before 是指 it is a
    /// quoted term, or the longest such run (3–8) that opens the clause.
    ///
    /// In:  `所谓数字劳动，是指以数据为对象的劳动。`
    /// Out: an `ag:ConceptMention` of <concept/数字劳动>, `ag:rule`
    ///      <rule/C006>; <concept/数字劳动> `skos:definition` that sentence.
    DefinedTerm { id: "C006", name: "defined-term", evidence: Marked }
}

const MAX_CHARS: usize = 10;
/// An unquoted defined term has three characters or more: `系统是指…`
/// defines a word in passing, not a concept.
const MIN_UNQUOTED: usize = 3;

/// The longest run of whole tokens from code point `start`: each of two
/// characters or more, of a part of speech terms are made of, no stop word;
/// 2–10 characters in all.
fn term_after(
    tokens: &[crate::segment::Token],
    start: usize,
    resources: &crate::resources::Resources,
) -> Option<(usize, String)> {
    let first = tokens.iter().position(|t| t.span.start == start)?;
    let mut term = String::new();
    for token in &tokens[first..] {
        let usable = token.word.chars().count() >= 2
            && token.is_termish()
            && !resources.stopwords.contains(&token.word);
        if !usable || term.chars().count() + token.word.chars().count() > MAX_CHARS {
            break;
        }
        term.push_str(&token.word);
    }
    term_shape(&term, resources, MIN_UNQUOTED, MAX_CHARS).then_some((start, term))
}

impl Rule for DefinedTerm {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::ConceptMentions
    }

    fn priority(&self) -> u8 {
        30
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let mut found = Extractions::default();
        let document = context.document;
        let resources = context.resources;
        let cues = &resources.definition_cues;
        for (index, sentence) in document.sentences.iter().enumerate() {
            let text = document.text.slice(sentence.span);
            let offset = |byte: usize| document.text.offset_within(sentence.span, byte);
            let mut defined: Option<(usize, String)> = None;
            for cue in &cues.before {
                let Some(at) = text.find(cue.as_str()) else {
                    continue;
                };
                let mut rest_start = at + cue.len();
                rest_start += text[rest_start..]
                    .strip_prefix('的')
                    .map_or(0, |_| '的'.len_utf8());
                let rest = &text[rest_start..];
                if let Some(quoted) = rest.strip_prefix('“') {
                    let term = quoted.split('”').next().unwrap_or_default();
                    if term_shape(term, resources, 2, MAX_CHARS) {
                        defined = Some((offset(rest_start + '“'.len_utf8()), term.to_string()));
                        break;
                    }
                } else if let Some(term) =
                    term_after(&context.tokens[index], offset(rest_start), resources)
                {
                    defined = Some(term);
                    break;
                }
            }
            if defined.is_none() {
                for cue in &cues.after {
                    let Some(at) = text.find(cue.as_str()) else {
                        continue;
                    };
                    let head = &text[..at];
                    if let Some(quoted) = head.strip_suffix('”') {
                        let open = quoted.rfind('“').map_or(0, |o| o + '“'.len_utf8());
                        let term = &quoted[open..];
                        if term_shape(term, resources, 2, MAX_CHARS) {
                            defined = Some((offset(open), term.to_string()));
                        }
                    } else if let Some(term) = term_before(
                        &context.tokens[index],
                        offset(at),
                        resources,
                        MIN_UNQUOTED,
                        8,
                    ) {
                        // The term must open its clause: nothing but
                        // punctuation between the clause start and it.
                        let clause_start = head
                            .rfind(|c: char| "，,：:；;".contains(c))
                            .map_or(0, |p| {
                                p + head[p..].chars().next().map_or(1, char::len_utf8)
                            });
                        if offset(clause_start) == term.0 {
                            defined = Some(term);
                        }
                    }
                    if defined.is_some() {
                        break;
                    }
                }
            }
            let Some((start, term)) = defined else {
                continue;
            };
            found.mentions.push(MentionFinding {
                span: Span::new(start, start + term.chars().count()),
                sentence: index,
                term: term.clone(),
                rule: &Self::META,
            });
            found.definitions.push(DefinitionFinding {
                term,
                sentence: index,
                rule: &Self::META,
            });
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixture::{run, terms};

    #[test]
    fn terms_after_suo_wei_and_before_shi_zhi() {
        let (document, found) = run(
            "所谓数字劳动，是指以数据为对象的劳动。“认知卸载”是指把思考交给机器。\
             平台资本主义是指以平台为中心的积累体制。他说的是指这个。所谓的程度如何。\n",
            &[&DefinedTerm],
        );
        assert_eq!(
            terms(&found),
            vec![
                ("数字劳动".into(), "C006"),
                ("认知卸载".into(), "C006"),
                ("平台资本主义".into(), "C006")
            ]
        );
        assert_eq!(document.text.slice(found.mentions[1].span), "认知卸载");
        assert_eq!(found.definitions[2].sentence, 2);
    }
}
