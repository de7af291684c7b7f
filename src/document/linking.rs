//! Body markers tied to the entries they denote, by number whatever the two
//! styles (editions of classic texts mark notes ⑴ … ⒇ then (21) … and list
//! them 〔1〕 …), and by order where the numbering starts again (page
//! footnotes ① ② on every page, endnotes numbered per section).

use std::collections::BTreeSet;

use crate::document::markers::{FoundMarker, MarkerFamily};
use crate::document::notes::linked_run;

/// A family the labels do not allow points into the entries alone only when
/// it reaches at least half of them (and three): an enumeration's (1) (2)
/// (3) reaches a few.
const MIN_SHARE_ALONE: f64 = 0.5;

/// The marker families that point into the entries: those the entries'
/// labels allow (a list labelled [1] is pointed to by [1] and ¹, not by the
/// (1) of an enumeration) when one of them reaches an entry (a marker of
/// theirs that reaches none is reported dangling), or else the family that
/// reaches most, if it reaches half of them; then any other family that
/// takes the numbering on where the chosen ones end (⑴ … ⒇, then (21) …):
/// the entries it reaches all come after those reached, where an
/// enumeration's (1) (2) comes back to the start.
pub fn pointing_families(
    found: &[FoundMarker],
    entry_numbers: &[u32],
    label_style: Option<MarkerFamily>,
) -> Vec<MarkerFamily> {
    let entries: BTreeSet<u32> = entry_numbers.iter().copied().collect();
    let mut families: Vec<(MarkerFamily, BTreeSet<u32>)> = Vec::new();
    for marker in found {
        match families
            .iter_mut()
            .find(|(family, _)| *family == marker.family)
        {
            Some((_, numbers)) => numbers.extend(&marker.numbers),
            None => families.push((marker.family, marker.numbers.iter().copied().collect())),
        }
    }
    let reach = |numbers: &BTreeSet<u32>| numbers.intersection(&entries).count();
    // Most entries reached first; equal reach in a fixed order of families.
    families.sort_by_key(|(family, numbers)| (std::cmp::Reverse(reach(numbers)), *family as u8));
    let allowed = MarkerFamily::allowed_for(label_style);
    let enough_alone = |numbers: &BTreeSet<u32>| {
        let reached = reach(numbers);
        reached >= 3 && reached as f64 >= MIN_SHARE_ALONE * entries.len() as f64
    };
    let mut chosen: Vec<MarkerFamily> = families
        .iter()
        .filter(|(family, _)| allowed.contains(family))
        .map(|(family, _)| *family)
        .collect();
    let allowed_reach = families
        .iter()
        .any(|(family, numbers)| chosen.contains(family) && reach(numbers) > 0);
    // None of the allowed families reaches an entry: the family that reaches
    // most takes their place if it reaches enough; else they stay, dangling.
    if !allowed_reach
        && let Some((family, _)) = families
            .first()
            .filter(|(_, numbers)| enough_alone(numbers))
    {
        chosen = vec![*family];
    }
    let mut covered: BTreeSet<u32> = families
        .iter()
        .filter(|(family, _)| chosen.contains(family))
        .flat_map(|(_, numbers)| numbers.intersection(&entries).copied())
        .collect();
    for (family, numbers) in &families {
        if chosen.contains(family) {
            continue;
        }
        let hits: BTreeSet<u32> = numbers.intersection(&entries).copied().collect();
        let continues = match (hits.first(), covered.last()) {
            (Some(lowest), Some(highest)) => lowest > highest,
            _ => false,
        };
        if continues {
            chosen.push(*family);
            covered.extend(hits);
        }
    }
    chosen
}

/// For each marker (in text order), the indexes of the entries it denotes;
/// and for each entry whether a marker denotes it. Every marker points into
/// the one run of entries the markers share most numbers with — unless the
/// entries' numbering starts again as often as the markers' does (①②③ ①②
/// …) and pairing the k-th run of markers with the k-th run of entries
/// finds every marker its entry and links more entries.
pub fn link(markers: &[Vec<u32>], entry_numbers: &[u32]) -> (Vec<Vec<usize>>, Vec<bool>) {
    let by_number = link_by_number(markers, entry_numbers);
    match link_by_order(markers, entry_numbers) {
        Some(by_order) if count(&by_order.1) > count(&by_number.1) => by_order,
        _ => by_number,
    }
}

fn count(linked: &[bool]) -> usize {
    linked.iter().filter(|l| **l).count()
}

