//! `summit import`: a TimelineJS template sheet and a calendar export as
//! their tools write them, and summit's own CSV and calendar back again.

use std::path::{Path, PathBuf};

use predicates::prelude::*;
use serde_json::Value;

use crate::common::{fixture, stdout_of, summit};

fn import_fixture(name: &str) -> PathBuf {
    fixture("import").join(name)
}

/// Run `summit import` with `args`: status, the dataset written to
/// standard output, and stderr.
fn import(args: &[&std::ffi::OsStr]) -> (Option<i32>, Value, String) {
    let out = summit().arg("import").args(args).output().unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (
        out.status.code(),
        json,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `summit import --from FROM FILE` fails with status `code` and says
/// `message` on stderr.
fn refused(from: &str, file: impl AsRef<Path>, code: i32, message: &str) {
    summit()
        .args(["import", "--from", from])
        .arg(file.as_ref())
        .assert()
        .code(code)
        .stderr(predicate::str::contains(message));
}

fn os(s: &str) -> &std::ffi::OsStr {
    s.as_ref()
}

fn ids(v: &Value) -> Vec<&str> {
    v["encounters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect()
}

#[test]
fn a_timelinejs_sheet_becomes_a_draft_and_says_what_to_fill_in() {
    let sheet = import_fixture("timelinejs-template.csv");
    let (code, v, stderr) = import(&[
        os("--from"),
        os("timelinejs"),
        sheet.as_os_str(),
        os("--updated"),
        os("2026-11-29"),
    ]);
    assert_eq!(code, Some(1), "{stderr}");
    assert_eq!(
        v["title"],
        "Meetings of Chancellor Ada Varga and President Bruno Lind"
    );
    assert_eq!(
        v["description"],
        "Every time the two leaders met in person, or were meant to."
    );
    assert_eq!(v["updated"], "2026-11-29");
    assert_eq!(
        ids(&v),
        [
            "state-visit-to-paris-2019",
            "walk-in-oslo-2019",
            "riga-summit-2020",
            "invitation-to-tallinn-2022",
            "rumoured-meeting-in-vilnius-2021",
            "autumn-talks"
        ]
    );
    let e = &v["encounters"];
    // Dates from the columns, a season and an approximate year from the
    // Display Date, nothing from a row whose month is wrong.
    let dates: Vec<&str> = (0..6).map(|i| e[i]["date"].as_str().unwrap()).collect();
    assert_eq!(
        dates,
        [
            "2019-03-14/2019-03-15",
            "2019-09-02",
            "2020-21",
            "2022-05",
            "2021~",
            ""
        ]
    );
    let outcomes: Vec<&str> = (0..6).map(|i| e[i]["outcome"].as_str().unwrap()).collect();
    assert_eq!(
        outcomes,
        ["held", "informal", "cancelled", "proposed", "", "held"]
    );
    // HTML made text; nothing invented: no place, no source.
    assert_eq!(
        e[0]["summary"],
        "Two days of talks at the Élysée, with a working lunch on trade & energy."
    );
    assert_eq!(
        (
            e[0]["city"].as_str(),
            e[0]["sources"].as_array().map(Vec::len)
        ),
        (Some(""), Some(0))
    );
    // The era row is a context event.
    assert_eq!(v["context"][0]["date"], "2019-01-01/2020-12-31");
    assert_eq!(v["context"][0]["title"], "First Varga term");
    for line in [
        "row 4, column Media: not imported (summit keeps no media): https://example.org/paris.jpg",
        "row 5, column Time: not imported (a sheet's time has no UTC offset, which summit's time needs): 10:00",
        "row 8, column Group: \"Rumours\" names no outcome",
        "row 9, column Month: \"13\" is not a month from 1 to 12; the date is left empty",
        "encounters[0] (state-visit-to-paris-2019, row 4): city, country, occasion, sources",
        "encounters[4] (rumoured-meeting-in-vilnius-2021, row 8): city, country, occasion, outcome, sources",
        "encounters[5] (autumn-talks, row 9): date, city, country, occasion, sources",
        "context[0] (First Varga term): sources",
        "6 records cite no source; add one to each and run summit validate FILE",
    ] {
        assert!(stderr.contains(line), "{line:?} not in\n{stderr}");
    }
}

#[test]
fn a_calendar_export_becomes_a_draft() {
    let calendar = import_fixture("calendar.ics");
    let (code, v, stderr) = import(&[os("--from"), os("ics"), calendar.as_os_str()]);
    assert_eq!(code, Some(1), "{stderr}");
    assert_eq!(v["title"], "Varga–Lind meetings");
    assert_eq!(
        v["description"],
        "Meetings of Chancellor Ada Varga and President Bruno Lind, a shared calendar of the two press offices"
    );
    let e = &v["encounters"];
    assert_eq!(
        ids(&v),
        [
            "state-visit-to-paris-2019",
            "walk-in-oslo-2019",
            "riga-summit-2020",
            "invitation-to-tallinn-2022",
            "helsinki-2023"
        ]
    );
    // All-day (DTEND is the day after), timed, DURATION, and a timed event
    // that ends at midnight.
    let dates: Vec<&str> = (0..5).map(|i| e[i]["date"].as_str().unwrap()).collect();
    assert_eq!(
        dates,
        [
            "2019-03-14/2019-03-15",
            "2019-09-02",
            "2020-04-15/2020-04-16",
            "2022-05-10",
            "2023-11-30"
        ]
    );
    assert_eq!(
        (&e[0]["venue"], &e[0]["city"], &e[0]["country"]),
        (
            &Value::from("Élysée Palace"),
            &Value::from("Paris"),
            &Value::from("France")
        )
    );
    let outcomes: Vec<&str> = (0..5).map(|i| e[i]["outcome"].as_str().unwrap()).collect();
    assert_eq!(outcomes, ["", "", "cancelled", "proposed", "held"]);
    // The alarm's description is not the event's; summit's own paragraphs
    // are not part of the summary.
    assert_eq!(
        e[1]["summary"],
        "An unplanned walk along the harbour during the Nordic forum."
    );
    assert_eq!(e[4]["summary"], "Two days of talks in Helsinki.");
    for line in [
        "event UID 4kq1v7c2b0d9e8f7a6s5d4f3g2@google.com: STATUS CONFIRMED does not say whether it was held or informal",
        "event UID 2z3x4c5v6b7n8m9l0k1j2h3g4f@google.com: LOCATION \"Riga\" names no country",
        "event UID helsinki-2023@summit: its description lists sources",
        "encounters[2] (riga-summit-2020, event UID 2z3x4c5v6b7n8m9l0k1j2h3g4f@google.com): country, occasion, sources",
        "5 records cite no source",
    ] {
        assert!(stderr.contains(line), "{line:?} not in\n{stderr}");
    }
}

/// A LOCATION holding a street address, as calendars and maps write one,
/// gives the venue with its street, the city without its postal code,
/// the country, and a note saying what was set aside.
#[test]
fn a_street_address_is_split_into_venue_city_and_country() {
    let dir = tempfile::tempdir().unwrap();
    let ics = dir.path().join("trips.ics");
    std::fs::write(
        &ics,
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n\
         BEGIN:VEVENT\r\nUID:a@test\r\nDTSTART;VALUE=DATE:20180716\r\nSUMMARY:Summit\r\n\
         LOCATION:Presidential Palace\\, Pohjoisesplanadi 1\\, 00170 Helsinki\\, Finland\r\nEND:VEVENT\r\n\
         BEGIN:VEVENT\r\nUID:b@test\r\nDTSTART;VALUE=DATE:20250815\r\nSUMMARY:Talks\r\n\
         LOCATION:Joint Base Elmendorf-Richardson\\, Anchorage\\, AK 99506\\, USA\r\nEND:VEVENT\r\n\
         BEGIN:VEVENT\r\nUID:c@test\r\nDTSTART;VALUE=DATE:20190628\r\nSUMMARY:Meeting\r\n\
         LOCATION:Osaka\\, Japan\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    )
    .unwrap();
    let (_, v, stderr) = import(&[os("--from"), os("ics"), ics.as_os_str()]);
    let e = &v["encounters"];
    let place = |i: usize| {
        (
            e[i]["venue"].as_str().unwrap_or("").to_string(),
            e[i]["city"].as_str().unwrap().to_string(),
            e[i]["country"].as_str().unwrap().to_string(),
        )
    };
    assert_eq!(
        place(0),
        (
            "Presidential Palace, Pohjoisesplanadi 1".into(),
            "Helsinki".into(),
            "Finland".into()
        ),
        "{stderr}"
    );
    assert_eq!(
        place(1),
        (
            "Joint Base Elmendorf-Richardson".into(),
            "Anchorage".into(),
            "USA".into()
        )
    );
    assert_eq!(place(2), (String::new(), "Osaka".into(), "Japan".into()));
    for line in [
        "event UID a@test: LOCATION \"Presidential Palace, Pohjoisesplanadi 1, 00170 Helsinki, Finland\" read as a street address (a postal code taken off the city): venue \"Presidential Palace, Pohjoisesplanadi 1\", city \"Helsinki\", country \"Finland\"; check them",
        "event UID b@test: LOCATION \"Joint Base Elmendorf-Richardson, Anchorage, AK 99506, USA\" read as a street address (a state or postal code left out)",
    ] {
        assert!(stderr.contains(line), "{line:?} not in\n{stderr}");
    }
    // A plain place is read without a word.
    assert!(!stderr.contains("UID c@test: LOCATION"), "{stderr}");
}

#[test]
fn summit_csv_with_its_base_gives_the_dataset_back() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("encounters.csv");
    std::fs::write(&csv, stdout_of(&["export", "--format", "csv"])).unwrap();
    let original = dir.path().join("original.json");
    std::fs::write(&original, stdout_of(&["export", "--format", "json"])).unwrap();
    let back = dir.path().join("back.json");
    summit()
        .args(["import", "--from", "csv"])
        .arg(&csv)
        .arg("--base")
        .arg(&original)
        .arg("-o")
        .arg(&back)
        .assert()
        .code(0)
        .stderr(predicate::str::contains("it validates"));
    summit()
        .arg("diff")
        .args([&original, &back])
        .assert()
        .code(0);
    assert_eq!(
        std::fs::read_to_string(&back).unwrap(),
        std::fs::read_to_string(&original).unwrap()
    );
}

#[test]
fn summit_calendar_with_its_base_gives_its_records_back() {
    let dir = tempfile::tempdir().unwrap();
    let ics = dir.path().join("encounters.ics");
    std::fs::write(&ics, stdout_of(&["export", "--format", "ics"])).unwrap();
    let original: Value = serde_json::from_str(crate::common::RECORD_JSON).unwrap();
    let base = dir.path().join("base.json");
    std::fs::write(&base, crate::common::RECORD_JSON).unwrap();
    let (code, v, stderr) = import(&[
        os("--from"),
        os("ics"),
        ics.as_os_str(),
        os("--base"),
        base.as_os_str(),
    ]);
    assert_eq!(code, Some(0), "{stderr}");
    // Every record comes back whole, those dated to a season or months
    // too.
    let imported = v["encounters"].as_array().unwrap();
    assert_eq!(
        imported.len(),
        original["encounters"].as_array().unwrap().len()
    );
    for e in imported {
        let same = original["encounters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["id"] == e["id"])
            .unwrap();
        // An empty list is one left out.
        let drop_empty = |v: &Value| {
            let mut v = v.clone();
            if let Some(map) = v.as_object_mut() {
                map.retain(|_, x| x.as_array().is_none_or(|a| !a.is_empty()));
            }
            v
        };
        assert_eq!(drop_empty(e), drop_empty(same));
    }
    let source_ids = |d: &Value| -> Vec<Value> {
        d["sources"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["id"].clone())
            .collect()
    };
    assert_eq!(source_ids(&v), source_ids(&original));
}

#[test]
fn import_never_replaces_a_file_and_reports_bad_input() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("mine.json");
    std::fs::write(&out, "keep me").unwrap();
    let calendar = import_fixture("calendar.ics");
    summit()
        .args(["import", "--from", "ics"])
        .arg(&calendar)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("already exists; use --force"));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep me");
    // With --force it is written, though it does not validate yet.
    summit()
        .args(["import", "--from", "ics", "--force"])
        .arg(&calendar)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!(
            "run summit validate {}",
            out.display()
        )));
    let written: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(written["encounters"].as_array().unwrap().len(), 5);
    // Not a calendar; not a sheet; a format clap does not know.
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "just some notes\n").unwrap();
    refused("ics", &text, 1, "notes.txt: not a calendar");
    refused(
        "timelinejs",
        &text,
        1,
        "the header has no Year or Headline column (the TimelineJS template's columns are Year, Month",
    );
    // summit's own TimelineJS JSON is not the sheet; an empty file is empty.
    let json = dir.path().join("timeline.json");
    std::fs::write(&json, stdout_of(&["export", "--format", "timelinejs"])).unwrap();
    refused(
        "timelinejs",
        &json,
        1,
        "this is JSON, not a sheet: download the sheet as CSV",
    );
    let empty = dir.path().join("empty.csv");
    std::fs::write(&empty, "\n").unwrap();
    refused("csv", &empty, 1, "empty.csv: the file is empty");
    // The input is never the output, even with --force.
    summit()
        .args(["import", "--from", "ics", "--force"])
        .arg(&calendar)
        .arg("-o")
        .arg(&calendar)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "the output is the file being imported",
        ));
    // Text that is not UTF-8 is named by line.
    let latin = dir.path().join("latin.csv");
    std::fs::write(&latin, b"id,title\nparis-2019,\xc9lys\xe9e\n").unwrap();
    refused("csv", &latin, 1, "latin.csv: line 2 is not UTF-8 text");
    refused("xlsx", &text, 2, "invalid value 'xlsx'");
    refused(
        "csv",
        dir.path().join("missing.csv"),
        1,
        "missing.csv: cannot read",
    );
}

