//! JSON, NDJSON, CSV and Markdown, and how any export is written to a file.

use predicates::prelude::*;

use crate::common::{other, process, stdout_of, summit};

use super::{export, export_to};

#[test]
fn json_round_trips_through_stdin() {
    let first = export(&["--format", "json"]);
    let out = summit()
        .args(["--data", "-", "export", "--format", "json"])
        .write_stdin(first.clone())
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), first);
}

#[test]
fn json_subset_keeps_only_cited_sources() {
    let out = other(&["export", "--format", "json", "--outcome", "informal"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["encounters"].as_array().unwrap().len(), 1);
    let sources: Vec<&str> = v["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    // The gazette (cited by Oslo and a context event) and the diary (cited by
    // a context event); never the uncited one.
    assert_eq!(sources, ["gazette", "diary"]);
}

#[test]
fn ndjson_csv_and_markdown() {
    let nd = export(&["--format", "ndjson"]);
    let ids: Vec<String> = nd
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(ids.len(), crate::common::record_count());
    assert_eq!(ids[0], "2017-04-12-tillerson");

    let csv = export(&["--format", "csv", "--year", "2018"]);
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(r.records().count(), 9);

    let md = export(&["--format", "markdown"]);
    assert!(md.starts_with("# Trump–Putin contacts, 2016–2026\n"));
    assert!(md.contains("## Summary\n\n| ID |"));
    assert!(md.contains("### Helsinki summit\n"));
    assert!(md.contains("#### Quotes"));
    assert!(md.contains("## Sources\n\n1. "));
}

#[test]
fn output_dash_is_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    let out = summit()
        .current_dir(dir.path())
        .args(["export", "--format", "csv", "--output", "-"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("id,title,channel,date"));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn output_file_is_written_atomically_and_never_clobbered() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("out.csv");
    export_to("csv", &target, &[]).success().stdout("");
    let written = std::fs::read_to_string(&target).unwrap();
    assert!(written.starts_with("id,title,channel,date"));

    std::fs::write(&target, b"precious").unwrap();
    export_to("json", &target, &[])
        .code(1)
        .stderr(predicate::str::contains("already exists; use --force"));
    assert_eq!(std::fs::read(&target).unwrap(), b"precious");

    export_to("json", &target, &["--force"]).success();
    assert!(std::fs::read_to_string(&target).unwrap().starts_with('{'));
    // No temporary files are left behind.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);

    let missing = dir.path().join("no/such/folder/out.csv");
    export_to("csv", &missing, &[]).code(1).stderr(
        predicate::str::starts_with("error: ")
            .and(predicate::str::contains("cannot write in folder")),
    );
    summit()
        .args(["export", "--format", "csv", "--force"])
        .assert()
        .code(2);
}

/// Every column of the CSV holds the value the JSON export has for the
/// same record: scalars as they are, list fields split back into their
/// items line by line, quotes into speaker, words and context, and each
/// date's first and last day. Records end with CRLF (RFC 4180).
#[test]
fn every_csv_column_reads_back_to_the_json_value() {
    let json: serde_json::Value = serde_json::from_str(&export(&["--format", "json"])).unwrap();
    let records = json["encounters"].as_array().unwrap();
    let csv_text = export(&["--format", "csv"]);
    assert!(csv_text.starts_with("id,title,channel,date,start,end,planned,time,"));
    assert!(csv_text.split('\n').next().unwrap().ends_with('\r'));
    assert!(csv_text.ends_with("\r\n"));
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header,
        [
            "id",
            "title",
            "channel",
            "date",
            "start",
            "end",
            "planned",
            "time",
            "city",
            "country",
            "venue",
            "occasion",
            "outcome",
            "initiated_by",
            "duration_minutes",
            "duration_range_minutes",
            "duration_note",
            "participants",
            "summary",
            "highlights",
            "quotes",
            "topics",
            "sources"
        ]
    );
    // The first and last day of each date, worked out by hand.
    let bounds = [
        ("2017-04-12-tillerson", "2017-04-12", "2017-04-12"),
        ("2017-05-02-call", "2017-05-02", "2017-05-02"),
        ("2017-hamburg", "2017-07-07", "2017-07-07"),
        ("2017-hamburg-dinner", "2017-07-07", "2017-07-07"),
        ("2017-da-nang", "2017-11-10", "2017-11-11"),
        ("2018-03-20-call", "2018-03-20", "2018-03-20"),
        ("2018-washington-spring", "2018-04-02", "2018-04-02"),
        ("2018-helsinki", "2018-07-16", "2018-07-16"),
        ("2018-washington", "2018-07-19", "2018-07-19"),
        ("2018-moscow", "2018-07-27", "2018-07-27"),
        ("2018-paris-bilateral", "2018-10-23", "2018-10-23"),
        ("2018-buenos-aires", "2018-11-02", "2018-11-02"),
        ("2018-paris", "2018-11-11", "2018-11-11"),
        ("2018-buenos-aires-dinner", "2018-11-30", "2018-11-30"),
        ("2019-osaka", "2019-06-28", "2019-06-28"),
        ("2020-moscow", "2019-06-28", "2019-06-28"),
        ("2025-saudi-arabia", "2025-02-12", "2025-02-12"),
        ("2025-moscow", "2025-02-12", "2025-02-12"),
        ("2025-03-18-call", "2025-03-18", "2025-03-18"),
        ("2025-istanbul", "2025-05-12", "2025-05-12"),
        ("2025-08-06-witkoff", "2025-08-06", "2025-08-06"),
        ("2025-alaska", "2025-08-15", "2025-08-15"),
        ("2025-08-19-call", "2025-08-19", "2025-08-19"),
        ("2025-10-16-call", "2025-10-16", "2025-10-16"),
        ("2025-budapest", "2025-10-16", "2025-10-16"),
    ];
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), records.len());
    assert_eq!(rows.len(), bounds.len());
    for ((row, record), (id, start, end)) in rows.iter().zip(records).zip(bounds) {
        let cell = |name: &str| &row[header.iter().position(|h| h == name).unwrap()];
        // A list item is a string, or an object with its text (a cited
        // highlight).
        let text = |v: &serde_json::Value| {
            v.as_str()
                .or_else(|| v["text"].as_str())
                .unwrap_or("")
                .to_string()
        };
        let list = |name: &str| -> Vec<String> {
            record[name]
                .as_array()
                .map(|items| items.iter().map(text).collect())
                .unwrap_or_default()
        };
        // A list cell splits back into its items, one per line.
        let split = |name: &str| -> Vec<String> {
            let cell = cell(name);
            if cell.is_empty() {
                Vec::new()
            } else {
                cell.split('\n').map(String::from).collect()
            }
        };
        assert_eq!(cell("id"), id);
        assert_eq!(cell("start"), start, "{id}");
        assert_eq!(cell("end"), end, "{id}");
        for name in [
            "id",
            "title",
            "channel",
            "date",
            "planned",
            "time",
            "city",
            "country",
            "venue",
            "occasion",
            "outcome",
            "initiated_by",
            "duration_note",
            "summary",
        ] {
            assert_eq!(cell(name), text(&record[name]), "{id}.{name}");
        }
        let minutes = record["duration_minutes"]
            .as_u64()
            .map(|m| m.to_string())
            .unwrap_or_default();
        assert_eq!(cell("duration_minutes"), minutes, "{id}");
        let range = record["duration_range_minutes"]
            .as_array()
            .map(|r| format!("{}-{}", r[0], r[1]))
            .unwrap_or_default();
        assert_eq!(cell("duration_range_minutes"), range, "{id}");
        for name in ["participants", "highlights", "topics", "sources"] {
            assert_eq!(split(name), list(name), "{id}.{name}");
        }
        // Each quote line reads back as speaker, words, context, the day
        // it was said (when not the record's) and the other renderings of
        // the remark.
        type Line = (String, String, Option<String>, Option<String>, Vec<String>);
        let quotes: Vec<Line> = record["quotes"]
            .as_array()
            .map(|qs| {
                qs.iter()
                    .map(|q| {
                        let context = q["context"].as_str().map(String::from);
                        let said = q["said"].as_str().map(String::from);
                        let variants = q["variants"]
                            .as_array()
                            .map(|vs| vs.iter().map(|v| text(&v["text"])).collect())
                            .unwrap_or_default();
                        (
                            text(&q["speaker"]),
                            text(&q["text"]),
                            context,
                            said,
                            variants,
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        let read: Vec<Line> = split("quotes")
            .iter()
            .map(|line| {
                let mut parts = line.split(" / also rendered: \"");
                let first = parts.next().unwrap();
                let (first, said) = match first
                    .strip_suffix(']')
                    .and_then(|f| f.rsplit_once(" [said "))
                {
                    Some((before, day)) => (before, Some(day.to_string())),
                    None => (first, None),
                };
                let (speaker, rest) = first.split_once(": \"").unwrap();
                let (words, context) = match rest.rsplit_once("\" (") {
                    Some((words, context)) if context.ends_with(')') => (
                        words.to_string(),
                        context.strip_suffix(')').map(String::from),
                    ),
                    _ => (rest.trim_end_matches('"').to_string(), None),
                };
                let variants = parts
                    .map(|v| v.strip_suffix('"').unwrap().to_string())
                    .collect();
                (speaker.to_string(), words, context, said, variants)
            })
            .collect();
        assert_eq!(read, quotes, "{id}.quotes");
    }
    // Fields that are filled somewhere are checked somewhere.
    for name in ["venue", "duration_minutes", "quotes", "participants"] {
        assert!(
            rows.iter()
                .any(|r| !r[header.iter().position(|h| h == name).unwrap()].is_empty()),
            "{name}"
        );
    }
}

/// A written file gets the permissions any new file gets (0644 under the
/// usual umask); a replaced one keeps its own; a failure names the target,
/// never the temporary file.
#[cfg(unix)]
#[test]
fn written_files_get_the_usual_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("out.csv");
    // The umask the test runs under decides what "usual" is.
    let out = process("sh")
        .arg("-c")
        .arg("umask 022 && exec \"$0\" \"$@\"")
        .arg(crate::common::binary())
        .args(["export", "--format", "csv", "--output"])
        .arg(&target)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&target), 0o644);
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o600)).unwrap();
    export_to("json", &target, &["--force"]).success();
    assert_eq!(mode(&target), 0o600);

    let not_a_folder = target.join("x.csv");
    let out = summit()
        .args(["export", "--format", "csv", "--output"])
        .arg(&not_a_folder)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr.starts_with(&format!(
        "error: {}: cannot write in folder",
        not_a_folder.display()
    )));
    assert!(!stderr.contains(".summit-"), "{stderr}");
    assert!(!stderr.contains("at path"), "{stderr}");
}

