//! `timeline`, `stats`, `search` and `quotes`, on the bundled data and on a
//! dataset of another pair of leaders.

use predicates::prelude::*;

use crate::common::{at_width, list_ids, other, process, stdout_of, summit};

#[test]
fn timeline_snapshot() {
    let out = at_width(100, &["timeline"]);
    insta::assert_snapshot!("timeline", out);
}

#[test]
fn timeline_ascii_without_context_snapshot() {
    insta::assert_snapshot!(
        "timeline_ascii_other",
        other(&["timeline", "--ascii", "--no-context"])
    );
}

#[test]
fn timeline_marks_gaps_and_context() {
    let out = stdout_of(&["timeline"]);
    assert!(out.contains("6 years 1 month 18 days without meeting in person"));
    // Proposed and cancelled records neither open nor close a gap.
    assert!(!out.contains("5 years 3 months 6 days"));
    assert!(out.contains("Russia's full-scale invasion of Ukraine"));
    assert!(!stdout_of(&["timeline", "--no-context"]).contains("invasion"));
    // Each outcome has its own marker, and the legend names them.
    let first = out.lines().next().unwrap();
    for m in [
        "● held",
        "◐ informal",
        "✕ cancelled",
        "○ proposed",
        "◆ context",
    ] {
        assert!(first.contains(m), "{first}");
    }
    let ascii = stdout_of(&["timeline", "--ascii"]);
    assert!(ascii.starts_with("* held   ~ informal   x cancelled   o proposed   - context"));
    assert!(!ascii.contains(['●', '◐', '✕', '○', '◆', '│']), "{ascii}");
}

#[test]
fn timeline_filters_and_fits_the_width() {
    let out = stdout_of(&["timeline", "--year", "2018"]);
    assert!(out.contains("Helsinki summit") && !out.contains("Alaska"));
    let text = at_width(50, &["timeline"]);
    assert!(
        text.lines().skip(1).all(|l| l.chars().count() <= 50),
        "{text}"
    );
}

