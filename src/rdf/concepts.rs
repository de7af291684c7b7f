//! Concepts, their mentions and the relations between them, to quads:
//! each concept a `skos:Concept` with its labels, definition and lexicon
//! links; each mention and relation a node located in the text with its rule.

use oxigraph::model::vocab::rdf;
use oxigraph::model::{Literal, NamedNode};

use crate::rdf::iri::{concept_iri, part_iri, rule_iri};
use crate::rdf::mapping::Writer;
use crate::resolve::Model;
use crate::vocab::{ag, nif, skos};

pub(crate) fn write_concepts(
    w: &mut Writer,
    doc: &NamedNode,
    context: &NamedNode,
    sentences: &[NamedNode],
    model: &Model,
) {
    let document = model.document;
    let concepts: Vec<NamedNode> = model.concepts.iter().map(|c| concept_iri(&c.key)).collect();
    for (concept, node) in model.concepts.iter().zip(&concepts) {
        w.add(node, rdf::TYPE, skos::CONCEPT.into_owned());
        w.add(node, skos::PREF_LABEL, Writer::zh(&concept.pref_label));
        if let Some(english) = &concept.english {
            w.add(
                node,
                skos::PREF_LABEL,
                Literal::new_language_tagged_literal_unchecked(english, "en"),
            );
        }
        for alias in &concept.alt_labels {
            w.add(node, skos::ALT_LABEL, Writer::zh(alias));
        }
        for english in &concept.english_alt {
            w.add(
                node,
                skos::ALT_LABEL,
                Literal::new_language_tagged_literal_unchecked(english, "en"),
            );
        }
        if let Some(definition) = &concept.definition {
            w.add(node, skos::DEFINITION, Writer::zh(definition));
        }
        for broader in &concept.broader {
            w.add(node, skos::BROADER, concept_iri(broader));
        }
        for related in &concept.related {
            w.add(node, skos::RELATED, concept_iri(related));
        }
        w.add(doc, ag::MENTIONS, node.clone());
    }
    for (i, mention) in model.mentions.iter().enumerate() {
        let node = part_iri(doc, "m", i);
        w.add(&node, rdf::TYPE, ag::CONCEPT_MENTION.into_owned());
        w.add(&node, ag::CONCEPT, concepts[mention.concept].clone());
        w.locate(&node, context, mention.span);
        w.add(
            &node,
            nif::ANCHOR_OF,
            Literal::new_simple_literal(document.text.slice(mention.span)),
        );
        w.add(&node, ag::IN_SENTENCE, sentences[mention.sentence].clone());
        w.add(&node, ag::RULE_PROPERTY, rule_iri(mention.rule.id));
    }
    for (i, relation) in model.relations.iter().enumerate() {
        let node = part_iri(doc, "rel", i);
        let (source, target) = (&concepts[relation.source], &concepts[relation.target]);
        let property = crate::rdf::iri::relation_property(relation.kind);
        w.add(&node, rdf::TYPE, ag::CONCEPT_RELATION.into_owned());
        w.add(&node, ag::SOURCE, source.clone());
        w.add(&node, ag::TARGET, target.clone());
        w.add(&node, ag::RELATION_TYPE, property.clone());
        w.add(&node, ag::CUE, Literal::new_simple_literal(&relation.cue));
        w.locate(&node, context, relation.span);
        w.add(
            &node,
            nif::ANCHOR_OF,
            Literal::new_simple_literal(document.text.slice(relation.span)),
        );
        w.add(&node, ag::IN_SENTENCE, sentences[relation.sentence].clone());
        w.add(&node, ag::RULE_PROPERTY, rule_iri(relation.rule.id));
        w.add(source, property.as_ref(), target.clone());
    }
}
