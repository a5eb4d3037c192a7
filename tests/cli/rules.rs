//! Fixed cases for rules that random data reaches only by chance: dates
//! that cross a year boundary, ties in sort order, several suggestions,
//! and case folding outside ASCII. Expected values are written out here,
//! never computed with the library's own helpers.

use std::fmt::Write as _;

use crate::common::{fixture, json_ids, summit};

/// Ids that `summit --data tests/fixtures/edges.json list` prints with `args`.
fn edge_ids(args: &[&str]) -> Vec<String> {
    let path = fixture("edges.json");
    let mut all = vec!["--data", path.to_str().unwrap(), "list", "--format", "json"];
    all.extend_from_slice(args);
    let out = summit().args(&all).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    json_ids(&String::from_utf8(out.stdout).unwrap())
}

#[test]
fn a_meeting_across_new_year_belongs_to_both_years() {
    // new-year runs from 30 Dec 2018 to 2 Jan 2019.
    assert_eq!(edge_ids(&["--year", "2018"]), ["capital", "new-year"]);
    assert_eq!(edge_ids(&["--year", "2019"]), ["new-year", "elysee"]);
    assert_eq!(edge_ids(&["--year", "2019..2020"]), ["new-year", "elysee"]);
    assert_eq!(edge_ids(&["--year", "2017..2018"]), ["capital", "new-year"]);
    assert_eq!(edge_ids(&["--from", "2019-01"]), ["new-year", "elysee"]);
    assert_eq!(edge_ids(&["--from", "2019-01-02"]), ["new-year", "elysee"]);
    assert_eq!(edge_ids(&["--from", "2019-01-03"]), ["elysee"]);
    assert_eq!(edge_ids(&["--to", "2018-12"]), ["capital", "new-year"]);
    assert_eq!(edge_ids(&["--to", "2018-12-29"]), ["capital"]);
    assert!(edge_ids(&["--year", "2017"]).is_empty());
    assert!(edge_ids(&["--year", "2020"]).is_empty());
}

#[test]
fn folding_outside_ascii_matches_capitals_and_accents() {
    // Cyrillic capitals, a dotted capital I, accented Latin.
    assert_eq!(edge_ids(&["--city", "москва"]), ["capital"]);
    assert_eq!(edge_ids(&["--city", "МОСКВА"]), ["capital"]);
    assert_eq!(edge_ids(&["--country", "россия"]), ["capital"]);
    assert_eq!(edge_ids(&["--text", "встреча"]), ["capital"]);
    assert_eq!(edge_ids(&["--city", "istanbul"]), ["new-year"]);
    assert_eq!(edge_ids(&["--city", "ISTANBUL"]), ["new-year"]);
    assert_eq!(edge_ids(&["--text", "elysee"]), ["elysee"]);
    assert_eq!(edge_ids(&["--text", "ÉLYSÉE"]), ["elysee"]);
    assert!(edge_ids(&["--city", "moskva"]).is_empty());
}

#[test]
fn fold_gives_the_literal_lowercase_unaccented_text() {
    use summit::text::{contains_folded, fold};
    assert_eq!(fold("МОСКВА"), "москва");
    assert_eq!(fold("İstanbul"), "istanbul");
    assert_eq!(fold("Élysée"), "elysee");
    assert_eq!(fold("ΑΘΉΝΑ"), "αθηνα");
    assert_eq!(fold("Zürich"), "zurich");
    assert!(contains_folded("Встреча в МОСКВЕ", "москве"));
    assert!(contains_folded("ISTANBUL", "İstanbul"));
    assert!(!contains_folded("Москва", "Моска"));
}

#[test]
fn show_lists_the_closest_suggestions_first() {
    for (query, message) in [
        (
            "2018-hamburg",
            "error: no record matches \"2018-hamburg\"; did you mean one of 2017-hamburg, 2017-hamburg-dinner, 2018-paris?\n",
        ),
        (
            "2018-alaska",
            "error: no record matches \"2018-alaska\"; did you mean one of 2025-alaska, 2018-helsinki, 2018-paris?\n",
        ),
        (
            "2017-helsinki",
            "error: no record matches \"2017-helsinki\"; did you mean one of 2018-helsinki, 2017-04-12-tillerson?\n",
        ),
    ] {
        summit()
            .args(["show", query])
            .assert()
            .code(1)
            .stdout("")
            .stderr(message);
    }
}

