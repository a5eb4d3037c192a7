//! `summit list`: every flag and format.

use predicates::prelude::*;

use crate::common::{at_width, fixture, json_ids, list_ids, record_count, stdout_of, summit};

#[test]
fn default_lists_all_in_date_order() {
    // Every channel by default: the first record is an envoy meeting.
    let ids = list_ids(&[]);
    assert_eq!(ids.len(), record_count());
    assert_eq!(ids.first().unwrap(), "2017-04-12-tillerson");
    assert_eq!(ids.last().unwrap(), "2025-budapest");
}

#[test]
fn year_single_repeated_and_range() {
    // A record is of the year of its date: a proposal's, the day it was
    // made public.
    assert_eq!(
        list_ids(&["--year", "2018"]),
        [
            "2018-03-20-call",
            "2018-washington-spring",
            "2018-helsinki",
            "2018-washington",
            "2018-moscow",
            "2018-paris-bilateral",
            "2018-buenos-aires",
            "2018-paris",
            "2018-buenos-aires-dinner",
        ]
    );
    let in_2019_and_2025 = list_ids(&["--year", "2019", "--year", "2025"]);
    assert_eq!(in_2019_and_2025.len(), 11);
    assert_eq!(list_ids(&["--year", "2019,2025"]), in_2019_and_2025);
    // The invitation for 9 May 2020 was made in Osaka in 2019.
    assert_eq!(
        list_ids(&["--year", "2019..2020"]),
        ["2019-osaka", "2020-moscow"]
    );
    assert!(list_ids(&["--year", "2020..2024"]).is_empty());
    // Listing the meetings of a year reads as it says.
    assert_eq!(
        list_ids(&["--year", "2018", "--channel", "meeting", "--outcome", "met"]),
        ["2018-helsinki", "2018-paris", "2018-buenos-aires-dinner"]
    );
}

#[test]
fn from_and_to_overlap() {
    // Budapest was made public on 16 Oct 2025 and no date was ever set:
    // nothing of it is in November.
    assert!(list_ids(&["--from", "2025-11"]).is_empty());
    assert_eq!(
        list_ids(&["--from", "2025-08"]),
        [
            "2025-08-06-witkoff",
            "2025-alaska",
            "2025-08-19-call",
            "2025-10-16-call",
            "2025-budapest"
        ]
    );
    assert_eq!(
        list_ids(&["--to", "2017-07"]),
        [
            "2017-04-12-tillerson",
            "2017-05-02-call",
            "2017-hamburg",
            "2017-hamburg-dinner"
        ]
    );
    // Da Nang runs 10 to 11 Nov 2017: it overlaps the 11th.
    assert_eq!(
        list_ids(&["--from", "2017-11-11", "--to", "2017-11-30"]),
        ["2017-da-nang"]
    );
}

#[test]
fn outcome_and_channel_repeated_and_comma_separated() {
    let cancelled_or_proposed = [
        "2018-washington-spring",
        "2018-washington",
        "2018-moscow",
        "2018-paris-bilateral",
        "2018-buenos-aires",
        "2020-moscow",
        "2025-saudi-arabia",
        "2025-moscow",
        "2025-istanbul",
        "2025-budapest",
    ];
    assert_eq!(
        list_ids(&["--outcome", "cancelled,proposed"]),
        cancelled_or_proposed
    );
    assert_eq!(
        list_ids(&["--outcome", "cancelled", "--outcome", "proposed"]),
        cancelled_or_proposed
    );
    // In any case, as people type them.
    assert_eq!(
        list_ids(&["--outcome", "CANCELLED,Proposed"]),
        cancelled_or_proposed
    );
    assert_eq!(
        list_ids(&["--outcome", "Met", "--channel", "MEETING"]),
        list_ids(&["--outcome", "met"])
    );
    assert_eq!(
        list_ids(&["--channel", "Calls"]),
        list_ids(&["--channel", "call"])
    );
    assert_eq!(
        list_ids(&["--outcome", "informal"]),
        [
            "2017-hamburg-dinner",
            "2017-da-nang",
            "2018-paris",
            "2018-buenos-aires-dinner"
        ]
    );
    // `met` is the meetings in person that took place: no call, no envoy.
    assert_eq!(list_ids(&["--outcome", "met"]).len(), 8);
    // An outcome alone is a meeting's; with --channel, of those records.
    assert_eq!(list_ids(&["--outcome", "held"]).len(), 4);
    assert_eq!(
        list_ids(&["--outcome", "held", "--channel", "call"]),
        list_ids(&["--channel", "call"])
    );
    // Meetings in person and calls have nothing in common: a usage error.
    summit()
        .args(["list", "--outcome", "met", "--channel", "call"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--outcome met means meetings in person",
        ));
    assert_eq!(
        list_ids(&["--channel", "call,envoy"]),
        list_ids(&["--channel", "calls", "--channel", "envoy"])
    );
    assert_eq!(
        list_ids(&["--channel", "envoy"]),
        ["2017-04-12-tillerson", "2025-08-06-witkoff"]
    );
}