/// The README's walk, then the sheet imported again onto the filled-in
/// dataset: what the sheet cannot say comes from it, its era row is not
/// doubled, and the result validates.
#[test]
fn a_sheet_imported_again_onto_its_dataset_keeps_what_was_filled_in() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = import_fixture("timelinejs-template.csv");
    let (_, mut v, _) = import(&[os("--from"), os("timelinejs"), sheet.as_os_str()]);
    v["sources"] = serde_json::json!([{"id": "gazette", "title": "The Varga–Lind meetings",
        "publisher": "The Northern Gazette", "date": "2024-01-15", "url": "https://example.org/varga-lind"}]);
    for e in v["encounters"].as_array_mut().unwrap() {
        e["city"] = "Oslo".into();
        e["country"] = "Norway".into();
        e["occasion"] = "Talks".into();
        e["sources"] = serde_json::json!(["gazette"]);
        if e["date"] == "" {
            e["date"] = "2023-11-30".into();
        }
        if e["outcome"] == "" {
            e["outcome"] = "proposed".into();
        }
    }
    v["context"][0]["sources"] = serde_json::json!(["gazette"]);
    let filled = dir.path().join("filled.json");
    std::fs::write(&filled, serde_json::to_string_pretty(&v).unwrap()).unwrap();
    summit().arg("validate").arg(&filled).assert().success();
    let (code, again, stderr) = import(&[
        os("--from"),
        os("timelinejs"),
        sheet.as_os_str(),
        os("--base"),
        filled.as_os_str(),
    ]);
    assert_eq!(code, Some(0), "{stderr}");
    // The base's records are meetings, which its records say by default.
    let mut expected = v["encounters"].clone();
    for e in expected.as_array_mut().unwrap() {
        e["channel"] = "meeting".into();
    }
    assert_eq!(again["encounters"], expected);
    assert_eq!(again["context"].as_array().unwrap().len(), 1);
    // What the base filled in is not said to be left empty.
    assert!(!stderr.contains("left empty"), "{stderr}");
    assert!(stderr.contains("row 4, column Media"), "{stderr}");
}

