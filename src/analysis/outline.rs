//! `argraph outline`: the argument of each document as a tree, read from
//! the store — the thesis; the section claims under it; under each claim
//! what supports it (claims, premises with the short titles of the works
//! they cite) and the opposing views it attacks, with what else attacks
//! them.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use serde::Serialize;

use crate::analysis::{AnalysisError, count, select, value};
use crate::findings::ArgumentRole;
use crate::store::GraphStore;

const UNITS_QUERY: &str = "SELECT ?doc ?file ?unit ?role ?text ?begin WHERE {
  ?unit ag:role ?role ; aif:claimText ?text ; nif:beginIndex ?begin ; nif:referenceContext ?context .
  ?doc ag:text ?context ; ag:fileName ?file .
} ORDER BY ?file ?begin";

const LINKS_QUERY: &str = "SELECT ?from ?to ?kind WHERE {
  ?node aif:Premise ?from ; aif:Conclusion ?to ; a ?kind .
  FILTER(?kind = aif:RA-node || ?kind = aif:CA-node)
}";

const CITED_QUERY: &str = "SELECT DISTINCT ?unit ?title WHERE {
  ?unit ag:inSentence ?sentence .
  ?pointer ag:inSentence ?sentence ; c4o:denotes/biro:references ?work .
  ?work dcterms:title ?title .
} ORDER BY ?unit ?title";

/// A unit of the argument and what hangs under it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OutlineNode {
    /// `Thesis`, `SectionClaim`, `Claim`, `Premise`, `OpposingView` or
    /// `Conclusion`.
    pub role: String,
    pub text: String,
    pub begin: usize,
    /// Short titles of the works the unit's sentence cites.
    pub cites: Vec<String>,
    /// The units that support this one, in text order.
    pub supported_by: Vec<OutlineNode>,
    /// The opposing views this unit attacks, each with its other attackers.
    pub attacks: Vec<AttackedView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AttackedView {
    pub view: String,
    pub begin: usize,
    /// Other units that attack the view (the sentences that rebut it).
    pub also_attacked_by: Vec<String>,
}

/// The argument of one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocumentOutline {
    pub document: String,
    pub file: String,
    /// The thesis (or, without one, the claims that support nothing).
    pub roots: Vec<OutlineNode>,
}

#[derive(Debug, Clone)]
struct UnitRow {
    doc: String,
    file: String,
    role: String,
    text: String,
    begin: usize,
}

/// Short form of a title for the outline: up to 24 characters.
fn short_title(title: &str) -> String {
    let chars: Vec<char> = title.chars().collect();
    if chars.len() <= 24 {
        title.to_string()
    } else {
        chars[..24].iter().collect::<String>() + "…"
    }
}

/// The outlines of the store's documents, or of the one whose IRI, hash or
/// file name is `doc`.
pub fn outlines(
    store: &GraphStore,
    doc: Option<&str>,
) -> Result<Vec<DocumentOutline>, AnalysisError> {
    let mut units: BTreeMap<String, UnitRow> = BTreeMap::new();
    for row in select(store, UNITS_QUERY)? {
        let role = value(&row[3]);
        units.insert(
            value(&row[2]),
            UnitRow {
                doc: value(&row[0]),
                file: value(&row[1]),
                role: role.rsplit('#').next().unwrap_or_default().to_string(),
                text: value(&row[4]),
                begin: count(&row[5]),
            },
        );
    }
    let mut supporters: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut attacked: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut attackers: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut supports_something: BTreeSet<String> = BTreeSet::new();
    for row in select(store, LINKS_QUERY)? {
        let (from, to, kind) = (value(&row[0]), value(&row[1]), value(&row[2]));
        if kind.ends_with("RA-node") {
            supporters.entry(to).or_default().push(from.clone());
            supports_something.insert(from);
        } else {
            attacked.entry(from.clone()).or_default().push(to.clone());
            attackers.entry(to).or_default().push(from);
        }
    }
    let mut cites: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for row in select(store, CITED_QUERY)? {
        cites
            .entry(value(&row[0]))
            .or_default()
            .push(short_title(&value(&row[1])));
    }
    let by_begin = |list: &mut Vec<String>| {
        list.sort_by_key(|unit| units.get(unit).map_or(0, |u| u.begin));
        list.dedup();
    };
    for list in supporters
        .values_mut()
        .chain(attacked.values_mut())
        .chain(attackers.values_mut())
    {
        by_begin(list);
    }
    let tree = Tree {
        units: &units,
        supporters: &supporters,
        attacked: &attacked,
        attackers: &attackers,
        cites: &cites,
    };
    let mut documents: BTreeMap<(String, String), Vec<&String>> = BTreeMap::new();
    for (iri, unit) in &units {
        documents
            .entry((unit.file.clone(), unit.doc.clone()))
            .or_default()
            .push(iri);
    }
    let wanted = |file: &str, iri: &str| match doc {
        None => true,
        Some(doc) => crate::store::names_document(doc, iri, file),
    };
    let mut outlines = Vec::new();
    for ((file, iri), members) in documents {
        if !wanted(&file, &iri) {
            continue;
        }
        let mut roots: Vec<&String> = members
            .iter()
            .copied()
            .filter(|u| units[*u].role == ArgumentRole::Thesis.name())
            .collect();
        if roots.is_empty() {
            roots = members
                .iter()
                .copied()
                .filter(|u| {
                    units[*u].role == ArgumentRole::SectionClaim.name()
                        && !supports_something.contains(*u)
                })
                .collect();
        }
        roots.sort_by_key(|u| units[*u].begin);
        let mut seen = BTreeSet::new();
        outlines.push(DocumentOutline {
            document: iri.clone(),
            file: file.clone(),
            roots: roots
                .into_iter()
                .map(|root| tree.node(root, &mut seen))
                .collect(),
        });
    }
    Ok(outlines)
}

