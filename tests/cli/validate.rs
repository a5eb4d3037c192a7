//! `summit validate`, `schema`, `init`, `completions` and `man`.

use predicates::prelude::*;

use crate::common::{fixture, process, stdout_of, summit};

#[test]
fn validate_reports_ok_or_every_problem() {
    // Without --data, the bundled dataset.
    let bundled = summit::Dataset::bundled().unwrap();
    summit()
        .env_remove("SUMMIT_DATA")
        .arg("validate")
        .assert()
        .success()
        .stdout(format!(
            "ok: <bundled>: {} records, {} sources\n",
            bundled.encounters.len(),
            bundled.sources.len()
        ));
    let path = fixture("other-leaders.json");
    summit()
        .args(["validate", path.to_str().unwrap()])
        .assert()
        .success()
        .stdout(format!("ok: {}: 5 records, 3 sources\n", path.display()));

    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    let text = crate::common::RECORD_JSON
        .replacen("\"outcome\": \"held\"", "\"outcome\": \"helds\"", 1)
        .replacen("\"summary\"", "\"sumary\"", 2)
        .replacen(
            "\"date\": \"2018-07-16\",\n      \"city\"",
            "\"date\": \"2018-7-16\",\n      \"city\"",
            1,
        );
    std::fs::write(&bad, text).unwrap();
    let out = summit()
        .args(["validate", bad.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 5, "{stderr}");
    assert!(
        lines[..4]
            .iter()
            .all(|l| l.starts_with("error: ") && l.contains("bad.json:")),
        "{stderr}"
    );
    // Both problems of the first record, and those of the others.
    assert!(
        lines[0].contains("encounters[0].outcome: unknown outcome \"helds\""),
        "{stderr}"
    );
    assert!(
        lines[1]
            .contains("encounters[0].sumary: unknown field \"sumary\" (did you mean \"summary\"?)"),
        "{stderr}"
    );
    assert!(
        lines[2]
            .contains("encounters[1].sumary: unknown field \"sumary\" (did you mean \"summary\"?)"),
        "{stderr}"
    );
    assert!(
        lines[3].contains("encounters[7].date: invalid date \"2018-7-16\""),
        "{stderr}"
    );
    assert!(
        lines[4] == format!("error: 4 problems in {}", bad.display()),
        "{stderr}"
    );
}

#[test]
fn schema_validates_the_bundled_dataset() {
    let schema: serde_json::Value = serde_json::from_str(&stdout_of(&["schema"])).unwrap();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    let validator = jsonschema::draft202012::new(&schema).unwrap();
    let data: serde_json::Value = serde_json::from_str(crate::common::RECORD_JSON).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&data)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let other: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("other-leaders.json")).unwrap())
            .unwrap();
    assert!(validator.is_valid(&other));
    // And it rejects what the loader rejects.
    let mut bad = data.clone();
    bad["encounters"][0]["outcome"] = "helds".into();
    assert!(!validator.is_valid(&bad));
    let mut bad = data;
    bad["encounters"][0]["sumary"] = "x".into();
    assert!(!validator.is_valid(&bad));
}

#[test]
fn bash_completion_offers_the_subcommands() {
    let script = stdout_of(&["completions", "bash"]);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("summit.bash");
    std::fs::write(&file, script).unwrap();
    let probe = format!(
        "source '{}'; COMP_WORDS=(summit ''); COMP_CWORD=1; COMP_LINE='summit '; COMP_POINT=7; _summit summit '' summit; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        file.display()
    );
    let out = process("bash")
        .args(["--norc", "-c", &probe])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let words = String::from_utf8(out.stdout).unwrap();
    for cmd in [
        "list", "show", "timeline", "stats", "search", "quotes", "export", "validate",
    ] {
        assert!(
            words.lines().any(|w| w == cmd),
            "{cmd} not offered: {words}"
        );
    }
    for shell in ["zsh", "fish", "powershell", "elvish"] {
        assert!(
            stdout_of(&["completions", shell]).contains("summit"),
            "{shell}"
        );
    }
}

