//! Model → quads, per the vocabulary contract. Everything a document
//! contributes goes into its own named graph (IRI = the document's IRI), so
//! that re-building a document replaces exactly its quads. Quads come in the
//! order written, each once.

use oxigraph::model::vocab::{rdf, rdfs, xsd};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};

use crate::document::Span;
use crate::key::text_sha256;
use crate::rdf::iri::{document_iri, part_iri, person_iri, rule_iri};
use crate::resolve::Model;
use crate::vocab::{ag, dcterms, doco, fabio, foaf, frbr, nif, prism, prov, void};

pub(crate) struct Writer {
    graph: GraphName,
    quads: Vec<Quad>,
}

impl Writer {
    pub(crate) fn add(
        &mut self,
        subject: &NamedNode,
        predicate: oxigraph::model::NamedNodeRef,
        object: impl Into<Term>,
    ) {
        self.quads.push(Quad::new(
            NamedOrBlankNode::from(subject.clone()),
            predicate.into_owned(),
            object.into(),
            self.graph.clone(),
        ));
    }

    pub(crate) fn integer(value: usize) -> Literal {
        Literal::new_typed_literal(value.to_string(), xsd::INTEGER)
    }

    /// A Chinese literal.
    pub(crate) fn zh(value: &str) -> Literal {
        Literal::new_language_tagged_literal_unchecked(value, "zh")
    }

    pub(crate) fn offset(value: usize) -> Literal {
        Literal::new_typed_literal(value.to_string(), xsd::NON_NEGATIVE_INTEGER)
    }

    /// NIF offsets and reference context of a node located in the text.
    pub(crate) fn locate(&mut self, node: &NamedNode, context: &NamedNode, span: Span) {
        self.add(node, nif::REFERENCE_CONTEXT, context.clone());
        self.add(node, nif::BEGIN_INDEX, Self::offset(span.start));
        self.add(node, nif::END_INDEX, Self::offset(span.end));
    }
}

/// The document's IRI and all its quads, each once, ending with the
/// fingerprint of the rules it was extracted with (`ag:extractedWith`) and
/// the size of its graph (`void:triples`, that quad included).
pub fn to_quads(model: &Model, fingerprint: &str) -> (NamedNode, Vec<Quad>) {
    let document = model.document;
    let sha = text_sha256(document.text.as_str());
    let doc = document_iri(&sha);
    let mut w = Writer {
        graph: GraphName::NamedNode(doc.clone()),
        quads: Vec::new(),
    };
    let context = part_iri(&doc, "text", 0);
    write_document(&mut w, &doc, &context, &sha, document);
    let sentences = write_structure(&mut w, &doc, &context, document);
    crate::rdf::concepts::write_concepts(&mut w, &doc, &context, &sentences, model);
    crate::rdf::argument::write_argument(&mut w, &doc, &context, &sentences, model);
    let notes = crate::rdf::notes::write_notes(&mut w, &doc, &context, model);
    let works = crate::rdf::works::write_works(&mut w, &doc, &notes, model);
    let pointers: Vec<NamedNode> = (0..document.markers.len())
        .map(|i| part_iri(&doc, "ptr", i))
        .collect();
    crate::rdf::works::write_functions(&mut w, &doc, &pointers, &works, model);
    crate::rdf::notes::write_pointers(&mut w, &context, &pointers, &notes, &sentences, model);
    write_rules(&mut w, model);
    (doc.clone(), sealed(w.quads, &doc, fingerprint))
}

/// The document node: its metadata and its text (`nif:Context`).
fn write_document(
    w: &mut Writer,
    doc: &NamedNode,
    context: &NamedNode,
    sha: &str,
    document: &crate::document::Document,
) {
    let text = document.text.as_str();
    w.add(doc, rdf::TYPE, ag::DOCUMENT.into_owned());
    w.add(doc, rdf::TYPE, fabio::EXPRESSION.into_owned());
    w.add(doc, ag::SHA256, Literal::new_simple_literal(sha));
    w.add(
        doc,
        ag::FILE_NAME,
        Literal::new_simple_literal(&document.file_name),
    );
    w.add(doc, ag::TEXT, context.clone());
    let metadata = &document.metadata;
    if let Some(title) = &metadata.title {
        w.add(doc, dcterms::TITLE, Writer::zh(title));
    }
    for author in &metadata.authors {
        let person = person_iri(author);
        w.add(doc, dcterms::CREATOR, person.clone());
        w.add(&person, rdf::TYPE, foaf::PERSON.into_owned());
        w.add(&person, foaf::NAME, Literal::new_simple_literal(author));
    }
    if let Some(source) = &metadata.source {
        w.add(doc, dcterms::SOURCE, Literal::new_simple_literal(source));
    }
    if let Some(affiliation) = &metadata.affiliation {
        w.add(
            doc,
            ag::AFFILIATION,
            Literal::new_simple_literal(affiliation),
        );
    }
    if let Some(date) = &metadata.date {
        w.add(doc, dcterms::DATE, Literal::new_simple_literal(date));
    }
    if let Some(abstract_text) = &metadata.abstract_text {
        w.add(doc, dcterms::ABSTRACT, Writer::zh(abstract_text));
    }
    for keyword in &metadata.keywords {
        w.add(doc, prism::KEYWORD, Writer::zh(keyword));
    }
    w.add(context, rdf::TYPE, nif::CONTEXT.into_owned());
    w.add(context, nif::IS_STRING, Literal::new_simple_literal(text));
    w.add(context, nif::BEGIN_INDEX, Writer::offset(0));
    w.add(context, nif::END_INDEX, Writer::offset(document.text.len()));
}