struct Tree<'a> {
    units: &'a BTreeMap<String, UnitRow>,
    supporters: &'a BTreeMap<String, Vec<String>>,
    attacked: &'a BTreeMap<String, Vec<String>>,
    attackers: &'a BTreeMap<String, Vec<String>>,
    cites: &'a BTreeMap<String, Vec<String>>,
}

impl Tree<'_> {
    fn node(&self, iri: &String, seen: &mut BTreeSet<String>) -> OutlineNode {
        seen.insert(iri.clone());
        let unit = &self.units[iri];
        let supported_by = self
            .supporters
            .get(iri)
            .into_iter()
            .flatten()
            .filter(|child| self.units.contains_key(*child) && !seen.contains(*child))
            .cloned()
            .collect::<Vec<_>>()
            .iter()
            .map(|child| self.node(child, seen))
            .collect();
        let attacks = self
            .attacked
            .get(iri)
            .into_iter()
            .flatten()
            .filter_map(|view| {
                let row = self.units.get(view)?;
                let also = self
                    .attackers
                    .get(view)
                    .into_iter()
                    .flatten()
                    .filter(|a| *a != iri)
                    .filter_map(|a| self.units.get(a).map(|u| u.text.clone()))
                    .collect();
                Some(AttackedView {
                    view: row.text.clone(),
                    begin: row.begin,
                    also_attacked_by: also,
                })
            })
            .collect();
        OutlineNode {
            role: unit.role.clone(),
            text: unit.text.clone(),
            begin: unit.begin,
            cites: self.cites.get(iri).cloned().unwrap_or_default(),
            supported_by,
            attacks,
        }
    }
}

/// The outlines as indented text a person reads.
pub fn to_text(outlines: &[DocumentOutline]) -> String {
    let mut out = String::new();
    for outline in outlines {
        let _ = writeln!(out, "{}", outline.file);
        for root in &outline.roots {
            write_node(&mut out, root, 1);
        }
    }
    out
}

/// How the outline names a role; a role the vocabulary does not know, by
/// its local name.
fn role_label(role: &str) -> &str {
    match ArgumentRole::from_name(role) {
        Some(ArgumentRole::Thesis) => "thesis",
        Some(ArgumentRole::SectionClaim) => "section",
        Some(ArgumentRole::Claim) => "claim",
        Some(ArgumentRole::Premise) => "premise",
        Some(ArgumentRole::OpposingView) => "opposing view",
        Some(ArgumentRole::Conclusion) => "conclusion",
        None => role,
    }
}

fn write_node(out: &mut String, node: &OutlineNode, depth: usize) {
    let indent = "  ".repeat(depth);
    let cites = if node.cites.is_empty() {
        String::new()
    } else {
        format!("  [cites {}]", node.cites.join("; "))
    };
    let _ = writeln!(
        out,
        "{indent}{}: {}{cites}",
        role_label(&node.role),
        node.text
    );
    for view in &node.attacks {
        let _ = writeln!(out, "{indent}  attacks opposing view: {}", view.view);
        for other in &view.also_attacked_by {
            let _ = writeln!(out, "{indent}    also attacked by: {other}");
        }
    }
    for child in &node.supported_by {
        write_node(out, child, depth + 1);
    }
}