#[test]
fn man_page_is_roff() {
    let man = stdout_of(&["man"]);
    assert!(
        man.starts_with(".ie \\n(.g .ds Aq") || man.contains(".TH summit"),
        "{}",
        &man[..80]
    );
    assert!(man.contains(".TH summit"));
    assert!(man.contains("timeline"));
    // Every page the main page names exists: `summit man COMMAND` prints it.
    let named: Vec<&str> = man
        .split("summit\\-")
        .skip(1)
        .filter_map(|rest| rest.split_once("(1)").map(|(name, _)| name))
        .collect();
    assert!(named.len() >= 12, "{named:?}");
    for name in named {
        let page = stdout_of(&["man", name]);
        assert!(page.contains(&format!(".TH summit-{name} 1")), "{name}");
    }
    summit()
        .args(["man", "bogus"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no subcommand \"bogus\""));
}

/// The schema describes dates and outcomes: a document the loader rejects
/// for them is rejected by the schema too.
#[test]
fn schema_rejects_bad_types() {
    let schema: serde_json::Value = serde_json::from_str(&stdout_of(&["schema"])).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let bundled: serde_json::Value = serde_json::from_str(crate::common::RECORD_JSON).unwrap();
    assert!(validator.is_valid(&bundled));
    for (pointer, bad) in [
        ("/encounters/0/date", serde_json::json!(2018)),
        ("/encounters/0/outcome", serde_json::json!("won")),
        (
            "/encounters/0/highlights/0",
            serde_json::json!({"text": "x", "sauces": []}),
        ),
        ("/sources/1/date", serde_json::json!(["2025"])),
    ] {
        let mut doc = bundled.clone();
        *doc.pointer_mut(pointer).unwrap() = bad;
        assert!(!validator.is_valid(&doc), "{pointer} accepted");
    }
}

/// The schema agrees with validate: every bad fixture that is JSON is
/// rejected by both, except those breaking a rule that spans values, which
/// the schema's description lists instead.
#[test]
fn schema_and_validate_reject_the_same_files() {
    let schema: serde_json::Value = serde_json::from_str(&stdout_of(&["schema"])).unwrap();
    let validator = jsonschema::draft202012::new(&schema).unwrap();
    let description = schema["description"].as_str().unwrap();
    // Each rule beyond a schema, and the words its description uses for it.
    let beyond = [
        ("duplicate-id.json", "ids are unique"),
        (
            "unresolved-source.json",
            "every cited source id names a source",
        ),
        (
            "highlight-unresolved-source.json",
            "every cited source id names a source",
        ),
        (
            "quote-unresolved-source.json",
            "every cited source id names a source",
        ),
        (
            "variant-unresolved-source.json",
            "every cited source id names a source",
        ),
        ("interval-reversed.json", "does not end before it starts"),
        ("date-february-30.json", "no 30 February"),
    ];
    let mut judged = 0;
    for entry in std::fs::read_dir(fixture("bad")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|x| x != "json") {
            continue;
        }
        summit().args(["validate"]).arg(&path).assert().code(1);
        let name = path.file_name().unwrap().to_str().unwrap();
        let Ok(doc) = serde_json::from_slice::<serde_json::Value>(&std::fs::read(&path).unwrap())
        else {
            // Not JSON at all: no schema is consulted.
            continue;
        };
        judged += 1;
        if let Some((_, rule)) = beyond.iter().find(|(f, _)| *f == name) {
            assert!(
                validator.is_valid(&doc),
                "{name} is beyond a schema, yet rejected"
            );
            assert!(description.contains(rule), "the description omits {rule:?}");
        } else {
            assert!(
                !validator.is_valid(&doc),
                "{name}: validate rejects it, the schema accepts it"
            );
        }
    }
    assert!(judged > 25, "{judged}");
    // Blank text, bad ids and URLs, and records citing nothing, each alone.
    let bundled: serde_json::Value = serde_json::from_str(crate::common::RECORD_JSON).unwrap();
    for (pointer, bad) in [
        ("/encounters/0/summary", serde_json::json!("  ")),
        ("/encounters/0/occasion", serde_json::json!("")),
        ("/encounters/0/id", serde_json::json!("Hamburg 2017")),
        ("/sources/0/id", serde_json::json!("a b")),
        ("/sources/0/url", serde_json::json!("www.example.org")),
        ("/encounters/0/sources", serde_json::json!([])),
        ("/context/0/sources", serde_json::json!([])),
        ("/encounters/0/date", serde_json::json!("2018-7-16")),
    ] {
        let mut doc = bundled.clone();
        *doc.pointer_mut(pointer).unwrap() = bad.clone();
        assert!(
            !validator.is_valid(&doc),
            "{pointer} = {bad} accepted by the schema"
        );
        let out = summit()
            .args(["validate", "-"])
            .write_stdin(doc.to_string())
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(1),
            "{pointer} = {bad} accepted by validate"
        );
    }
    // No wording about how summit is built.
    let text = schema.to_string();
    for word in ["borrowed", "Cow", "serde", "struct"] {
        assert!(!text.contains(word), "the schema mentions {word:?}");
    }
}

