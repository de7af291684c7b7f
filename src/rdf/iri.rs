//! IRIs: the same concept, person or work gets the same IRI in every
//! document, through the keys of `crate::key`.

use crate::findings::{ArgumentRole, RelationKind};
use crate::key::{normalize_key, text_sha256};
use crate::vocab::{ID_NAMESPACE, ag};
use oxigraph::model::NamedNode;

/// Percent-encodes what may not stand in an IRI path segment; CJK stays.
fn encode_segment(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let allowed = c.is_alphanumeric() && !c.is_ascii()
            || c.is_ascii_alphanumeric()
            || matches!(c, '-' | '.' | '_' | '~' | '·');
        if allowed {
            out.push(c);
        } else {
            let mut buffer = [0u8; 4];
            for byte in c.encode_utf8(&mut buffer).bytes() {
                out.push_str(&format!("%{byte:02X}"));
            }
        }
    }
    out
}

fn minted(path: &str) -> NamedNode {
    NamedNode::new(format!("{ID_NAMESPACE}{path}")).expect("minted IRIs are valid")
}

pub fn concept_iri(key: &str) -> NamedNode {
    minted(&format!("concept/{}", encode_segment(key)))
}

pub fn person_iri(name: &str) -> NamedNode {
    minted(&format!("person/{}", encode_segment(&normalize_key(name))))
}

/// `…/id/work/{first 16 hex digits of the SHA-256 of the work's key}`.
pub fn work_iri(key: &str) -> NamedNode {
    let digest = text_sha256(key);
    minted(&format!("work/{}", &digest[..16]))
}

pub fn rule_iri(id: &str) -> NamedNode {
    minted(&format!("rule/{id}"))
}

/// `…/id/doc/{first 16 hex digits of the SHA-256 of the cleaned text}`.
pub fn document_iri(sha256_hex: &str) -> NamedNode {
    minted(&format!("doc/{}", &sha256_hex[..16]))
}

/// The IRI of the document whose cleaned text is `text`.
pub fn document_iri_of(text: &str) -> NamedNode {
    document_iri(&text_sha256(text))
}

/// The `ag:` property that states a relation of `kind` between concepts.
pub fn relation_property(kind: RelationKind) -> NamedNode {
    NamedNode::new_unchecked(format!("{}{}", ag::NAMESPACE, kind.property_name()))
}

/// The `ag:` role of an argument unit (`ag:Thesis`, `ag:Premise` …).
pub fn role_iri(role: ArgumentRole) -> NamedNode {
    NamedNode::new_unchecked(format!("{}{}", ag::NAMESPACE, role.name()))
}

/// A resource inside a document: `{doc}/{kind}/{index}`.
pub fn part_iri(document: &NamedNode, kind: &str, index: usize) -> NamedNode {
    NamedNode::new(format!("{}/{kind}/{index}", document.as_str())).expect("valid part IRI")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_unify_dots_dashes_quotes_and_case() {
        assert_eq!(
            normalize_key("哈里⋅布雷弗曼"),
            normalize_key("哈里·布雷弗曼")
        );
        assert_eq!(normalize_key("《机器与人——埃森哲》"), "机器与人--埃森哲");
        assert_eq!(normalize_key("“去技能化”"), "去技能化");
        assert_eq!(normalize_key("Co-Intelligence "), "co-intelligence");
        assert_eq!(normalize_key("ＡＩ"), "ai");
    }

    #[test]
    fn iris_keep_cjk_and_escape_the_rest() {
        assert_eq!(
            concept_iri("人机协作").as_str(),
            "https://w3id.org/argraph/id/concept/人机协作"
        );
        assert_eq!(
            concept_iri("a/b c").as_str(),
            "https://w3id.org/argraph/id/concept/a%2Fb%20c"
        );
        assert_eq!(
            document_iri("290c63d0b07a8e43f9b937b6bc9c6059").as_str(),
            "https://w3id.org/argraph/id/doc/290c63d0b07a8e43"
        );
    }
}
