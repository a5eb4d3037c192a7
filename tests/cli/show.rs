//! `summit show`.

use predicates::prelude::*;

use crate::common::{at_width, stdout_of, summit};

#[test]
fn text_snapshot() {
    let out = at_width(80, &["show", "2018-helsinki"]);
    insta::assert_snapshot!("show_helsinki", out);
}

#[test]
fn finds_by_prefix_and_by_word() {
    for query in ["2019-osaka", "2019-o", "Osaka", "japan"] {
        let out = stdout_of(&["show", query]);
        assert!(
            out.starts_with("G20 bilateral meeting\n2019-osaka · held"),
            "{query}: {out}"
        );
    }
    assert!(stdout_of(&["show", "alaska"]).starts_with("Alaska summit\n"));
    assert!(stdout_of(&["show", "Elbphilharmonie"]).contains("2017-hamburg-dinner"));
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
        "“We also have. It’s the same,” — Vladimir Putin · In English, after Trump called fake news a great term",
        "[1] Anna Edgerton, Anthony Halpin.",
        "Previous meeting 2018-buenos-aires-dinner: G20 leaders' dinner conversation, 30 Nov 2018 (6 months 29 days before)",
        "Next record 2020-moscow: Victory Day invitation, 28 Jun 2019 (proposal)",
        "Next meeting 2025-alaska: Alaska summit, 15 Aug 2025 (6 years 1 month 18 days after)",
    ] {
        assert!(out.contains(part), "missing {part:?} in\n{out}");
    }
}

/// A meeting that did not take place is dated by the day it was made
/// public, then what was planned; a quote said on another day says which.
#[test]
fn a_proposal_says_when_it_was_made_public_and_for_when() {
    let out = stdout_of(&["show", "2020-moscow"]);
    let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        out.contains("Made public Fri 28 Jun 2019 Planned for Sat 9 May 2020"),
        "{out}"
    );
    assert!(!out.contains("Duration"), "{out}");
    let out = stdout_of(&["show", "2025-budapest"]);
    let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        out.contains("Made public Thu 16 Oct 2025 Place Budapest"),
        "{out}"
    );
    assert!(!out.contains("Planned for"), "{out}");
    assert!(out.contains("· said 21 Oct 2025"), "{out}");
}

/// A call has a time and an initiator where reported, and no place; no
/// "not documented" length either.
#[test]
fn a_call_reads_as_a_call() {
    let out = stdout_of(&["--width", "100", "show", "2025-03-18-call"]);
    assert!(out.starts_with("Call on an energy-infrastructure truce\n2025-03-18-call · call (a telephone or video call"), "{out}");
    assert!(out.contains("  Time             17:00 (UTC+3)\n"), "{out}");
    assert!(
        !out.contains("Place") && !out.contains("Coordinates"),
        "{out}"
    );
    let out = stdout_of(&["--width", "100", "show", "2017-05-02-call"]);
    assert!(
        !out.contains("Duration") && !out.contains("not documented"),
        "{out}"
    );
    let out = stdout_of(&["--width", "100", "show", "2025-10-16-call"]);
    assert!(out.contains("  Initiated by     Vladimir Putin\n"), "{out}");
    // A meeting in person says when no length is documented.
    let out = stdout_of(&["--width", "100", "show", "2017-da-nang"]);
    assert!(out.contains("  Duration         not documented\n"), "{out}");
}

#[test]
fn first_and_same_day_neighbours() {
    // The first meeting has none before it; the record before is an
    // envoy meeting.
    let out = stdout_of(&["show", "2017-hamburg"]);
    assert!(!out.contains("Previous meeting"));
    let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        out.contains("Previous record 2017-05-02-call: First call since the US strike in Syria, 2 May 2017 (call)"),
        "{out}"
    );
    assert!(
        out.contains("Next meeting 2017-hamburg-dinner: Elbphilharmonie dinner conversation, 7 Jul 2017 (the same day)"),
        "{out}"
    );
    let out = stdout_of(&["show", "2018-washington"]);
    let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        out.contains(
            "Next meeting 2018-paris: Armistice centenary handshake, 11 Nov 2018 (3 months 23 days after)"
        ),
        "{out}"
    );
}