/// `summit init` writes a starter that passes strict validation, with the
/// usual permissions, and never replaces a file without --force.
#[test]
fn init_writes_a_starter_that_validates() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("talks.json");
    let p = file.to_str().unwrap();
    summit()
        .args(["init", p])
        .assert()
        .success()
        .stdout(format!("wrote {p}\n"))
        .stderr(predicate::str::contains("summit validate --strict"));
    summit()
        .args(["validate", "--strict", p])
        .assert()
        .success()
        .stdout(format!("ok: {p}: 4 records, 1 source\n"));
    // Every command reads it.
    assert!(stdout_of(&["--data", p, "show", "example-2024"]).contains("Geneva"));

    std::fs::write(&file, "my work").unwrap();
    summit()
        .args(["init", p])
        .assert()
        .code(1)
        .stdout("")
        .stderr(format!(
            "error: {p}: already exists; use --force to replace it\n"
        ));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "my work");
    summit().args(["init", p, "--force"]).assert().success();
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("\"$schema\"")
    );
    // The default name, in the current folder.
    summit()
        .current_dir(dir.path())
        .arg("init")
        .assert()
        .success();
    assert!(dir.path().join("encounters.json").exists());
}

/// Every problem of a record is reported, even when it does not parse:
/// an impossible date hides neither a duplicate id, nor a bad outcome,
/// nor an unknown source beside it; and a meeting missing its place is
/// said so with the rest.
#[test]
fn a_record_that_does_not_parse_has_every_problem_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("three.json");
    std::fs::write(
        &path,
        r#"{"title": "t", "description": "d", "updated": "2026-01-01",
 "sources": [{"id": "s", "title": "S", "publisher": "P", "date": "2026"}],
 "encounters": [
  {"id": "a", "title": "A", "date": "2018-07-16", "city": "X", "country": "Y",
   "occasion": "O", "outcome": "held", "summary": "S.", "sources": ["s"]},
  {"id": "a", "title": "B", "date": "2018-02-30", "country": "Y",
   "occasion": "O", "outcome": "helds", "summary": "S.", "sources": ["nowhere"]},
  {"id": "b", "title": "C", "date": "2018", "city": "X", "country": "Y",
   "occasion": "O", "outcome": "held", "summary": "S.", "sources": ["s"]}
 ]}"#,
    )
    .unwrap();
    let out = summit().arg("validate").arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    let p = path.display();
    assert_eq!(
        lines,
        [
            // A missing field is pointed at its record.
            format!(
                "error: {p}:6:3: encounters[1].city: missing city: a meeting has a place (only a call has none)"
            ),
            format!(
                "error: {p}:6:10: encounters[1].id: duplicate id \"a\" (first used by encounters[0])"
            ),
            format!(
                "error: {p}:6:37: encounters[1].date: invalid date \"2018-02-30\": day is out of range for the month (at offset 8)"
            ),
            format!(
                "error: {p}:7:32: encounters[1].outcome: unknown outcome \"helds\" (did you mean \"held\"?); expected one of held, informal, cancelled, proposed"
            ),
            format!(
                "error: {p}:7:70: encounters[1].sources[0]: source \"nowhere\" is not in the dataset's sources"
            ),
            format!("error: 5 problems in {p}"),
        ],
        "{stderr}"
    );
}
