//! Every error a user can cause: the right exit status, and a message that
//! says what is wrong: one line for a data error, clap's layout (message,
//! usage, where to find help) for a command-line mistake.

use std::io::Write;

use predicates::prelude::*;

use crate::common::summit;

/// Run `args`, expect `code` and a one-line `error:` message containing
/// `fragment`.
fn fails(args: &[&str], code: i32, fragment: &str) {
    let out = summit().args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(code), "{args:?}: {stderr}");
    assert!(stderr.starts_with("error: "), "{args:?}: {stderr}");
    assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
    assert!(stderr.contains(fragment), "{args:?}: {stderr}");
    assert!(out.stdout.is_empty(), "{args:?}");
}

/// Run `args`, expect a usage error (status 2) in clap's layout whose
/// message contains `fragment`.
fn misused(args: &[&str], fragment: &str) -> String {
    let out = summit().args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
    assert!(stderr.starts_with("error: "), "{args:?}: {stderr}");
    assert!(stderr.contains(fragment), "{args:?}: {stderr}");
    assert!(
        stderr.ends_with("For more information, try '--help'.\n"),
        "{args:?}: {stderr}"
    );
    assert!(out.stdout.is_empty(), "{args:?}");
    stderr
}

#[test]
fn usage_errors_exit_2_in_clap_layout() {
    misused(&["list", "--year", "20x8"], "\"20x8\" is not a year");
    misused(&["list", "--year", "2019..2017"], "runs backwards");
    misused(&["list", "--year", "99999"], "out of range");
    misused(
        &["list", "--from", "2019", "--to", "2017"],
        "--from 2019 is after --to 2017",
    );
    misused(
        &["list", "--from", "July 2018"],
        "expected YYYY, YYYY-MM or YYYY-MM-DD",
    );
    misused(
        &["list", "--outcome", "helds"],
        "a similar value exists: 'held'",
    );
    misused(&["list", "--format", "xml"], "invalid value 'xml'");
    misused(&["list", "--limit", "-1"], "\"-1\" is not a count");
    misused(&["list", "--sort", "bogus"], "invalid value 'bogus'");
    misused(&["show", ""], "give some text to look for");
    misused(&["show", "   "], "give some text to look for");
    misused(&["search", " "], "give some text to look for");
    misused(&["list", "--bogus"], "unexpected argument '--bogus'");
    misused(&["frobnicate"], "unrecognized subcommand");
}

/// Messages in plain words: no Rust ranges, type names or library
/// wording; a count of one is singular.
#[test]
fn messages_speak_plainly() {
    let narrow = misused(
        &["--width", "5", "list"],
        "5 columns is too narrow; give a width from 20 to 1000 columns",
    );
    let not_a_number = misused(&["--width", "abc", "list"], "\"abc\" is not a width");
    let impossible = misused(
        &["stats", "--today", "2026-02-30"],
        "\"2026-02-30\" is not a day of the calendar",
    );
    let not_a_day = misused(&["stats", "--today", "tomorrow"], "expected YYYY-MM-DD");
    misused(
        &["list", "--from", "2018-02-30"],
        "\"2018-02-30\" is not a day of the calendar",
    );
    for stderr in [narrow, not_a_number, impossible, not_a_day] {
        for jargon in [
            "..=",
            "u16",
            "u32",
            "digit found",
            "out of range",
            "input is",
            "premature",
        ] {
            assert!(!stderr.contains(jargon), "{jargon}: {stderr}");
        }
    }
    // One day is a day.
    let out = crate::common::stdout_of(&["stats", "--today", "2025-10-17"]);
    assert!(out.contains("(1 day, to 17 Oct 2025)"), "{out}");
    assert!(!out.contains(" 1 days"), "{out}");
}

#[test]
fn data_errors_exit_1_and_name_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope.json");
    fails(
        &["--data", missing.to_str().unwrap(), "list"],
        1,
        "nope.json: cannot read",
    );
    fails(
        &["--data", dir.path().to_str().unwrap(), "list"],
        1,
        "cannot read",
    );

    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{\"title\": 1}").unwrap();
    fails(
        &["--data", bad.to_str().unwrap(), "list"],
        1,
        "bad.json:1:11: title: invalid type: integer",
    );

    let mut file = std::fs::File::create(dir.path().join("typo.json")).unwrap();
    let bundled =
        crate::common::RECORD_JSON.replacen("\"outcome\": \"held\"", "\"outcome\": \"helds\"", 1);
    file.write_all(bundled.as_bytes()).unwrap();
    let typo = dir.path().join("typo.json");
    fails(
        &["--data", typo.to_str().unwrap(), "list"],
        1,
        "encounters[0].outcome: unknown outcome \"helds\" (did you mean \"held\"?)",
    );
}