#[test]
fn place_person_topic_and_text() {
    for us in ["united states", "US", "USA", "U.S.", "America"] {
        assert_eq!(
            list_ids(&["--country", us]),
            ["2018-washington-spring", "2018-washington", "2025-alaska"],
            "{us}"
        );
    }
    // "us" is in "Russia", and names it not.
    assert!(
        !list_ids(&["--country", "us"])
            .iter()
            .any(|id| id.contains("moscow"))
    );
    assert_eq!(
        list_ids(&["--city", "HAMBURG"]),
        ["2017-hamburg", "2017-hamburg-dinner"]
    );
    assert_eq!(list_ids(&["--participant", "rubio"]), ["2025-alaska"]);
    assert_eq!(list_ids(&["--topic", "mueller"]), ["2019-osaka"]);
    assert_eq!(
        list_ids(&["--text", "elbphilharmonie"]),
        ["2017-hamburg-dinner"]
    );
    assert_eq!(list_ids(&["--text", "punished"]), ["2017-da-nang"]);
    // Criteria combine; an outcome is a meeting's, and a call that took
    // place is held when calls are asked for.
    assert_eq!(
        list_ids(&["--year", "2018", "--outcome", "held"]),
        ["2018-helsinki"]
    );
    assert_eq!(
        list_ids(&[
            "--year",
            "2018",
            "--outcome",
            "held",
            "--channel",
            "meeting,call"
        ]),
        ["2018-03-20-call", "2018-helsinki"]
    );
}

#[test]
fn sort_reverse_and_limit() {
    assert_eq!(
        list_ids(&["--sort", "duration", "--reverse", "--limit", "2"]),
        ["2025-08-06-witkoff", "2025-alaska"]
    );
    // A call has no place: it sorts first by place.
    assert_eq!(
        list_ids(&["--sort", "place", "--limit", "1"]),
        ["2017-05-02-call"]
    );
    assert_eq!(
        list_ids(&["--sort", "title", "--limit", "1"]),
        ["2025-alaska"]
    );
    assert_eq!(
        list_ids(&["--sort", "kind", "--reverse", "--limit", "1"]),
        ["2017-04-12-tillerson"]
    );
    assert_eq!(
        list_ids(&["--sort", "kind", "--limit", "1"]),
        ["2017-hamburg"]
    );
    assert_eq!(
        list_ids(&["--reverse", "--limit", "1"]),
        ["2025-10-16-call"]
    );
    assert!(list_ids(&["--limit", "0"]).is_empty());
}