#[test]
fn timeline_json_has_ordered_entries_and_gaps() {
    let v: serde_json::Value =
        serde_json::from_str(&stdout_of(&["timeline", "--format", "json"])).unwrap();
    let entries = v.as_array().unwrap();
    assert_eq!(entries[0]["kind"], "context");
    let gaps: Vec<&serde_json::Value> = entries.iter().filter(|e| e["kind"] == "gap").collect();
    let gaps: Vec<(&str, &str, &str)> = gaps
        .iter()
        .map(|g| {
            (
                g["from"].as_str().unwrap(),
                g["to"].as_str().unwrap(),
                g["text"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        gaps,
        [
            ("da-nang-2017", "helsinki-2018", "8 months 5 days"),
            ("paris-2018", "osaka-2019", "7 months 17 days"),
            ("osaka-2019", "alaska-2025", "6 years 1 month 18 days"),
        ]
    );
    assert_eq!(
        entries.iter().filter(|e| e["kind"] == "encounter").count(),
        11
    );
}

#[test]
fn stats_snapshot_and_json() {
    insta::assert_snapshot!("stats", stdout_of(&["stats", "--today", "2026-11-29"]));
    let v: serde_json::Value =
        serde_json::from_str(&stdout_of(&["stats", "--format", "json"])).unwrap();
    assert_eq!(v["face_to_face_minutes"], 555);
    assert_eq!(v["face_to_face_undocumented"], 2);
    assert_eq!(v["totals"]["total"], 11);
    assert_eq!(v["by_year"]["2018"]["cancelled"], 1);
    assert_eq!(v["longest_gap"]["from"]["id"], "osaka-2019");
    assert_eq!(v["longest_gap"]["to"]["id"], "alaska-2025");
    assert_eq!(v["median_gap_days"], 177.5);
    let v: serde_json::Value =
        serde_json::from_str(&other(&["stats", "--format", "json"])).unwrap();
    assert_eq!(v["face_to_face_minutes"], 335);
    assert_eq!(v["first"]["id"], "paris-2019");
}

/// As of a day, the last meeting is the last on or before it, and the
/// time since is counted from it; before the first meeting there is none.
#[test]
fn stats_as_of_a_day() {
    let at = |day: &str| stdout_of(&["stats", "--today", day]);
    let out = at("2025-01-01");
    assert!(
        out.contains(
            "  Last met in person:           osaka-2019 (G20 bilateral meeting, 28 Jun 2019)\n"
        ),
        "{out}"
    );
    assert!(
        out.contains(
            "  Since then:                   5 years 6 months 4 days (2014 days, to 1 Jan 2025)\n"
        ),
        "{out}"
    );
    // The latest record is not a meeting that happened: its outcome says so.
    assert!(
        out.contains("  Latest record:                budapest-2025 (Budapest summit, Oct–Nov 2025, cancelled)\n"),
        "{out}"
    );
    let before = at("2017-01-01");
    assert!(
        before.contains(
            "  Last met in person:           not on or before 1 Jan 2017, in these records\n"
        ),
        "{before}"
    );
    assert!(!before.contains("Since then"), "{before}");
    let json: serde_json::Value = serde_json::from_str(&stdout_of(&[
        "stats",
        "--today",
        "2017-01-01",
        "--format",
        "json",
    ]))
    .unwrap();
    assert!(json["since_last_meeting"].is_null());
    let json: serde_json::Value = serde_json::from_str(&stdout_of(&[
        "stats",
        "--today",
        "2025-08-15",
        "--format",
        "json",
    ]))
    .unwrap();
    assert_eq!(json["since_last_meeting"]["from"]["id"], "alaska-2025");
    assert_eq!(json["since_last_meeting"]["days"], 0);
    // The averages read as the other figures do.
    assert!(
        out.contains("  Mean gap:                     about 1 year 4 months 6 days (493.3 days)\n"),
        "{out}"
    );
    assert_eq!(json["mean_gap_text"], "about 1 year 4 months 6 days");
    assert_eq!(json["last"]["outcome"], "cancelled");
}

/// Search and --text look in the context events too, and mark them so.
#[test]
fn search_and_text_find_context_events() {
    let out = stdout_of(&["search", "crimea"]);
    assert!(out.contains("context"), "{out}");
    assert!(out.contains("Russia annexes Crimea"), "{out}");
    assert!(
        out.contains("1 matching encounter and 1 context event"),
        "{out}"
    );
    let zelenskiy = stdout_of(&["search", "zelenskiy"]);
    assert!(
        zelenskiy.contains("Oval Office clash between"),
        "{zelenskiy}"
    );
    assert!(
        zelenskiy.contains("1 matching context event"),
        "{zelenskiy}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&stdout_of(&["search", "zelenskiy", "--format", "json"])).unwrap();
    assert_eq!(json[0]["kind"], "context");
    assert_eq!(json[0]["date"], "2025-02-28");
    let timeline = stdout_of(&["timeline", "--text", "crimea"]);
    assert!(timeline.contains("◆  2014"), "{timeline}");
    assert!(!timeline.contains("Mueller"), "{timeline}");
    let out = summit()
        .args(["list", "--text", "zelenskiy"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "summit: no encounters match the filters; 1 context event matches \
         (summit timeline and summit search show context)\n"
    );
}

#[test]
fn search_ranks_and_explains() {
    let v: serde_json::Value =
        serde_json::from_str(&stdout_of(&["search", "helsinki", "--format", "json"])).unwrap();
    let hits = v.as_array().unwrap();
    assert_eq!(hits[0]["id"], "helsinki-2018");
    assert_eq!(hits[0]["fields"], serde_json::json!(["title", "place"]));
    assert!(hits.len() >= 2);
    let table = stdout_of(&["search", "punished"]);
    assert!(
        table.contains("da-nang-2017") && table.contains("  quotes  "),
        "{table}"
    );
    assert!(table.contains("1 matching encounter"));
}

#[test]
fn search_ignores_accents_and_highlights() {
    assert!(other(&["search", "elysee"]).contains("paris-2019"));
    let text = other(&["--color", "always", "search", "elysee"]);
    assert!(text.contains("\u{1b}[33mÉlysée\u{1b}[0m"), "{text:?}");
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

#[test]
fn quotes_by_speaker_in_every_format() {
    let table = stdout_of(&["--width", "200", "quotes", "--speaker", "trump"]);
    assert!(table.contains("“Don’t meddle in the election.”"));
    assert!(table.contains("9 quotes"));
    let v: serde_json::Value =
        serde_json::from_str(&stdout_of(&["quotes", "--format", "json"])).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 27);
    assert_eq!(v[0]["encounter"], "hamburg-2017");
    let csv = stdout_of(&["quotes", "--format", "csv", "--speaker", "mccain"]);
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(
        &rows[0][1],
        "no prior president has ever abased himself more abjectly before a tyrant."
    );
    assert_eq!(&rows[0][3], "helsinki-2018");
    assert!(
        other(&["--width", "200", "quotes"])
            .contains("We have, at last, a common net; and a common catch.")
    );
}

#[test]
fn every_command_works_on_another_dataset() {
    assert!(other(&["list"]).contains("5 of 5 encounters"));
    assert!(other(&["show", "riga"]).contains("spring 2020"));
    assert!(other(&["timeline"]).contains("Travel restrictions"));
    assert!(other(&["stats"]).contains("Latvia"));
    assert!(other(&["search", "treaty"]).contains("helsinki-2023"));
    let csv = other(&["export", "--format", "csv"]);
    assert_eq!(
        csv::Reader::from_reader(csv.as_bytes()).records().count(),
        5
    );
    // Riga (a season) and Tallinn (a month) span theirs.
    let ics = other(&["export", "--format", "ics"]);
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 5);
    assert!(ics.contains("X-SUMMIT-DATE:2020-21"), "{ics}");
    assert!(ics.contains("DTSTART;VALUE=DATE:20231130\r\nDTEND;VALUE=DATE:20231202"));
    assert!(other(&["export", "--format", "markdown"]).contains("### Élysée working lunch"));
    assert!(other(&["quotes", "--format", "csv"]).contains("Bruno Lind,\"Some day, perhaps.\""));
}

#[test]
fn search_and_quotes_snapshots() {
    let out = at_width(120, &["search", "election"]);
    insta::assert_snapshot!("search_election", out);
    let out = at_width(120, &["quotes"]);
    insta::assert_snapshot!("quotes", out);
}

#[test]
fn markdown_export_snapshot() {
    insta::assert_snapshot!(
        "export_markdown_other",
        other(&["export", "--format", "markdown"])
    );
}

/// Every view that measures time between meetings measures the same gap
/// from Osaka to Alaska: the proposed Moscow visit in between does not
/// close it.
#[test]
fn every_view_agrees_on_the_gap_before_alaska() {
    let gap = "6 years 1 month 18 days";
    let timeline = stdout_of(&["timeline"]);
    assert!(
        timeline.contains(&format!("{gap} without meeting in person")),
        "{timeline}"
    );
    let show = stdout_of(&["show", "alaska"]);
    let show = show.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        show.contains(&format!(
            "Previous meeting osaka-2019: G20 bilateral meeting, 28 Jun 2019 ({gap} before)"
        )),
        "{show}"
    );
    assert!(
        show.contains("Previous record moscow-2020: Victory Day invitation, 9 May 2020 (proposed)"),
        "{show}"
    );
    let stats: serde_json::Value = serde_json::from_str(&stdout_of(&[
        "stats",
        "--format",
        "json",
        "--today",
        "2026-11-29",
    ]))
    .unwrap();
    assert_eq!(stats["longest_gap"]["from"]["id"], "osaka-2019");
    assert_eq!(stats["longest_gap"]["to"]["id"], "alaska-2025");
    assert_eq!(stats["longest_gap"]["text"], gap);
    assert_eq!(stats["longest_gap"]["days"], 2240);
    assert_eq!(stats["since_last_meeting"]["from"]["id"], "alaska-2025");
    assert_eq!(stats["since_last_meeting"]["days"], 471);
    assert_eq!(stats["as_of"], "2026-11-29");
    assert_eq!(stats["checked_through"], "2026-03-10");
    // Since they last met is a fact of the whole record, whatever the filter.
    let first_term: serde_json::Value = serde_json::from_str(&stdout_of(&[
        "stats",
        "--format",
        "json",
        "--today",
        "2026-11-29",
        "--year",
        "2017..2019",
    ]))
    .unwrap();
    assert_eq!(
        first_term["since_last_meeting"]["from"]["id"],
        "alaska-2025"
    );
    assert_eq!(first_term["last"]["id"], "osaka-2019");
    let html = stdout_of(&["export", "--format", "html"]);
    assert!(html.contains("record checked through 2026-03-10"));
    assert_eq!(stats["by_country"]["Germany"], 2);
    let svg = stdout_of(&["export", "--format", "svg"]);
    assert!(svg.contains(&format!("{gap} without meeting in person")));
}

#[test]
fn stats_today_is_checked() {
    summit()
        .args(["stats", "--today", "29/11/2026"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicates::str::contains("expected YYYY-MM-DD"));
}

/// Every example in every `--help` runs, in a fresh directory with a
/// dataset of one's own (`mine.json`), and prints or writes something;
/// the search examples find what their comments say.
#[test]
fn every_help_example_works() {
    let dir = tempfile::tempdir().unwrap();
    // Where the completion examples put their scripts.
    std::fs::create_dir_all(dir.path().join(".zfunc")).unwrap();
    std::fs::create_dir_all(dir.path().join(".config/fish/completions")).unwrap();
    let bin_dir = crate::common::binary().parent().unwrap().to_path_buf();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    summit()
        .current_dir(dir.path())
        .args(["init", "mine.json"])
        .assert()
        .success();
    let top = stdout_of(&["--help"]);
    let mut commands = Vec::new();
    for help in std::iter::once(top.clone()).chain(
        [
            "list",
            "show",
            "timeline",
            "stats",
            "search",
            "quotes",
            "export",
            "validate",
            "init",
            "schema",
            "completions",
            "man",
            "browse",
        ]
        .iter()
        .map(|c| stdout_of(&[c, "--help"])),
    ) {
        let examples = help.split("Examples:\n").nth(1).unwrap_or_default();
        for line in examples.lines() {
            let line = line.trim_start();
            if !(line.starts_with("summit ") || line.starts_with("cat ")) {
                continue;
            }
            // The command ends where the comment starts (two spaces);
            // what it pipes into (jq, man) need not be installed.
            let command = line.split("  ").next().unwrap();
            let command = command.split(" | jq").next().unwrap();
            let command = command.split(" && ").next().unwrap();
            // browse needs a terminal: it is tried in browse.rs.
            if command.contains(" browse") {
                continue;
            }
            commands.push(command.to_string());
        }
    }
    assert!(commands.len() > 30, "{commands:#?}");
    for command in &commands {
        let out = process("sh")
            .arg("-c")
            .arg(command)
            .current_dir(dir.path())
            .env("PATH", &path)
            .env("HOME", dir.path())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{command}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let wrote = [" -o ", "--output", ">", "init"]
            .iter()
            .any(|w| command.contains(w));
        assert!(
            wrote || !out.stdout.is_empty() || command.contains("validate"),
            "{command} printed nothing"
        );
    }
    let search = crate::common::search_ids;
    assert_eq!(search("orban"), ["budapest-2025"]);
    assert_eq!(search("putin osaka")[0], "osaka-2019");
    let phrase = search("\"fake news\"");
    assert!(!phrase.is_empty());
    // A phrase is more than its words: these two occur apart, not together.
    assert!(search("\"news fake\"").is_empty());
    assert!(!search("news fake").is_empty());
    assert!(!search("election").is_empty());
}

/// `--text` on list looks where search looks: places, people and topics too.
#[test]
fn list_text_looks_where_search_looks() {
    assert_eq!(list_ids(&["--text", "Anchorage"]), ["alaska-2025"]);
    assert_eq!(list_ids(&["--text", "Anchorage Putin"]), ["alaska-2025"]);
    for q in ["orban", "sanctions", "lavrov", "\"fake news\""] {
        let mut searched = crate::common::search_ids(q);
        searched.sort();
        let mut listed = list_ids(&["--text", q]);
        listed.sort();
        assert_eq!(listed, searched, "{q}");
    }
}
