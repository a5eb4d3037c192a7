//! `summit show`.

use predicates::prelude::*;

use crate::common::{at_width, stdout_of, summit};

#[test]
fn text_snapshot() {
    let out = at_width(80, &["show", "helsinki-2018"]);
    insta::assert_snapshot!("show_helsinki", out);
}

#[test]
fn finds_by_prefix_and_by_word() {
    for query in ["osaka-2019", "osa", "Osaka", "japan"] {
        let out = stdout_of(&["show", query]);
        assert!(
            out.starts_with("G20 bilateral meeting\nosaka-2019 · held"),
            "{query}: {out}"
        );
    }
    assert!(stdout_of(&["show", "alaska"]).starts_with("Alaska summit\n"));
    assert!(stdout_of(&["show", "Elbphilharmonie"]).contains("hamburg-2017-dinner"));
}

#[test]
fn tells_the_whole_story() {
    let out = stdout_of(&["show", "osaka"]);
    // Compare without the line breaks of wrapping.
    let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    for part in [
        "Fri 28 Jun 2019",
        "Osaka, Japan",
        "Quotes",
        "“Don’t meddle in the election.”",
        "— Vladimir Putin · In English, joking with Trump about fake news",
        "[1] Anna Edgerton, Anthony Halpin.",
        "Previous meeting buenos-aires-2018-dinner: G20 leaders' dinner conversation, 30 Nov 2018 (6 months 29 days before)",
        "Previous record buenos-aires-2018: G20 bilateral meeting, 30 Nov – 1 Dec 2018 (cancelled)",
        "Next record moscow-2020: Victory Day invitation, 9 May 2020 (proposed)",
        "Next meeting alaska-2025: Alaska summit, 15 Aug 2025 (6 years 1 month 18 days after)",
    ] {
        assert!(out.contains(part), "missing {part:?} in\n{out}");
    }
}

#[test]
fn first_and_same_day_neighbours() {
    let out = stdout_of(&["show", "hamburg-2017"]);
    assert!(!out.contains("Previous"));
    let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        out.contains("Next meeting hamburg-2017-dinner: Elbphilharmonie dinner conversation, 7 Jul 2017 (the same day)"),
        "{out}"
    );
    let out = stdout_of(&["show", "washington-2018"]);
    let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        out.contains(
            "Next meeting paris-2018: Armistice centenary handshake, 11 Nov 2018 (overlapping dates)"
        ),
        "{out}"
    );
}

#[test]
fn json_is_the_encounter_object() {
    let out = stdout_of(&["show", "buenos-aires-2018", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["id"], "buenos-aires-2018");
    assert_eq!(v["outcome"], "cancelled");
    assert_eq!(v["date"], "2018-11-30/2018-12-01");
}

#[test]
fn markdown_has_sections() {
    let out = stdout_of(&["show", "helsinki", "--format", "markdown"]);
    assert!(out.starts_with("# Helsinki summit\n"));
    assert!(out.contains("## Quotes"));
    assert!(
        out.contains(
            "> “no prior president has ever abased himself more abjectly before a tyrant.”"
        )
    );
    assert!(out.contains("## Sources"));
    // Each quote is a blockquote of its own: a blank line before the next.
    let lines: Vec<&str> = out.lines().collect();
    let quotes: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].starts_with("> “"))
        .collect();
    assert_eq!(quotes.len(), 4, "{out}");
    for i in quotes {
        assert_eq!(lines[i - 1], "", "line {i} joins the quote before:\n{out}");
    }
}

#[test]
fn ambiguous_query_lists_the_matches() {
    summit()
        .args(["show", "hamburg"])
        .assert()
        .code(1)
        .stdout("")
        .stderr("error: \"hamburg\" matches 2 encounters: hamburg-2017, hamburg-2017-dinner; give one id\n");
}

#[test]
fn unknown_query_suggests_the_closest() {
    summit()
        .args(["show", "helsinki-2019"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("did you mean helsinki-2018?"));
    summit()
        .args(["show", "zzzz"])
        .assert()
        .code(1)
        .stderr(predicate::str::starts_with(
            "error: no encounter matches \"zzzz\"",
        ));
}

/// From any highlight or quote to the document that supports it: numbered
/// references, and each source listed once with its URL, its archived copy
/// or its print-only note.
#[test]
fn citations_lead_to_their_sources() {
    let path = crate::common::fixture("cited.json");
    let p = path.to_str().unwrap();
    let out = stdout_of(&["--width", "80", "--data", p, "show", "a"]);
    for part in [
        "  S. [1]\n",
        "  • They met. [1]\n",
        "  • It rained. [2][1]\n",
        "    — P1 [2]\n",
        "  [1] \"S\". P, 2025. https://example.org/report (archived:\n    https://archive.example.org/report)\n",
        "  [2] A. Writer. \"Memoirs\". House, 2020. Print edition, p. 12.\n",
    ] {
        assert!(out.contains(part), "missing {part:?} in\n{out}");
    }
    let md = stdout_of(&["--data", p, "show", "a", "--format", "markdown"]);
    assert!(md.contains("- It rained. [2][1]\n"), "{md}");
    assert!(md.contains("## Sources\n\n1. \"S\". P, 2025."), "{md}");
    let html = stdout_of(&["--data", p, "export", "--format", "html"]);
    assert!(html.contains(
        "<li>It rained. <sup class=\"ref\"><a href=\"#source-2\">[2]</a></sup> \
         <sup class=\"ref\"><a href=\"#source-1\">[1]</a></sup></li>"
    ));
    assert!(html.contains(
        "<li id=\"source-1\">&quot;S&quot;. P, 2025. <a href=\"https://example.org/report\">"
    ));
    assert!(html.contains("(<a href=\"https://archive.example.org/report\">archived copy</a>)"));
    // JSON keeps the ids.
    let json: serde_json::Value =
        serde_json::from_str(&stdout_of(&["--data", p, "show", "a", "--format", "json"])).unwrap();
    assert_eq!(
        json["highlights"][1]["sources"],
        serde_json::json!(["book", "s"])
    );
    assert_eq!(json["quotes"][0]["sources"], serde_json::json!(["book"]));
}

/// Every highlight and quote of `summit show helsinki` leads to a source
/// with a URL.
#[test]
fn every_claim_in_show_helsinki_leads_to_a_url() {
    let out = stdout_of(&["show", "helsinki"]);
    let (body, sources) = out.split_once("\nSources\n").unwrap();
    let numbers = |text: &str| -> Vec<usize> {
        text.split('[')
            .skip(1)
            .filter_map(|s| s.split_once(']').and_then(|(n, _)| n.parse().ok()))
            .collect()
    };
    let cited = numbers(body);
    assert!(!cited.is_empty());
    for n in cited {
        let entry = sources
            .split(&format!("[{n}] "))
            .nth(1)
            .unwrap_or_else(|| panic!("[{n}] is not listed"));
        let entry = entry.split("\n  [").next().unwrap();
        assert!(
            entry.contains("https://") || entry.contains("http://"),
            "[{n}] {entry}"
        );
    }
}
