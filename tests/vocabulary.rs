//! The graph written for the reference article keeps the vocabulary
//! contract: every `ag:` term it uses is declared in ontology/argraph.ttl
//! with Chinese and English labels, and every offset points at its text.

use std::collections::BTreeSet;
use std::path::Path;

use argraph::pipeline::Pipeline;
use argraph::resources::Resources;
use argraph::vocab::ag;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{Quad, Term};

fn reference_quads() -> Vec<Quad> {
    let pipeline = Pipeline::new(Resources::builtin());
    pipeline
        .run(Path::new("data/huang2025.txt"), &())
        .unwrap()
        .quads
}

#[test]
fn every_ag_term_in_use_is_declared_with_zh_and_en_labels() {
    let ontology = std::fs::read_to_string("ontology/argraph.ttl").unwrap();
    let mut labels: BTreeSet<(String, String)> = BTreeSet::new();
    for quad in RdfParser::from_format(RdfFormat::Turtle).for_slice(ontology.as_bytes()) {
        let quad = quad.unwrap();
        if quad.predicate.as_str() == "http://www.w3.org/2000/01/rdf-schema#label"
            && let Term::Literal(label) = &quad.object
        {
            labels.insert((
                quad.subject
                    .to_string()
                    .trim_matches(['<', '>'])
                    .to_string(),
                label.language().unwrap_or_default().to_string(),
            ));
        }
    }
    let mut used = BTreeSet::new();
    for quad in reference_quads() {
        used.insert(quad.predicate.as_str().to_string());
        if quad.predicate.as_str().ends_with("#type")
            && let Term::NamedNode(class) = &quad.object
        {
            used.insert(class.as_str().to_string());
        }
    }
    let used: Vec<&String> = used
        .iter()
        .filter(|iri| iri.starts_with(ag::NAMESPACE))
        .collect();
    assert!(used.len() > 10, "{used:?}");
    for iri in used {
        for language in ["zh", "en"] {
            assert!(
                labels.contains(&(iri.clone(), language.to_string())),
                "{iri} has no rdfs:label @{language} in ontology/argraph.ttl"
            );
        }
    }
}

#[test]
fn the_graph_is_deterministic() {
    assert_eq!(reference_quads(), reference_quads());
}