#[test]
fn the_nearest_name_wins_whatever_the_order_given() {
    use summit::suggest::nearest;
    // "holds" is one edit from "holes" and two from "held": both are
    // within reach, and the nearer one is the suggestion.
    assert_eq!(nearest("holds", ["held", "holes"]), Some("holes"));
    assert_eq!(nearest("holds", ["holes", "held"]), Some("holes"));
    assert_eq!(
        nearest("duration", ["participants", "duration_minutes"]),
        Some("duration_minutes")
    );
    assert_eq!(nearest("durat", ["participants"]), None);
    assert_eq!(
        nearest("duraton_minutes", ["date", "duration_minutes", "outcome"]),
        Some("duration_minutes")
    );
    // Longer names allow more edits: a third of their length.
    assert_eq!(
        nearest("duratin_minut", ["date", "duration_minutes"]),
        Some("duration_minutes")
    );
    assert_eq!(nearest("partcipnt", ["participants"]), Some("participants"));
    assert_eq!(nearest("prtcpnt", ["participants"]), None);
}

/// A dataset of `years` × four outcomes, one encounter each, listed newest
/// first, so that a sort that forgets the date order of ties shows it.
/// Each encounter has the id `<outcome>-<year>`; durations and titles tie
/// within an outcome, places within a year.
fn ties_dataset(years: std::ops::Range<i32>) -> String {
    let outcomes = ["held", "informal", "cancelled", "proposed"];
    let mut records = Vec::new();
    for year in years.rev() {
        for (i, outcome) in outcomes.iter().enumerate().rev() {
            let mut r = String::new();
            write!(
                r,
                r#"{{"id": "{outcome}-{year}", "title": "Meeting {outcome}", "date": "{year}-0{month}",
                "city": "City {year}", "country": "Country", "occasion": "Talks", "outcome": "{outcome}",
                "duration_minutes": {minutes}, "summary": "S.", "sources": ["s"]}}"#,
                month = i + 1,
                minutes = 10 * (i + 1),
            )
            .unwrap();
            records.push(r);
        }
    }
    format!(
        r#"{{"title": "Ties", "description": "Ties.", "updated": "2026-11-29",
        "sources": [{{"id": "s", "title": "S", "publisher": "P", "date": "2026"}}],
        "encounters": [{}]}}"#,
        records.join(",\n")
    )
}

#[test]
fn ties_keep_date_order_however_the_input_is_ordered() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ties.json");
    // Twelve years, 48 encounters: more than a small-slice sort keeps
    // stable by accident.
    std::fs::write(&path, ties_dataset(2000..2012)).unwrap();
    let ids = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["--data", path.to_str().unwrap(), "list", "--format", "json"];
        all.extend_from_slice(args);
        let out = summit().args(&all).output().unwrap();
        assert!(out.status.success(), "{args:?}");
        json_ids(&String::from_utf8(out.stdout).unwrap())
    };
    let by_outcome = |outcomes: &[&str]| -> Vec<String> {
        let mut v = Vec::new();
        for o in outcomes {
            for year in 2000..2012 {
                v.push(format!("{o}-{year}"));
            }
        }
        v
    };
    let forward = ["held", "informal", "cancelled", "proposed"];
    // Outcome, title and duration tie within an outcome: chronological.
    for key in ["kind", "title", "duration"] {
        let title_order = ["cancelled", "held", "informal", "proposed"];
        let order: &[&str] = if key == "title" {
            &title_order
        } else {
            &forward
        };
        assert_eq!(ids(&["--sort", key]), by_outcome(order), "--sort {key}");
        let reversed: Vec<&str> = order.iter().rev().copied().collect();
        assert_eq!(
            ids(&["--sort", key, "--reverse"]),
            by_outcome(&reversed),
            "--sort {key} --reverse"
        );
    }
    // Place ties within a year: the four of a year, in date order.
    let mut by_year = Vec::new();
    for year in 2000..2012 {
        for o in forward {
            by_year.push(format!("{o}-{year}"));
        }
    }
    assert_eq!(ids(&["--sort", "place"]), by_year);
    assert_eq!(ids(&[]), by_year);
}