/// A sheet's Unique ID names its record: a headline edited in the sheet
/// keeps the record and all that was filled in. Without it, the edited
/// row is a new record, and the base's is said to be missing, with the
/// row that has its date.
#[test]
fn a_unique_id_keeps_a_record_whose_headline_was_edited() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("base.json");
    std::fs::write(&base, crate::common::RECORD_JSON).unwrap();
    let with_id = "Year,Month,Day,Headline,Text,Group,Unique ID\n\
                   2019,6,28,Osaka talks (edited),,held,2019-osaka\n";
    let sheet = dir.path().join("sheet.csv");
    std::fs::write(&sheet, with_id).unwrap();
    let (code, v, stderr) = import(&[
        os("--from"),
        os("timelinejs"),
        sheet.as_os_str(),
        os("--base"),
        base.as_os_str(),
    ]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(ids(&v), ["2019-osaka"]);
    let osaka = &v["encounters"][0];
    assert_eq!(osaka["title"], "Osaka talks (edited)");
    // What the base had filled in is kept.
    assert_eq!(osaka["city"], "Osaka");
    assert!(!osaka["quotes"].as_array().unwrap().is_empty());
    assert!(
        stderr.contains(&format!(
            "{} records are not in the input, so not in the draft",
            crate::common::record_count() - 1
        )),
        "{stderr}"
    );
    assert!(
        !stderr.contains("2019-osaka,") && !stderr.contains("Unique ID"),
        "{stderr}"
    );

    let without = "Year,Month,Day,Headline,Text,Group\n2019,6,28,Osaka talks (edited),,held\n";
    std::fs::write(&sheet, without).unwrap();
    let (_, v, stderr) = import(&[
        os("--from"),
        os("timelinejs"),
        sheet.as_os_str(),
        os("--base"),
        base.as_os_str(),
    ]);
    assert_eq!(ids(&v), ["osaka-talks-edited-2019"]);
    assert!(
        stderr.contains(
            "the base's 2019-osaka: \"G20 bilateral meeting\" (28 Jun 2019) is not in the input, \
             so it is not in the draft; row 2 (osaka-talks-edited-2019) has its date: \
             if it is the same record, give it the id 2019-osaka"
        ),
        "{stderr}"
    );
}