fn link_by_number(markers: &[Vec<u32>], entry_numbers: &[u32]) -> (Vec<Vec<usize>>, Vec<bool>) {
    let all: BTreeSet<u32> = markers.iter().flatten().copied().collect();
    let linked = linked_run(entry_numbers, &all);
    let denoted = markers
        .iter()
        .map(|numbers| {
            numbers
                .iter()
                .filter_map(|n| {
                    (0..entry_numbers.len()).find(|&i| linked[i] && entry_numbers[i] == *n)
                })
                .collect()
        })
        .collect();
    (denoted, linked)
}

/// The k-th run of markers paired with the k-th run of entries, when there
/// are as many of each and every marker finds its entries so.
fn link_by_order(
    markers: &[Vec<u32>],
    entry_numbers: &[u32],
) -> Option<(Vec<Vec<usize>>, Vec<bool>)> {
    let entry_runs = runs(entry_numbers);
    let firsts: Vec<u32> = markers.iter().filter_map(|m| m.first().copied()).collect();
    if entry_runs.len() < 2 || entry_runs.len() != runs(&firsts).len() {
        return None;
    }
    let mut linked = vec![false; entry_numbers.len()];
    let mut denoted = Vec::with_capacity(markers.len());
    let mut run = 0;
    let mut previous: Option<u32> = None;
    for numbers in markers {
        if let (Some(first), Some(before)) = (numbers.first(), previous)
            && *first <= before
        {
            run += 1;
        }
        previous = numbers.first().copied().or(previous);
        let entries = entry_runs.get(run)?.clone();
        let notes: Vec<usize> = numbers
            .iter()
            .map(|n| entries.clone().find(|&i| entry_numbers[i] == *n))
            .collect::<Option<_>>()?;
        for &note in &notes {
            linked[note] = true;
        }
        denoted.push(notes);
    }
    Some((denoted, linked))
}

/// The runs of a numbering: cut where a number is not above the one before.
fn runs(numbers: &[u32]) -> Vec<std::ops::Range<usize>> {
    let mut runs = Vec::new();
    let mut start = 0;
    for i in 1..=numbers.len() {
        if i == numbers.len() || numbers[i] <= numbers[i - 1] {
            runs.push(start..i);
            start = i;
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Span;

    fn marker(family: MarkerFamily, number: u32) -> FoundMarker {
        FoundMarker {
            span: Span::new(0, 1),
            numbers: vec![number],
            family,
        }
    }

    #[test]
    fn circled_then_parenthesized_markers_point_into_bracketed_entries() {
        let mut found: Vec<FoundMarker> =
            (1..=20).map(|n| marker(MarkerFamily::Circled, n)).collect();
        found.extend((21..=23).map(|n| marker(MarkerFamily::Parenthesized, n)));
        let entries: Vec<u32> = (1..=23).collect();
        let families = pointing_families(&found, &entries, Some(MarkerFamily::Bracketed));
        assert_eq!(
            families,
            vec![MarkerFamily::Circled, MarkerFamily::Parenthesized]
        );
    }

    #[test]
    fn an_enumeration_beside_bracketed_markers_points_nowhere() {
        let mut found: Vec<FoundMarker> = (1..=9)
            .map(|n| marker(MarkerFamily::Bracketed, n))
            .collect();
        found.extend((1..=3).map(|n| marker(MarkerFamily::Parenthesized, n)));
        let entries: Vec<u32> = (1..=9).collect();
        let families = pointing_families(&found, &entries, Some(MarkerFamily::Bracketed));
        assert_eq!(families, vec![MarkerFamily::Bracketed]);
    }

    #[test]
    fn restarting_numbers_pair_by_order() {
        let markers = vec![vec![1], vec![2], vec![3], vec![1], vec![2], vec![1]];
        let entries = [1, 2, 3, 1, 2, 1];
        let (denoted, linked) = link(&markers, &entries);
        assert_eq!(
            denoted,
            vec![vec![0], vec![1], vec![2], vec![3], vec![4], vec![5]]
        );
        assert!(linked.iter().all(|l| *l));
    }

    #[test]
    fn a_stray_run_before_the_main_one_stays_unlinked() {
        let markers = vec![vec![1], vec![2], vec![3]];
        let (denoted, linked) = link(&markers, &[1, 2, 1, 2, 3]);
        assert_eq!(denoted, vec![vec![2], vec![3], vec![4]]);
        assert_eq!(linked, vec![false, false, true, true, true]);
    }
}
