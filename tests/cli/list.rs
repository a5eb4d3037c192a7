//! `summit list`: every flag and format.

use predicates::prelude::*;

use crate::common::{at_width, fixture, json_ids, list_ids, record_count, stdout_of, summit};

#[test]
fn default_lists_all_in_date_order() {
    let ids = list_ids(&[]);
    assert_eq!(ids.len(), record_count());
    assert_eq!(ids.first().unwrap(), "hamburg-2017");
    assert_eq!(ids.last().unwrap(), "budapest-2025");
}

#[test]
fn year_single_repeated_and_range() {
    assert_eq!(
        list_ids(&["--year", "2018"]),
        [
            "washington-2018-spring",
            "helsinki-2018",
            "moscow-2018",
            "washington-2018",
            "paris-2018",
            "buenos-aires-2018-dinner",
            "buenos-aires-2018"
        ]
    );
    let in_2019_and_2025 = [
        "osaka-2019",
        "saudi-arabia-2025",
        "istanbul-2025",
        "alaska-2025",
        "moscow-2025",
        "budapest-2025",
    ];
    assert_eq!(
        list_ids(&["--year", "2019", "--year", "2025"]),
        in_2019_and_2025
    );
    assert_eq!(list_ids(&["--year", "2019,2025"]), in_2019_and_2025);
    assert_eq!(
        list_ids(&["--year", "2019..2020"]),
        ["osaka-2019", "moscow-2020"]
    );
    assert!(list_ids(&["--year", "2021..2024"]).is_empty());
}

#[test]
fn from_and_to_overlap() {
    assert_eq!(
        list_ids(&["--from", "2020"]),
        [
            "moscow-2020",
            "saudi-arabia-2025",
            "istanbul-2025",
            "alaska-2025",
            "moscow-2025",
            "budapest-2025"
        ]
    );
    assert_eq!(
        list_ids(&["--to", "2017-07"]),
        ["hamburg-2017", "hamburg-2017-dinner"]
    );
    // Buenos Aires runs 30 Nov to 1 Dec 2018: it overlaps December.
    assert_eq!(
        list_ids(&["--from", "2018-12-01", "--to", "2019-01"]),
        ["buenos-aires-2018"]
    );
    // An autumn date overlaps October.
    assert_eq!(
        list_ids(&["--from", "2018-10", "--to", "2018-10"]),
        ["washington-2018"]
    );
}

#[test]
fn outcome_repeated_and_comma_separated() {
    let cancelled_or_proposed = [
        "washington-2018-spring",
        "moscow-2018",
        "washington-2018",
        "buenos-aires-2018",
        "moscow-2020",
        "saudi-arabia-2025",
        "istanbul-2025",
        "moscow-2025",
        "budapest-2025",
    ];
    assert_eq!(
        list_ids(&["--outcome", "cancelled,proposed"]),
        cancelled_or_proposed
    );
    assert_eq!(
        list_ids(&["--outcome", "cancelled", "--outcome", "proposed"]),
        cancelled_or_proposed
    );
    assert_eq!(
        list_ids(&["--outcome", "informal"]),
        [
            "hamburg-2017-dinner",
            "da-nang-2017",
            "paris-2018",
            "buenos-aires-2018-dinner"
        ]
    );
}

#[test]
fn place_person_topic_and_text() {
    assert_eq!(
        list_ids(&["--country", "united states"]),
        ["washington-2018-spring", "washington-2018", "alaska-2025"]
    );
    assert_eq!(
        list_ids(&["--city", "HAMBURG"]),
        ["hamburg-2017", "hamburg-2017-dinner"]
    );
    assert_eq!(list_ids(&["--participant", "rubio"]), ["alaska-2025"]);
    assert_eq!(list_ids(&["--topic", "mueller"]), ["osaka-2019"]);
    assert_eq!(
        list_ids(&["--text", "elbphilharmonie"]),
        ["hamburg-2017-dinner"]
    );
    assert_eq!(list_ids(&["--text", "punished"]), ["da-nang-2017"]);
    // Criteria combine.
    assert_eq!(
        list_ids(&["--year", "2018", "--outcome", "held"]),
        ["helsinki-2018"]
    );
}