/// Markdown pastes into an article as it is: URLs whole (as autolinks,
/// nothing escaped in them), quotes as blockquotes with their sources.
#[test]
fn markdown_pastes_without_cleanup() {
    let md = export(&["--format", "markdown"]);
    assert!(
        md.contains("<https://washington.mid.ru/en/press-centre/news/the_25th_apec_economic_leaders_meeting_ended_in_danang/>"),
        "{md}"
    );
    assert!(!md.contains("\\_"), "an escaped underscore");
    let quotes = stdout_of(&[
        "quotes",
        "--speaker",
        "putin",
        "--year",
        "2025",
        "--format",
        "markdown",
    ]);
    // An attribution to paste: who, on what occasion, the day said; the
    // editor's note on the words after the quotation, not in it.
    assert_eq!(
        quotes.lines().take(5).collect::<Vec<_>>(),
        [
            "> “Next time in Moscow,”",
            ">",
            "> — Vladimir Putin, Invitation to Moscow in the February 2025 call, 15 Aug 2025 [1]",
            "",
            "Note: In English, at the close of the joint appearance in Anchorage, 15 August 2025",
        ]
    );
    assert!(
        quotes.contains("\n## Sources\n\n1. \"Trump's red carpet"),
        "{quotes}"
    );
}

#[test]
fn markdown_export_snapshot() {
    // Every snapshot lives in tests/cli/snapshots, whatever folder its test is in.
    insta::with_settings!({ snapshot_path => "../snapshots" }, {
        insta::assert_snapshot!(
            "export_markdown_other",
            other(&["export", "--format", "markdown"])
        );
    });
}