#[test]
fn limit_zero_is_not_reported_as_no_match() {
    // Something matched; --limit 0 shows none, and says so.
    let out = summit().args(["list", "--limit", "0"]).output().unwrap();
    assert!(out.status.success());
    let n = record_count();
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "summit: --limit 0 shows none of the {n} matching records; leave --limit out to see them\n"
        )
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("0 shown of {n} matching ({n} records in all)\n")
    );
    // Context events are mentioned only for a text that finds them.
    for args in [&["--year", "2016"][..], &["--text", "xylophone"][..]] {
        let out = summit().arg("list").args(args).output().unwrap();
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            "summit: no records match the filters\n",
            "{args:?}"
        );
    }
    // Nothing matched: that alone is said, whatever the limit.
    for limit in [&[][..], &["--limit", "0"][..]] {
        let out = summit()
            .args(["list", "--year", "1999"])
            .args(limit)
            .output()
            .unwrap();
        assert!(out.status.success());
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            "summit: no records match the filters\n"
        );
    }
}

#[test]
fn json_uses_the_dataset_field_names() {
    let out = stdout_of(&["list", "--format", "json", "--year", "2025"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let record = |id: &str| {
        v.as_array()
            .unwrap()
            .iter()
            .find(|e| e["id"] == id)
            .unwrap()
    };
    let e = record("2025-alaska");
    for key in [
        "id",
        "title",
        "date",
        "city",
        "country",
        "venue",
        "occasion",
        "outcome",
        "duration_minutes",
        "participants",
        "summary",
        "highlights",
        "quotes",
        "topics",
        "sources",
    ] {
        assert!(e.get(key).is_some(), "missing {key}");
    }
    assert_eq!(
        (e["date"].as_str(), e["channel"].as_str()),
        (Some("2025-08-15"), Some("meeting"))
    );
    // A quote said on another day than its record's carries that day.
    let e = record("2025-moscow");
    let next_time = e["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["text"] == "Next time in Moscow,")
        .unwrap();
    assert_eq!(next_time["said"], "2025-08-15");
    assert_eq!(next_time["sources"][0], "irishtimes-2025-08-16");
    // A call's time and initiator; no place.
    let e = record("2025-03-18-call");
    assert_eq!(
        (e["channel"].as_str(), e["time"].as_str()),
        (Some("call"), Some("17:00+03:00"))
    );
    assert!(e.get("city").is_none() && e.get("country").is_none());
    assert_eq!(record("2025-10-16-call")["initiated_by"], "Vladimir Putin");
    assert_eq!(
        record("2025-10-16-call")["duration_range_minutes"],
        serde_json::json!([120, 150])
    );
}

#[test]
fn csv_has_a_header_and_a_list_item_per_line() {
    let out = stdout_of(&["list", "--format", "csv", "--outcome", "met"]);
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let header = reader.headers().unwrap().clone();
    assert_eq!(&header[0], "id");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 8);
    let participants = header.iter().position(|h| h == "participants").unwrap();
    assert_eq!(
        &rows[0][participants],
        "Donald Trump\nVladimir Putin\nRex Tillerson\nSergei Lavrov"
    );
}

#[test]
fn markdown_is_a_pipe_table() {
    let out = stdout_of(&["list", "--format", "markdown", "--year", "2019"]);
    assert!(out.starts_with("| ID | Date | Place | Title | Kind | Duration |\n|---|"));
    assert!(out.contains(
        "| 2019-osaka | 28 Jun 2019 | Osaka, Japan | G20 bilateral meeting | held | 1 h 20 min |"
    ));
    // Only the table: the count is on stderr.
    assert!(!out.contains("records"), "{out}");
    // A plan after the day it was made public.
    assert!(
        out.contains("| 2020-moscow | 28 Jun 2019, for 9 May 2020 | Moscow, Russia |"),
        "{out}"
    );
}

#[test]
fn no_match_is_not_an_error() {
    summit()
        .args(["list", "--year", "2023"])
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains("no records match"));
    summit()
        .args(["list", "--year", "2023", "--format", "json"])
        .assert()
        .success()
        .stdout("[]\n");
}

#[test]
fn group_by_needs_a_human_format() {
    summit()
        .args(["list", "--group-by", "year", "--format", "json"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with("error: --group-by"));
}

#[test]
fn table_snapshot() {
    let out = at_width(100, &["list"]);
    insta::assert_snapshot!("list_table", out);
}

#[test]
fn grouped_table_snapshot() {
    let out = at_width(100, &["list", "--group-by", "year", "--year", "2017..2018"]);
    insta::assert_snapshot!("list_grouped_by_year", out);
}

/// Piped, the table is laid out for 100 columns: wrapped, never cut.
#[test]
fn piped_table_is_wrapped_not_truncated() {
    let out = stdout_of(&["list"]);
    assert!(out.lines().all(|l| l.chars().count() <= 100), "{out}");
    assert!(out.lines().all(|l| !l.contains('…')));
    let words: Vec<&str> = out.split_whitespace().collect();
    for word in ["Elbphilharmonie", "dinner", "conversation"] {
        assert!(words.contains(&word), "{word}\n{out}");
    }
    // What did not fit is named.
    let n = record_count();
    let count = out
        .lines()
        .find(|l| l.starts_with(&format!("{n} of {n} records: ")))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(
        count.starts_with(&format!("{n} of {n} records: 4 meetings held,")),
        "{count}"
    );
}

#[test]
fn data_from_file_stdin_and_env() {
    let path = fixture("minimal.json");
    let from_file = json_ids(&stdout_of(&[
        "--data",
        path.to_str().unwrap(),
        "list",
        "--format",
        "json",
    ]));
    assert_eq!(from_file, ["first-meeting", "second-meeting"]);

    let text = std::fs::read(&path).unwrap();
    let out = summit()
        .args(["--data", "-", "list", "--format", "json"])
        .write_stdin(text)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(json_ids(&String::from_utf8(out.stdout).unwrap()), from_file);

    let out = summit()
        .env("SUMMIT_DATA", &path)
        .args(["list", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(json_ids(&String::from_utf8(out.stdout).unwrap()), from_file);
}

/// Every filter that takes several values takes them repeated or
/// comma-separated, alike.
#[test]
fn every_multi_value_filter_takes_commas() {
    for (flag, a, b) in [
        ("--country", "germany", "japan"),
        ("--city", "helsinki", "osaka"),
        ("--participant", "lavrov", "zelenskiy"),
        ("--topic", "syria", "sanctions"),
        ("--outcome", "held", "cancelled"),
        ("--year", "2017", "2025"),
    ] {
        let repeated = list_ids(&[flag, a, flag, b]);
        let joined = format!("{a},{b}");
        let commas = list_ids(&[flag, &joined]);
        assert!(!repeated.is_empty(), "{flag}");
        assert_eq!(commas, repeated, "{flag} {joined}");
        assert!(
            repeated.len() > list_ids(&[flag, a]).len(),
            "{flag}: {repeated:?}"
        );
    }
    assert_eq!(
        list_ids(&["--country", "germany,japan"]),
        ["2017-hamburg", "2017-hamburg-dinner", "2019-osaka"]
    );
    // --text is one search: a comma is part of its text.
    assert!(list_ids(&["--text", "helsinki,osaka"]).is_empty());
}

/// A year written with two digits is a slip: a usage error (exit 2) that
/// says which year was most likely meant.
#[test]
fn a_two_digit_year_is_suggested_in_full() {
    for (given, meant) in [("18", "2018"), ("17..19", "2017..2019"), ("..19", "..2019")] {
        let out = summit().args(["list", "--year", given]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{given}");
        assert_eq!(String::from_utf8_lossy(&out.stdout), "");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.starts_with(&format!(
                "error: --year {given}: years are written in full; did you mean --year {meant}?\n"
            )),
            "{given}: {stderr}"
        );
    }
    // A full year that matches nothing has no such hint.
    let out = summit().args(["list", "--year", "1999"]).output().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "summit: no records match the filters\n"
    );
    // In the other dataset's centuries, too.
    let data = fixture("other-leaders.json");
    let out = summit()
        .arg("--data")
        .arg(&data)
        .args(["stats", "--year", "23"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("did you mean --year 2023?"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