/// `--channel` picks the records before and after among its channels;
/// the meetings before and after stay the whole record's.
#[test]
fn neighbours_of_a_channel() {
    let flat = |args: &[&str]| {
        stdout_of(args)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let all = flat(&["show", "2025-03-18-call"]);
    assert!(all.contains("Previous record 2025-moscow:"), "{all}");
    assert!(all.contains("Next record 2025-istanbul:"), "{all}");
    let calls = flat(&["show", "2025-03-18-call", "--channel", "call"]);
    assert!(
        calls.contains(
            "Previous record 2018-03-20-call: Congratulations on Putin's re-election, 20 Mar 2018 (call)"
        ),
        "{calls}"
    );
    assert!(calls.contains("Next record 2025-08-19-call:"), "{calls}");
    for out in [&all, &calls] {
        assert!(out.contains("Previous meeting 2019-osaka:"), "{out}");
        assert!(out.contains("Next meeting 2025-alaska:"), "{out}");
    }
    let envoy = flat(&["show", "2025-alaska", "--channel", "envoys"]);
    assert!(
        envoy.contains("Previous record 2025-08-06-witkoff:"),
        "{envoy}"
    );
    assert!(!envoy.contains("Next record"), "{envoy}");
}

#[test]
fn json_is_the_encounter_object() {
    let out = stdout_of(&["show", "2018-buenos-aires", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["id"], "2018-buenos-aires");
    assert_eq!(v["outcome"], "cancelled");
    assert_eq!(
        (v["date"].as_str(), v["planned"].as_str()),
        (Some("2018-11-02"), Some("2018-12-01"))
    );
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
    assert!(
        out.contains("- **Kind:** held (a planned meeting that took place)\n"),
        "{out}"
    );
    assert!(
        out.contains("- **Date:** Mon 16 Jul 2018 (`2018-07-16`)\n"),
        "{out}"
    );
}

/// The Markdown facts say what the text view says: a call's kind, time
/// and initiator and no place; a proposal's day made public and its plan.
#[test]
fn markdown_facts_follow_the_kind() {
    let call = stdout_of(&["show", "2025-03-18-call", "--format", "markdown"]);
    assert!(
        call.contains("- **Kind:** call (a telephone or video call"),
        "{call}"
    );
    assert!(call.contains("- **Time:** 17:00 (UTC+3)\n"), "{call}");
    assert!(
        !call.contains("**Place:**") && !call.contains("**Outcome:**"),
        "{call}"
    );
    let call = stdout_of(&["show", "2025-10-16-call", "--format", "markdown"]);
    assert!(
        call.contains("- **Initiated by:** Vladimir Putin\n"),
        "{call}"
    );
    let plan = stdout_of(&["show", "2020-moscow", "--format", "markdown"]);
    assert!(
        plan.contains("- **Made public:** Fri 28 Jun 2019 (`2019-06-28`)\n"),
        "{plan}"
    );
    assert!(
        plan.contains("- **Planned for:** Sat 9 May 2020 (`2020-05-09`)\n"),
        "{plan}"
    );
    assert!(!plan.contains("**Date:**"), "{plan}");
}

#[test]
fn ambiguous_query_lists_the_matches() {
    summit()
        .args(["show", "hamburg"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(
            "error: \"hamburg\" matches 2 records; give one id:\n  \
             2017-hamburg         G20 bilateral meeting, 7 Jul 2017\n  \
             2017-hamburg-dinner  Elbphilharmonie dinner conversation, 7 Jul 2017\n",
        );
    // A year names no record: the list of its records does.
    summit()
        .args(["--data"])
        .arg(crate::common::fixture("other-leaders.json"))
        .args(["show", "2020"])
        .assert()
        .code(1)
        .stderr("error: no record is called \"2020\"; to see the records of 2020, use `summit list --year 2020`\n");
    // Where ids begin with the year, the records they name, and the list.
    let out = summit().args(["show", "2018"]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("error: \"2018\" matches 9 records; give one id, or see them all with `summit list --year 2018`:\n  2018-03-20-call "),
        "{err}"
    );
}

#[test]
fn unknown_query_suggests_the_closest() {
    summit()
        .args(["show", "helsinki-2019"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("did you mean 2018-helsinki?"));
    summit()
        .args(["show", "zzzz"])
        .assert()
        .code(1)
        .stderr(predicate::str::starts_with(
            "error: no record matches \"zzzz\"",
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