/// A highlight edited in the CSV is no longer the base's, so its sources
/// cannot come back: said, not silently dropped.
#[test]
fn an_edited_highlight_is_noted_as_citing_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let csv = stdout_of(&["export", "--format", "csv"]).replacen(
        "Trump later rejected it in public.",
        "Trump rejected it.",
        1,
    );
    let file = dir.path().join("edited.csv");
    std::fs::write(&file, csv).unwrap();
    let base = dir.path().join("base.json");
    std::fs::write(&base, crate::common::RECORD_JSON).unwrap();
    let (code, _, stderr) = import(&[
        os("--from"),
        os("csv"),
        file.as_os_str(),
        os("--base"),
        base.as_os_str(),
    ]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stderr.contains("row 9: highlight \"Putin privately proposed a referendum in the separatist-held parts of eastern Ukraine; Trump rejected it.\" is not one of 2018-helsinki's in the base, so it cites no source"),
        "{stderr}"
    );
}

/// A calendar cut short inside an event: what it has is imported, and the
/// note gives the file's own last line, folded lines counted.
#[test]
fn a_cut_short_calendar_is_noted_by_its_own_line_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let whole = std::fs::read_to_string(import_fixture("calendar.ics")).unwrap();
    // Up to the Oslo event's SUMMARY, after a folded DESCRIPTION.
    let cut: String = whole
        .split_inclusive('\n')
        .take_while(|l| !l.starts_with("TRANSP:OPAQUE"))
        .collect();
    let lines = cut.lines().count();
    let file = dir.path().join("cut.ics");
    std::fs::write(&file, &cut).unwrap();
    let (code, v, stderr) = import(&[os("--from"), os("ics"), file.as_os_str()]);
    assert_eq!(code, Some(1), "{stderr}");
    assert_eq!(ids(&v), ["state-visit-to-paris-2019", "walk-in-oslo-2019"]);
    assert!(
        stderr.contains(&format!(
            "event UID 7hd6s5a4q3w2e1r0t9y8u7i6o5@google.com: has no END:VEVENT (the file may be cut short after line {lines})"
        )),
        "{stderr}"
    );
}

