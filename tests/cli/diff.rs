//! `summit diff`: the bundled data against edited copies of it.

use std::path::{Path, PathBuf};

use predicates::prelude::*;
use serde_json::Value;

use crate::common::summit;

/// The fixture dataset as JSON, to edit.
fn recorded() -> Value {
    serde_json::from_str(crate::common::RECORD_JSON).unwrap()
}

fn write(dir: &Path, name: &str, v: &Value) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_string_pretty(v).unwrap()).unwrap();
    path
}

/// The encounter with `id` in a dataset's JSON.
fn encounter<'a>(v: &'a mut Value, id: &str) -> &'a mut Value {
    v["encounters"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|e| e["id"] == id)
        .unwrap()
}

/// Old and new: the bundled data, and a copy with a corrected duration
/// and quote, an encounter removed, one added, a source retitled.
fn editions() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let old = write(dir.path(), "old.json", &recorded());
    let mut v = recorded();
    let alaska = encounter(&mut v, "2025-alaska");
    alaska["duration_minutes"] = 165.into();
    alaska["quotes"][0]["text"] = "A corrected quotation.".into();
    let mut added = encounter(&mut v, "2020-moscow").clone();
    added["id"] = "oslo-2026".into();
    added["title"] = "Oslo talks".into();
    added["date"] = "2026-05".into();
    let list = v["encounters"].as_array_mut().unwrap();
    list.retain(|e| e["id"] != "2017-da-nang");
    list.push(added);
    v["sources"][1]["title"] = "Retitled".into();
    v["sources"][1]["url"] =
        "https://www.example.org/a/very/long/address/that/no/terminal/of/sixty/columns/could/hold/whole.html".into();
    v["updated"] = "2026-12-24".into();
    let new = write(dir.path(), "new.json", &v);
    (dir, old, new)
}

#[test]
fn the_same_edition_differs_in_nothing_and_exits_0() {
    let dir = tempfile::tempdir().unwrap();
    let old = write(dir.path(), "old.json", &recorded());
    summit()
        .args(["diff".as_ref(), old.as_os_str(), old.as_os_str()])
        .assert()
        .code(0)
        .stdout(predicate::str::ends_with("\nno differences\n"));
}