/// PNG is the one format that is not text: piped, it is a PNG; the others
/// are UTF-8.
#[test]
fn only_png_is_binary() {
    use summit::export::Format;
    for f in Format::ALL {
        assert_eq!(f.binary(), f == Format::Png, "{}", f.name());
    }
    let png = crate::common::summit()
        .args(["export", "--format", "png"])
        .output()
        .unwrap();
    assert!(png.stdout.starts_with(b"\x89PNG\r\n\x1a\n"));
}

/// A JSON export of part of the data is a dataset of its own: it lists
/// exactly the works its records and context events cite, and passes
/// `validate --strict`.
#[test]
fn a_json_export_of_one_year_cites_what_it_lists() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("2018.json");
    let text = export(&["--format", "json", "--year", "2018"]);
    std::fs::write(&path, &text).unwrap();
    crate::common::summit()
        .args(["validate", "--strict"])
        .arg(&path)
        .assert()
        .success();
    let part = summit::Dataset::from_str_with(&text, summit::Origin::Stdin).unwrap();
    let mut cited: Vec<&str> = part
        .encounters
        .iter()
        .flat_map(|e| e.cited())
        .chain(
            part.context
                .iter()
                .flat_map(|c| c.sources.iter().map(String::as_str)),
        )
        .collect();
    cited.sort_unstable();
    cited.dedup();
    let mut listed: Vec<&str> = part.sources.iter().map(|s| s.id.as_str()).collect();
    listed.sort_unstable();
    assert_eq!(listed, cited);
    assert!(!listed.is_empty());
}

/// An export of some of the records says it is a selection, and claims
/// no day it was checked through: figures worked out on it cannot take
/// the whole record's day for their own.
#[test]
fn a_selection_says_it_is_one() {
    let n = crate::common::record_count();
    let some: serde_json::Value =
        serde_json::from_str(&export(&["--format", "json", "--to", "2019-12-31"])).unwrap();
    let kept = some["encounters"].as_array().unwrap().len();
    assert!(kept < n);
    assert!(
        some["title"].as_str().unwrap().ends_with(" (a selection)"),
        "{some}"
    );
    assert!(
        some["description"]
            .as_str()
            .unwrap()
            .starts_with(&format!("{kept} of the {n} records of ")),
        "{some}"
    );
    assert!(some.get("checked_through").is_none(), "{some}");
    let md = export(&["--format", "markdown", "--year", "2018"]);
    assert!(md.contains("A selection: "), "{md}");
    let ics = export(&["--format", "ics", "--year", "2018"]);
    assert!(ics.contains(" (a selection)\r\n"), "{ics}");
    // The whole dataset is itself.
    let all: serde_json::Value = serde_json::from_str(&export(&["--format", "json"])).unwrap();
    assert!(!all["title"].as_str().unwrap().contains("selection"));
    assert_eq!(all["checked_through"], "2026-03-11");
}