/// Rows that would have the same id are told apart by a number, however
/// many there are.
#[test]
fn the_same_headline_three_times_gets_three_ids() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = dir.path().join("sheet.csv");
    std::fs::write(
        &sheet,
        "Year,Month,Day,Headline,Text,Group\n\
         2019,6,28,Talks,,held\n2019,6,28,Talks,,held\n2019,6,28,Talks,,held\n",
    )
    .unwrap();
    let (_, v, stderr) = import(&[os("--from"), os("timelinejs"), sheet.as_os_str()]);
    assert_eq!(
        ids(&v),
        ["talks-2019", "talks-2019-2", "talks-2019-3"],
        "{stderr}"
    );
}

/// With `--base`, a field the CSV carries wins over the base record's:
/// participants cut down, a title edited. A list cell written by hand may
/// part its items with "; ", and an outcome in another case is read as
/// the one it names, said so.
#[test]
fn what_the_csv_carries_wins_over_the_base() {
    let dir = tempfile::tempdir().unwrap();
    let original = dir.path().join("original.json");
    std::fs::write(&original, stdout_of(&["export", "--format", "json"])).unwrap();
    let exported = stdout_of(&["export", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(exported.as_bytes());
    let header = reader.headers().unwrap().clone();
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(&header).unwrap();
    for row in reader.records() {
        let mut row: Vec<String> = row.unwrap().iter().map(String::from).collect();
        if row[at("id")] == "2019-osaka" {
            row[at("participants")] = "Donald Trump; Vladimir Putin".into();
            row[at("title")] = "Osaka talks".into();
            row[at("outcome")] = "Held".into();
        }
        writer.write_record(&row).unwrap();
    }
    let csv_path = dir.path().join("edited.csv");
    std::fs::write(&csv_path, writer.into_inner().unwrap()).unwrap();
    let (code, v, stderr) = import(&[
        os("--from"),
        os("csv"),
        csv_path.as_os_str(),
        os("--base"),
        original.as_os_str(),
    ]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stderr.contains("column outcome: \"Held\" read as \"held\""),
        "{stderr}"
    );
    let osaka = v["encounters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "2019-osaka")
        .unwrap();
    assert_eq!(
        osaka["participants"],
        serde_json::json!(["Donald Trump", "Vladimir Putin"])
    );
    assert_eq!(osaka["title"], "Osaka talks");
    assert_eq!(osaka["outcome"], "held");
    // What the CSV cannot carry still comes from the base.
    assert!(osaka["coordinates"].is_object(), "{osaka}");
}

/// `list --format csv` may give `place` ("City, Country") in place of the
/// two: the country is after the last comma, the city all before it.
#[test]
fn a_place_splits_at_its_last_comma() {
    let dir = tempfile::tempdir().unwrap();
    let csv_path = dir.path().join("places.csv");
    std::fs::write(
        &csv_path,
        "id,title,date,place,occasion,outcome,summary\n\
         dc-2019,Talks,2019-05-01,\"Washington, D.C., United States\",Talks,held,They met.\n\
         oslo-2019,Walk,2019-09-02,Oslo,Walk,informal,They walked.\n",
    )
    .unwrap();
    let (_, v, stderr) = import(&[os("--from"), os("csv"), csv_path.as_os_str()]);
    let places: Vec<(&str, &str)> = v["encounters"]
        .as_array()
        .unwrap_or_else(|| panic!("{stderr}"))
        .iter()
        .map(|e| (e["city"].as_str().unwrap(), e["country"].as_str().unwrap()))
        .collect();
    assert_eq!(
        places,
        [("Washington, D.C.", "United States"), ("Oslo", "")],
        "{stderr}"
    );
}
