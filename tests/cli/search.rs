//! `summit search`, and `--text` on the other subcommands.

use predicates::prelude::*;

use crate::common::{at_width, list_ids, other, stdout_of, summit};

#[test]
fn search_snapshot() {
    let out = at_width(120, &["search", "election"]);
    insta::assert_snapshot!("search_election", out);
}

/// Search and --text look in the context events too, and mark them so.
#[test]
fn search_and_text_find_context_events() {
    let out = stdout_of(&["search", "crimea"]);
    assert!(out.contains("context"), "{out}");
    assert!(out.contains("Russia annexes Crimea"), "{out}");
    assert!(
        out.contains("1 matching record and 1 context event"),
        "{out}"
    );
    let zelenskiy = stdout_of(&["search", "zelenskiy"]);
    assert!(zelenskiy.contains("Oval Office clash"), "{zelenskiy}");
    assert!(
        zelenskiy.contains("3 matching records and 1 context event"),
        "{zelenskiy}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&stdout_of(&["search", "zelenskiy", "--format", "json"])).unwrap();
    let oval = json
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["date"] == "2025-02-28")
        .unwrap();
    assert_eq!(oval["kind"], "context");
    let timeline = stdout_of(&["timeline", "--text", "crimea"]);
    assert!(timeline.contains("◆  2014"), "{timeline}");
    assert!(!timeline.contains("Mueller"), "{timeline}");
    let out = summit()
        .args(["list", "--text", "invasion"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "summit: no records match the filters; 1 context event matches \
         (summit timeline and summit search show context)\n"
    );
}

#[test]
fn search_ranks_and_explains() {
    let v: serde_json::Value =
        serde_json::from_str(&stdout_of(&["search", "helsinki", "--format", "json"])).unwrap();
    let hits = v.as_array().unwrap();
    assert_eq!(hits[0]["id"], "2018-helsinki");
    assert_eq!(
        hits[0]["fields"],
        serde_json::json!(["title", "place", "highlights"])
    );
    assert!(hits.len() >= 2);
    let table = stdout_of(&["search", "punished"]);
    assert!(
        table.contains("2017-da-nang") && table.contains("  quotes, summary  "),
        "{table}"
    );
    assert!(table.contains("1 matching record"));
    // Several words need no quotes: all must be found, as with quotes.
    let json = |args: &[&str]| -> serde_json::Value {
        let mut all = vec!["search", "--format", "json"];
        all.extend_from_slice(args);
        serde_json::from_str(&stdout_of(&all)).unwrap()
    };
    assert_eq!(json(&["putin", "osaka"]), json(&["putin osaka"]));
    assert_eq!(json(&["fake", "news"])[0]["id"], "2019-osaka");
    assert!(json(&["fake", "xylophone"]).as_array().unwrap().is_empty());
}

#[test]
fn search_ignores_accents_and_highlights() {
    assert!(other(&["search", "elysee"]).contains("paris-2019"));
    let text = other(&["--color", "always", "search", "elysee"]);
    assert!(text.contains("\u{1b}[33mÉlysée\u{1b}[0m"), "{text:?}");
}

/// Results stay a table while only the matched fields must go; when more
/// would, each result is a block of its own, the first at the top.
#[test]
fn search_tables_give_way_to_blocks() {
    let table = at_width(90, &["search", "election"]);
    assert!(table.starts_with("ID "), "{table}");
    assert!(
        table.contains("(Matched in hidden to fit the width)"),
        "{table}"
    );
    let blocks = at_width(80, &["search", "election"]);
    assert!(blocks.starts_with("2018-03-20-call · "), "{blocks}");
    assert!(blocks.contains("\n\n2019-osaka · "), "{blocks}");
    assert!(blocks.contains("  matched in "), "{blocks}");
    let quotes = at_width(60, &["quotes", "--speaker", "putin"]);
    assert!(quotes.starts_with("“"), "{quotes}");
    assert!(quotes.contains("\n\n“"), "{quotes}");
}

#[test]
fn search_without_hits() {
    summit()
        .args(["search", "xylophone"])
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains("nothing matches"));
}

/// `--text` on list looks where search looks: places, people and topics too.
#[test]
fn list_text_looks_where_search_looks() {
    // Putin's "Next time in Moscow" was said in Anchorage, restating
    // the invitation of February.
    assert_eq!(
        list_ids(&["--text", "Anchorage"]),
        ["2025-moscow", "2025-alaska"]
    );
    assert_eq!(
        list_ids(&["--text", "Anchorage Putin"]),
        ["2025-moscow", "2025-alaska"]
    );
    for q in ["orban", "sanctions", "lavrov", "\"fake news\""] {
        let mut searched = crate::common::search_ids(q);
        searched.sort();
        let mut listed = list_ids(&["--text", q]);
        listed.sort();
        assert_eq!(listed, searched, "{q}");
    }
}

/// A match in the people who took part is reported as such.
#[test]
fn a_participant_is_found_and_named_as_one() {
    let v: serde_json::Value =
        serde_json::from_str(&stdout_of(&["search", "huntsman", "--format", "json"])).unwrap();
    assert_eq!(v[0]["id"], "2018-helsinki");
    assert_eq!(v[0]["fields"][0], "participants");
}

/// A person is found under each spelling in use: search, `--text`,
/// `--participant` and browse's narrowing read Zelensky, Zelenskyy and
/// Zelenskiy, Ushakov and Ushakow, as one name.
#[test]
fn a_person_under_every_spelling() {
    let zelenskiy = crate::common::search_ids("zelenskiy");
    assert!(
        zelenskiy.contains(&"2025-istanbul".to_string()),
        "{zelenskiy:?}"
    );
    for spelling in ["zelensky", "Zelenskyy", "ZELENSKYI", "zelenskij"] {
        assert_eq!(crate::common::search_ids(spelling), zelenskiy, "{spelling}");
        assert_eq!(
            crate::common::list_ids(&["--text", spelling]),
            crate::common::list_ids(&["--text", "zelenskiy"]),
            "--text {spelling}"
        );
        assert_eq!(
            crate::common::list_ids(&["--participant", spelling]),
            ["2025-istanbul"],
            "--participant {spelling}"
        );
    }
    let ushakov = crate::common::list_ids(&["--participant", "ushakov"]);
    assert!(ushakov.len() > 2, "{ushakov:?}");
    assert_eq!(
        crate::common::list_ids(&["--participant", "Ushakow"]),
        ushakov
    );
    assert_eq!(
        crate::common::search_ids("ushakow"),
        crate::common::search_ids("ushakov")
    );
    // Search shows where it matched, under the spelling found.
    let out = crate::common::stdout_of(&["search", "zelensky", "--format", "json"]);
    let hits: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(
        hits.as_array()
            .unwrap()
            .iter()
            .all(|h| !h["fields"].as_array().unwrap().is_empty()),
        "{hits}"
    );
}