#[test]
fn equal_dates_keep_the_order_given() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("same-day.json");
    let mut records = Vec::new();
    // 30 records on two days, listed alternately: each day's keep their order.
    for i in 0..30 {
        let day = if i % 2 == 0 {
            "2019-06-29"
        } else {
            "2019-06-28"
        };
        records.push(format!(
            r#"{{"id": "r{i:02}", "title": "Same", "date": "{day}", "city": "C", "country": "K",
            "occasion": "O", "outcome": "held", "summary": "S.", "sources": ["s"]}}"#
        ));
    }
    let text = format!(
        r#"{{"title": "Same day", "description": "D.", "updated": "2026-11-29",
        "sources": [{{"id": "s", "title": "S", "publisher": "P", "date": "2026"}}],
        "encounters": [{}]}}"#,
        records.join(",\n")
    );
    std::fs::write(&path, text).unwrap();
    let odd: Vec<String> = (0..30)
        .filter(|i| i % 2 == 1)
        .map(|i| format!("r{i:02}"))
        .collect();
    let even: Vec<String> = (0..30)
        .filter(|i| i % 2 == 0)
        .map(|i| format!("r{i:02}"))
        .collect();
    let expected: Vec<String> = odd.iter().chain(&even).cloned().collect();
    for sort in ["date", "title", "kind", "place", "duration"] {
        let out = summit()
            .args(["--data", path.to_str().unwrap(), "list", "--format", "json"])
            .args(["--sort", sort])
            .output()
            .unwrap();
        assert!(out.status.success());
        assert_eq!(
            json_ids(&String::from_utf8(out.stdout).unwrap()),
            expected,
            "--sort {sort}"
        );
    }
}

/// Coordinates in range, a venue's point only where a venue is named, and
/// under --strict a source for them; each problem said where it is.
#[test]
fn coordinates_are_checked() {
    let mut v: serde_json::Value = serde_json::from_str(crate::common::RECORD_JSON).unwrap();
    // 2017-hamburg names no venue.
    let i = v["encounters"]
        .as_array()
        .unwrap()
        .iter()
        .position(|e| e["id"] == "2017-hamburg")
        .unwrap();
    assert!(v["encounters"][i].get("venue").is_none());
    let c = &mut v["encounters"][i]["coordinates"];
    c["latitude"] = 91.5.into();
    c["longitude"] = (-200).into();
    c["of"] = "venue".into();
    c["sources"] = serde_json::json!([]);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mine.json");
    std::fs::write(&path, serde_json::to_string_pretty(&v).unwrap()).unwrap();
    let out = summit()
        .args(["validate".as_ref(), "--strict".as_ref(), path.as_os_str()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    for expected in [
        format!(
            "encounters[{i}].coordinates.latitude: 91.5 is out of range: from -90 to 90 degrees"
        ),
        format!(
            "encounters[{i}].coordinates.longitude: -200 is out of range: from -180 to 180 degrees"
        ),
        format!("encounters[{i}].coordinates.of: \"venue\", but the record names no venue"),
        format!("encounters[{i}].coordinates.sources: at least one source is required"),
    ] {
        assert!(stderr.contains(&expected), "{expected:?} not in\n{stderr}");
    }
    // Without --strict, a point with no source is allowed.
    c_without_source(&mut v, i);
    std::fs::write(&path, serde_json::to_string_pretty(&v).unwrap()).unwrap();
    summit()
        .args(["validate".as_ref(), path.as_os_str()])
        .assert()
        .success();
}

fn c_without_source(v: &mut serde_json::Value, i: usize) {
    v["encounters"][i]["coordinates"] = serde_json::json!({
        "latitude": 53.5, "longitude": 10.0, "of": "city"
    });
}