#[test]
fn json_names_every_change_and_exits_1() {
    let (_dir, old, new) = editions();
    let out = summit()
        .args(["diff", "-f", "json"])
        .args([&old, &new])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let d: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(d["added"][0]["id"], "oslo-2026");
    assert_eq!(d["removed"][0]["id"], "2017-da-nang");
    assert_eq!(d["changed"].as_array().unwrap().len(), 1);
    let changed = &d["changed"][0];
    assert_eq!(changed["id"], "2025-alaska");
    let fields: Vec<&str> = changed["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["duration_minutes", "quotes"]);
    assert_eq!(changed["changes"][0]["old"], "150");
    assert_eq!(changed["changes"][0]["new"], "165");
    let quote = &changed["changes"][1];
    assert!(
        quote["new"]
            .as_str()
            .unwrap()
            .contains("\"A corrected quotation.\"")
    );
    assert!(!quote["old"].as_str().unwrap().contains("corrected"));
    assert_eq!(d["sources_changed"][0]["changes"][0]["new"], "Retitled");
    assert_eq!(d["sources_changed"][0]["changes"][1]["field"], "url");
    // Scripts get the values as the dataset has them, and the EDTF date.
    assert_eq!(changed["changes"][0]["new_value"], 165);
    assert_eq!(d["added"][0]["edtf"], "2026-05");
    assert_eq!(d["dataset"][0]["field"], "updated");
    assert_eq!(d["new"]["updated"], "2026-12-24");
}

#[test]
fn the_table_and_the_corrections_note_say_the_same() {
    let (_dir, old, new) = editions();
    let table = summit()
        .args(["diff", "--width", "100"])
        .args([&old, &new])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let table = String::from_utf8(table).unwrap();
    for line in [
        "Added: 1 record",
        "oslo-2026",
        "Removed: 1 record",
        "2017-da-nang",
        "2025-alaska",
        "duration_minutes",
        "1 record added, 1 removed, 1 changed (2 fields); 1 source changed; changed in the dataset: updated",
    ] {
        let words = table.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(words.contains(line), "{line:?} not in\n{table}");
    }
    assert!(table.lines().all(|l| l.chars().count() <= 100), "{table}");
    // Narrow, with a long URL among the changes: nothing runs past.
    for width in ["60", "40"] {
        let out = summit()
            .args(["diff", "--width", width])
            .args([&old, &new])
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        let limit: usize = width.parse().unwrap();
        assert!(
            text.lines().all(|l| l.chars().count() <= limit),
            "wider than {width}:\n{text}"
        );
        assert!(text.contains("  quotes") && text.contains("+ "), "{text}");
        // The old and new values start in one column, at most a third of
        // the way in (a longer name stands on its own line).
        let changed = &text[text.find("Changed").unwrap()..];
        let marks: Vec<usize> = changed
            .lines()
            .filter_map(|l| {
                let trimmed = l.trim_start();
                if trimmed.starts_with("- ") || trimmed.starts_with("+ ") {
                    return Some(l.len() - trimmed.len());
                }
                ["  - ", "  + "]
                    .iter()
                    .find_map(|m| l.find(m))
                    .map(|at| at + 2)
            })
            .collect();
        assert!(marks.len() >= 4, "{text}");
        assert!(marks.iter().all(|&m| m == marks[0]), "{marks:?}\n{text}");
        assert!(marks[0] <= limit / 3 + 4, "{marks:?}\n{text}");
    }
    // In colour, what was is dimmed and what is now is not; the names
    // beside them are not.
    let coloured = summit()
        .args(["diff", "--width", "100", "--color", "always"])
        .args([&old, &new])
        .output()
        .unwrap();
    let coloured = String::from_utf8(coloured.stdout).unwrap();
    let line = |mark: &str| {
        let found = coloured.lines().find(|l| l.contains(mark));
        found.unwrap_or_else(|| panic!("{mark} in\n{coloured}"))
    };
    assert!(line("- 150").contains("\u{1b}[2m- 150"), "{coloured}");
    assert!(line("- 150").starts_with("  duration"), "{coloured}");
    assert!(!line("+ 165").contains('\u{1b}'), "{coloured}");
    let note = summit()
        .args(["diff", "--format", "markdown"])
        .args([&old, &new])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let note = String::from_utf8(note).unwrap();
    assert!(
        note.starts_with("# Changes to Trump–Putin contacts"),
        "{note}"
    );
    assert!(
        note.contains("\n## Added\n\n- **Oslo talks** (`oslo-2026`), May 2026, proposed\n"),
        "{note}"
    );
    assert!(
        note.contains("- duration (minutes): was 150; now 165\n"),
        "{note}"
    );
    assert!(note.contains("\n## Removed\n"), "{note}");
    // A section for each kind of change there is, and none for the others.
    assert!(note.contains("\n## Sources\n\n- "), "{note}");
    assert!(
        note.contains("\n## The dataset\n\n- updated: was "),
        "{note}"
    );
    assert!(!note.contains("## Context events"), "{note}");
    // For readers: days in words, and works by publisher and title, not
    // by id.
    assert!(
        note.contains("From the edition of 7 December 2026 to the edition of 24 December 2026"),
        "{note}"
    );
    assert!(note.contains("“A corrected quotation.”") || note.contains("A corrected quotation."));
    assert!(note.contains("(BBC News, "), "{note}");
    for s in crate::common::record().sources {
        assert!(!note.contains(&format!("[{}", s.id)), "{} in\n{note}", s.id);
    }
}

#[test]
fn trouble_exits_2_and_says_where() {
    let (dir, old, _new) = editions();
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{\"title\": 3}").unwrap();
    // A bad file is trouble as OLD as much as NEW.
    for pair in [[&old, &bad], [&bad, &old]] {
        summit()
            .arg("diff")
            .args(pair)
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains(
                "bad.json:1:11: title: invalid type",
            ));
    }
    let not_json = dir.path().join("notes.txt");
    std::fs::write(&not_json, "old notes, not a dataset\n").unwrap();
    summit()
        .arg("diff")
        .args([&not_json, &old])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("notes.txt:1:1:"));
    summit()
        .args([
            "diff".as_ref(),
            old.as_os_str(),
            dir.path().join("missing.json").as_os_str(),
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("missing.json: cannot read"));
    summit()
        .args(["diff", "-", "-"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("only one of OLD and NEW"));
    // A usage mistake is clap's, with status 2 too.
    summit()
        .args(["diff".as_ref(), old.as_os_str()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("Usage:"));
}

/// What `summit import` writes, with required fields still empty, is
/// compared as it stands: a half-filled import can be reviewed.
#[test]
fn a_draft_is_compared_and_said_to_be_one() {
    let dir = tempfile::tempdir().unwrap();
    let old = write(dir.path(), "old.json", &recorded());
    let sheet = "Year,Month,Day,Headline,Text,Group\n2019,6,28,G20 bilateral meeting,,held\n\
                 2026,5,,Oslo talks,Planned.,proposed\n";
    let sheet_file = dir.path().join("sheet.csv");
    std::fs::write(&sheet_file, sheet).unwrap();
    let draft = dir.path().join("draft.json");
    let out = summit()
        .args(["import", "--from", "timelinejs"])
        .arg(&sheet_file)
        .arg("-o")
        .arg(&draft)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = summit()
        .args(["diff", "--format", "json"])
        .args([&old, &draft])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("draft.json: a draft that does not validate yet (")
            && stderr.contains("compared as it stands"),
        "{stderr}"
    );
    let d: Value = serde_json::from_slice(&out.stdout).unwrap();
    let added: Vec<&str> = d["added"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(added, ["g20-bilateral-meeting-2019", "oslo-talks-2026"]);
    assert_eq!(
        d["removed"].as_array().unwrap().len(),
        crate::common::record_count()
    );
    // The other way round, and as a table too.
    summit()
        .arg("diff")
        .args([&draft, &old])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("Oslo talks"));
}

#[test]
fn one_edition_can_come_from_standard_input() {
    let (_dir, old, new) = editions();
    summit()
        .args(["diff".as_ref(), old.as_os_str(), "-".as_ref()])
        .write_stdin(std::fs::read(&new).unwrap())
        .assert()
        .code(1)
        .stdout(predicate::str::contains(format!(
            "new <stdin>: {} records",
            crate::common::record_count()
        )));
}

/// A file whose lists hold something other than records is not a dataset,
/// nor a draft of one: exit 2, saying so.
#[test]
fn a_list_of_other_things_is_not_a_draft() {
    let dir = tempfile::tempdir().unwrap();
    let odd = dir.path().join("odd.json");
    std::fs::write(
        &odd,
        r#"{"title": "t", "description": "d", "updated": "2025-01-01", "sources": [], "encounters": [1, 2]}"#,
    )
    .unwrap();
    let out = summit()
        .args(["diff"])
        .arg(&odd)
        .arg(&odd)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("odd.json"), "{stderr}");
}