#[test]
fn sort_reverse_and_limit() {
    assert_eq!(
        list_ids(&["--sort", "duration", "--reverse", "--limit", "2"]),
        ["alaska-2025", "hamburg-2017"]
    );
    assert_eq!(
        list_ids(&["--sort", "place", "--limit", "1"]),
        ["alaska-2025"]
    );
    assert_eq!(
        list_ids(&["--sort", "title", "--limit", "1"]),
        ["alaska-2025"]
    );
    assert_eq!(
        list_ids(&["--sort", "outcome", "--reverse", "--limit", "1"]),
        ["washington-2018-spring"]
    );
    assert_eq!(list_ids(&["--reverse", "--limit", "1"]), ["budapest-2025"]);
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
            "summit: --limit 0 shows none of the {n} matching encounters; leave --limit out to see them\n"
        )
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("0 shown of {n} matching ({n} in all)\n")
    );
    // Context events are mentioned only for a text that finds them.
    for args in [&["--year", "2016"][..], &["--text", "xylophone"][..]] {
        let out = summit().arg("list").args(args).output().unwrap();
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            "summit: no encounters match the filters\n",
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
            "summit: no encounters match the filters\n"
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
    let e = record("alaska-2025");
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
    assert_eq!(e["date"], "2025-08-15");
    let e = record("moscow-2025");
    assert_eq!(e["quotes"][0]["text"], "Next time in Moscow,");
    assert_eq!(e["quotes"][0]["sources"][0], "irishtimes-2025-08-16");
}

#[test]
fn csv_has_a_header_and_a_list_item_per_line() {
    let out = stdout_of(&["list", "--format", "csv", "--outcome", "held"]);
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let header = reader.headers().unwrap().clone();
    assert_eq!(&header[0], "id");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 4);
    let participants = header.iter().position(|h| h == "participants").unwrap();
    assert_eq!(
        &rows[0][participants],
        "Donald Trump\nVladimir Putin\nRex Tillerson\nSergei Lavrov"
    );
}

#[test]
fn markdown_is_a_pipe_table() {
    let out = stdout_of(&["list", "--format", "markdown", "--year", "2019"]);
    assert!(out.starts_with("| ID | Date | Place | Occasion | Outcome | Duration |\n|---|"));
    assert!(
        out.contains(
            "| osaka-2019 | 28 Jun 2019 | Osaka, Japan | G20 summit | held | 1 h 20 min |"
        )
    );
    // Only the table: the count is on stderr.
    assert!(!out.contains("encounters"), "{out}");
}

#[test]
fn no_match_is_not_an_error() {
    summit()
        .args(["list", "--year", "2023"])
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains("no encounters match"));
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
    for word in ["G20", "leaders'", "and", "spouses'", "dinner"] {
        assert!(words.contains(&word), "{word}\n{out}");
    }
    // What did not fit is named.
    let n = record_count();
    let count = out.lines().last().unwrap();
    assert!(
        count.starts_with(&format!("{n} of {n} encounters")),
        "{out}"
    );
    assert!(
        count == format!("{n} of {n} encounters") || count.ends_with("hidden to fit the width)"),
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
        ("--participant", "lavrov", "pompeo"),
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
        ["hamburg-2017", "hamburg-2017-dinner", "osaka-2019"]
    );
    // --text is one search: a comma is part of its text.
    assert!(list_ids(&["--text", "helsinki,osaka"]).is_empty());
}

/// A year written with two digits matches nothing: the note says which
/// year was most likely meant.
#[test]
fn a_two_digit_year_is_suggested_in_full() {
    for (given, meant) in [("18", "2018"), ("17..19", "2017..2019"), ("..19", "..2019")] {
        let out = summit().args(["list", "--year", given]).output().unwrap();
        assert!(out.status.success());
        assert_eq!(String::from_utf8_lossy(&out.stdout), "");
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            format!(
                "summit: no encounters match the filters; years are written in full: did you mean --year {meant}?\n"
            ),
            "{given}"
        );
    }
    // A full year that matches nothing has no such hint.
    let out = summit().args(["list", "--year", "1999"]).output().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "summit: no encounters match the filters\n"
    );
    // In the other dataset's centuries, too.
    let data = fixture("other-leaders.json");
    let out = summit()
        .arg("--data")
        .arg(&data)
        .args(["stats", "--year", "23"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("did you mean --year 2023?"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
