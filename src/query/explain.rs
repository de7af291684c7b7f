//! `argraph explain TERM`: every mention of a concept, found by any of its
//! labels (Chinese or English, preferred or alternative), with its sentence,
//! offsets, rule and document — the trace from a fact back to the text.

/// A SPARQL string literal of `text`, quotes and backslashes escaped.
fn string_literal(text: &str) -> String {
    let mut literal = String::with_capacity(text.len() + 2);
    literal.push('"');
    for c in text.chars() {
        match c {
            '"' => literal.push_str("\\\""),
            '\\' => literal.push_str("\\\\"),
            '\n' => literal.push_str("\\n"),
            '\r' => literal.push_str("\\r"),
            c => literal.push(c),
        }
    }
    literal.push('"');
    literal
}

/// The pattern that finds the concepts labelled `term` (case folded).
fn concept_pattern(term: &str) -> String {
    format!(
        "?concept skos:prefLabel|skos:altLabel ?label .
  FILTER(LCASE(STR(?label)) = LCASE({}))",
        string_literal(term.trim())
    )
}

/// Whether any concept of the store is labelled `term`.
pub fn known_query(term: &str) -> String {
    format!("ASK {{ {} }}", concept_pattern(term))
}

/// Every mention of the concepts labelled `term`: document file, offsets,
/// the text, the rule, and the sentence, in document and text order.
pub fn mentions_query(term: &str) -> String {
    format!(
        "SELECT ?concept ?file ?begin ?end ?anchor ?rule ?sentence WHERE {{
  {{ SELECT DISTINCT ?concept WHERE {{ {} }} }}
  ?mention ag:concept ?concept ; nif:beginIndex ?begin ; nif:endIndex ?end ;
    nif:anchorOf ?anchor ; ag:rule ?ruleNode ; ag:inSentence ?s ;
    nif:referenceContext ?context .
  ?ruleNode dcterms:identifier ?rule .
  ?s nif:beginIndex ?sentenceBegin ; nif:endIndex ?sentenceEnd .
  ?context nif:isString ?text .
  ?doc ag:text ?context ; ag:fileName ?file .
  BIND(SUBSTR(?text, ?sentenceBegin + 1, ?sentenceEnd - ?sentenceBegin) AS ?sentence)
}}
ORDER BY ?file ?begin ?concept",
        concept_pattern(term)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_escaped_into_the_query() {
        assert_eq!(string_literal("a\"b\\c"), "\"a\\\"b\\\\c\"");
        assert!(mentions_query("人机协作").contains("LCASE(\"人机协作\")"));
        assert!(known_query("x\"y").starts_with("ASK"));
    }
}