/// A change in a quote's other renderings, a plan or a channel is a
/// change: each shown in the table, the corrections note and JSON.
#[test]
fn variants_plans_and_channels_are_compared() {
    let dir = tempfile::tempdir().unwrap();
    let old = write(dir.path(), "old.json", &recorded());
    let mut v = recorded();
    let da_nang = encounter(&mut v, "2017-da-nang");
    da_nang["quotes"][1]["variants"][0]["text"] = "But they will be punished for that.".into();
    let moscow = encounter(&mut v, "2020-moscow");
    moscow["planned"] = "2020-06-24".into();
    let call = encounter(&mut v, "2017-05-02-call");
    call["channel"] = "meeting".into();
    call["city"] = "Sochi".into();
    call["country"] = "Russia".into();
    let new = write(dir.path(), "new.json", &v);
    let run = |format: &str| {
        let out = summit()
            .args(["--width", "200", "diff", "--format", format])
            .args([&old, &new])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{format}");
        String::from_utf8(out.stdout).unwrap()
    };
    let table = run("table");
    assert!(
        table.contains("also rendered: \"But they will be punished for that.\""),
        "{table}"
    );
    assert!(
        table.contains("also rendered: \"But they will be disciplined for that.\""),
        "{table}"
    );
    assert!(table.contains("2020-06-24"), "{table}");
    assert!(table.contains("channel"), "{table}");
    let json: Value = serde_json::from_str(&run("json")).unwrap();
    let changed: Vec<(String, String)> = json["changed"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|e| {
            e["changes"].as_array().unwrap().iter().map(move |f| {
                (
                    e["id"].as_str().unwrap().to_string(),
                    f["field"].as_str().unwrap().to_string(),
                )
            })
        })
        .collect();
    for (id, field) in [
        ("2017-da-nang", "quotes"),
        ("2020-moscow", "planned"),
        ("2017-05-02-call", "channel"),
        ("2017-05-02-call", "city"),
    ] {
        assert!(
            changed.contains(&(id.to_string(), field.to_string())),
            "{id} {field}: {changed:?}"
        );
    }
    let note = run("markdown");
    assert!(note.contains("disciplined"), "{note}");
}