#[test]
fn empty_stdin_is_an_error() {
    summit()
        .args(["--data", "-", "list"])
        .write_stdin("")
        .assert()
        .code(1)
        .stderr("error: <stdin>: no data on standard input; expected a JSON dataset\n");
}

#[test]
fn malformed_stdin_names_stdin_and_position() {
    summit()
        .args(["--data", "-", "list"])
        .write_stdin("{\n  \"title\": \"x\",\n  oops\n}")
        .assert()
        .code(1)
        .stderr(predicate::str::starts_with("error: <stdin>:3:3: "));
}

#[test]
fn suggestions_that_teach() {
    // The nearest subcommand first.
    let err = misused(&["lsit"], "unrecognized subcommand 'lsit'");
    assert!(
        err.contains("tip: some similar subcommands exist: 'list', 'init'"),
        "{err}"
    );
    // A bare year after a command that filters.
    let err = misused(&["list", "2018"], "unexpected argument '2018' found");
    assert!(
        err.contains("tip: to choose records by year, use '--year 2018'"),
        "{err}"
    );
    let err = misused(
        &["--data", "x.json", "timeline", "2017..2019"],
        "'2017..2019'",
    );
    assert!(err.contains("use '--year 2017..2019'"), "{err}");
    // Dates in the words a user understands, with the form they meant.
    let err = misused(
        &["list", "--from", "16/07/2018"],
        "\"16/07/2018\" is not a date",
    );
    assert!(
        err.contains("(did you mean 2018-07-16?); expected YYYY, YYYY-MM or YYYY-MM-DD"),
        "{err}"
    );
    misused(&["list", "--from", "2018-7"], "(did you mean 2018-07?)");
    misused(&["list", "--year", ".."], "not a range of years");
}

#[test]
fn open_ranges_of_years() {
    let since_2025 = crate::common::list_ids(&["--year", "2025.."]);
    assert_eq!(since_2025.len(), 9);
    assert_eq!(since_2025, crate::common::list_ids(&["--year", "2025"]));
    assert_eq!(
        crate::common::list_ids(&["--year", "..2017"]),
        [
            "2017-04-12-tillerson",
            "2017-05-02-call",
            "2017-hamburg",
            "2017-hamburg-dinner",
            "2017-da-nang"
        ]
    );
}

/// A query that fits many records names ten, each with its title and
/// date, and says how many more.
#[test]
fn show_lists_at_most_ten_matches() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("many.json");
    let records: Vec<String> = (0..14)
        .map(|i| {
            format!(
                r#"{{"id": "oslo-{i:02}", "title": "Talks", "date": "2019-01-{:02}", "city": "Oslo",
                "country": "Norway", "occasion": "O", "outcome": "held", "summary": "S.", "sources": ["s"]}}"#,
                i + 1
            )
        })
        .collect();
    let text = format!(
        r#"{{"title": "t", "description": "d", "updated": "2026-11-29",
        "sources": [{{"id": "s", "title": "S", "publisher": "P", "date": "2026"}}],
        "encounters": [{}]}}"#,
        records.join(",")
    );
    std::fs::write(&path, text).unwrap();
    let ten: Vec<String> = (0..10)
        .map(|i| format!("  oslo-{i:02}  Talks, {} Jan 2019\n", i + 1))
        .collect();
    summit()
        .args(["--data", path.to_str().unwrap(), "show", "oslo"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(format!(
            "error: \"oslo\" matches 14 records; give one id:\n{}  and 4 more\n",
            ten.concat()
        ));
}

#[test]
fn unknown_flags_and_subcommands_show_the_usage() {
    let err = misused(&["list", "--bogus"], "unexpected argument '--bogus'");
    assert!(err.contains("\nUsage: summit list [OPTIONS]\n"), "{err}");
    let err = misused(&["frobnicate"], "unrecognized subcommand");
    assert!(
        err.contains("\nUsage: summit [OPTIONS] <COMMAND>\n"),
        "{err}"
    );
}