/// Sections, paragraphs and sentences, each part of the one above it; the
/// sentences' IRIs, which the nodes located in them name.
fn write_structure(
    w: &mut Writer,
    doc: &NamedNode,
    context: &NamedNode,
    document: &crate::document::Document,
) -> Vec<NamedNode> {
    let sections: Vec<NamedNode> = (0..document.sections.len())
        .map(|i| part_iri(doc, "section", i))
        .collect();
    for (i, section) in document.sections.iter().enumerate() {
        let node = &sections[i];
        w.add(node, rdf::TYPE, doco::SECTION.into_owned());
        w.add(
            node,
            frbr::PART_OF,
            section.parent.map_or(doc.clone(), |p| sections[p].clone()),
        );
        w.add(node, ag::INDEX, Writer::integer(i));
        w.add(node, ag::LEVEL, Writer::integer(section.level.into()));
        if let Some(number) = &section.number {
            w.add(node, ag::NUMBER, Literal::new_simple_literal(number));
        }
        w.add(node, dcterms::TITLE, Writer::zh(&section.title));
        w.locate(node, context, section.span);
    }
    let paragraphs: Vec<NamedNode> = (0..document.paragraphs.len())
        .map(|i| part_iri(doc, "p", i))
        .collect();
    for (i, paragraph) in document.paragraphs.iter().enumerate() {
        let node = &paragraphs[i];
        w.add(node, rdf::TYPE, doco::PARAGRAPH.into_owned());
        w.add(
            node,
            frbr::PART_OF,
            paragraph
                .section
                .map_or(doc.clone(), |s| sections[s].clone()),
        );
        w.add(node, ag::INDEX, Writer::integer(i));
        w.locate(node, context, paragraph.span);
    }
    let sentences: Vec<NamedNode> = (0..document.sentences.len())
        .map(|i| part_iri(doc, "s", i))
        .collect();
    for (i, sentence) in document.sentences.iter().enumerate() {
        let node = &sentences[i];
        w.add(node, rdf::TYPE, doco::SENTENCE.into_owned());
        w.add(node, frbr::PART_OF, paragraphs[sentence.paragraph].clone());
        w.add(node, ag::INDEX, Writer::integer(i));
        w.locate(node, context, sentence.span);
    }

    sentences
}

/// Every rule that found something, as a `prov:Plan` with its id, name and summary.
fn write_rules(w: &mut Writer, model: &Model) {
    for rule in model.rules_used() {
        let node = rule_iri(rule.id);
        w.add(&node, rdf::TYPE, ag::RULE.into_owned());
        w.add(&node, rdf::TYPE, prov::PLAN.into_owned());
        w.add(
            &node,
            dcterms::IDENTIFIER,
            Literal::new_simple_literal(rule.id),
        );
        w.add(&node, rdfs::LABEL, Literal::new_simple_literal(rule.name));
        w.add(
            &node,
            rdfs::COMMENT,
            Literal::new_simple_literal(rule.summary()),
        );
    }
}

/// The quads each once, then the fingerprint and the graph's size.
fn sealed(quads: Vec<Quad>, doc: &NamedNode, fingerprint: &str) -> Vec<Quad> {
    let mut quads = without_repeats(quads);
    let graph = GraphName::NamedNode(doc.clone());
    quads.push(Quad::new(
        doc.clone(),
        ag::EXTRACTED_WITH,
        Literal::new_simple_literal(fingerprint),
        graph.clone(),
    ));
    // The size of the document's graph, this quad included: the store's
    // size is their sum, read without counting ten million keys.
    let size = quads.len() + 1;
    quads.push(Quad::new(
        doc.clone(),
        void::TRIPLES,
        Literal::new_typed_literal(size.to_string(), xsd::INTEGER),
        graph,
    ));
    quads
}

/// The quads in the order written, each once: a concept or person the
/// model names twice is described twice. Kept in order rather than sorted,
/// which the store does not need and which cost a twentieth of a build.
fn without_repeats(quads: Vec<Quad>) -> Vec<Quad> {
    let first: Vec<bool> = {
        let mut seen = std::collections::HashSet::with_capacity(quads.len());
        quads.iter().map(|quad| seen.insert(quad)).collect()
    };
    quads
        .into_iter()
        .zip(first)
        .filter_map(|(quad, first)| first.then_some(quad))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::skos;

    #[test]
    fn repeated_quads_are_dropped_and_the_order_kept() {
        let graph = GraphName::NamedNode(NamedNode::new_unchecked("https://example.org/g"));
        let quad = |subject: &str| {
            Quad::new(
                NamedNode::new_unchecked(format!("https://example.org/{subject}")),
                rdf::TYPE,
                skos::CONCEPT,
                graph.clone(),
            )
        };
        let written = vec![quad("b"), quad("a"), quad("b"), quad("c"), quad("a")];
        assert_eq!(
            without_repeats(written),
            vec![quad("b"), quad("a"), quad("c")]
        );
    }
}
