//! Hostile input: every file under tests/fixtures/bad is wrong in one way,
//! and both loading it and validating it must say so, where, and exit 1.

use std::path::Path;

use crate::common::{fixture, summit, summit_with_memory_limit};

/// Run `args` on a bad file and check the error: exit status 1, nothing
/// on stdout, and an error line that starts with the file, the exact
/// `line:column` and JSON path expected (`-` for none), and contains
/// `fragment`.
fn expect_error(args: &[&str], file: &Path, position: &str, path: &str, fragment: &str) {
    let out = summit().args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
    assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    assert!(out.stdout.is_empty(), "{args:?}");
    let mut prefix = format!("error: {}", file.display());
    if position != "-" {
        prefix.push_str(&format!(":{position}"));
    }
    prefix.push_str(": ");
    if path != "-" {
        prefix.push_str(&format!("{path}: "));
    }
    let line = stderr
        .lines()
        .find(|l| l.contains(fragment))
        .unwrap_or_else(|| panic!("{args:?}: no error contains {fragment:?}:\n{stderr}"));
    assert!(
        line.starts_with(&prefix),
        "{args:?}: expected the error to start with {prefix:?}, got {line:?}"
    );
}

/// The cases of a corpus folder: each file with the line:column, JSON path
/// and message fragment its error must have (from its EXPECTED.tsv), after
/// checking that every file in the folder has a line.
fn corpus(folder: &str) -> Vec<(std::path::PathBuf, String, String, String)> {
    let manifest = std::fs::read_to_string(fixture(&format!("{folder}/EXPECTED.tsv"))).unwrap();
    let cases: Vec<_> = manifest
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            let [name, position, path, fragment] = fields[..] else {
                panic!("{folder}/EXPECTED.tsv: four fields expected: {line:?}");
            };
            let file = fixture(&format!("{folder}/{name}"));
            (file, position.into(), path.into(), fragment.into())
        })
        .collect();
    let on_disk = std::fs::read_dir(fixture(folder)).unwrap().count() - 1;
    assert_eq!(
        cases.len(),
        on_disk,
        "every file in tests/fixtures/{folder} needs a line in EXPECTED.tsv"
    );
    cases
}

#[test]
fn every_bad_file_is_rejected_at_its_exact_location() {
    let cases = corpus("bad");
    assert!(cases.len() >= 30, "only {} cases", cases.len());
    for (file, position, path, fragment) in &cases {
        let p = file.to_str().unwrap();
        expect_error(&["--data", p, "list"], file, position, path, fragment);
        expect_error(&["validate", p], file, position, path, fragment);
    }
}

/// Files that load, but fall short of what a dataset for publication needs:
/// every highlight, quote and variant cited, every source with a URL at the
/// work's own address (not a mirror or a machine translation), no
/// placeholder dates.
#[test]
fn strict_validation_rejects_uncited_claims_at_their_place() {
    for (file, position, path, fragment) in &corpus("strict") {
        let p = file.to_str().unwrap();
        summit().args(["validate", p]).assert().success();
        summit().args(["--data", p, "list"]).assert().success();
        expect_error(&["validate", "--strict", p], file, position, path, fragment);
    }
    // A dataset that cites everything passes, print-only sources included.
    let cited = fixture("cited.json");
    summit()
        .args(["validate", "--strict", cited.to_str().unwrap()])
        .assert()
        .success()
        .stdout(format!("ok: {}: 1 record, 2 sources\n", cited.display()));
    // And so does the bundled data.
    summit().args(["validate", "--strict"]).assert().success();
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bom.json");
    let text = std::fs::read(fixture("minimal.json")).unwrap();
    std::fs::write(&path, [b"\xef\xbb\xbf".as_slice(), &text].concat()).unwrap();
    summit()
        .args(["--data", path.to_str().unwrap(), "list"])
        .assert()
        .success();
    summit()
        .args(["validate", path.to_str().unwrap()])
        .assert()
        .success()
        .stdout(format!("ok: {}: 2 records, 1 source\n", path.display()));
}

#[test]
fn directories_missing_files_and_empty_stdin() {
    let dir = tempfile::tempdir().unwrap();
    for target in [dir.path().to_path_buf(), dir.path().join("missing.json")] {
        let p = target.to_str().unwrap();
        for args in [&["--data", p, "list"][..], &["validate", p]] {
            let out = summit().args(args).output().unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
            assert!(
                stderr.starts_with(&format!("error: {p}: cannot read")),
                "{stderr}"
            );
        }
    }
    for args in [&["--data", "-", "list"][..], &["validate", "-"]] {
        let out = summit().args(args).write_stdin("").output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).starts_with("error: <stdin>"),
            "{args:?}"
        );
    }
}

/// A 200 MB dataset loads within a memory limit of five times its size
/// (the loader keeps one copy of the text and borrows from it), and with
/// too little memory for it the error says so.
#[test]
fn a_200_mb_dataset_loads_within_bounded_memory() {
    use std::io::Write;

    let bundled: serde_json::Value = serde_json::from_str(crate::common::RECORD_JSON).unwrap();
    let record = bundled["encounters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "2018-helsinki")
        .unwrap();
    let record = serde_json::to_string_pretty(record).unwrap();
    let (before, after) = record.split_once("\"2018-helsinki\"").unwrap();
    let head = format!(
        concat!(
            "{{\n\"title\": \"Two hundred megabytes\",\n",
            "\"description\": \"The Helsinki record, many times over.\",\n",
            "\"updated\": \"2026-11-28\",\n",
            "\"sources\": {},\n",
            "\"encounters\": [\n"
        ),
        bundled["sources"]
    );

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.json");
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    file.write_all(head.as_bytes()).unwrap();
    let (mut written, mut count) = (head.len(), 0usize);
    while written < 200_000_000 {
        let id = format!("\"helsinki-2018-{count}\"");
        let comma = if count > 0 { ",\n" } else { "" };
        for part in [comma, before, &id, after] {
            file.write_all(part.as_bytes()).unwrap();
            written += part.len();
        }
        count += 1;
    }
    file.write_all(b"]\n}\n").unwrap();
    file.into_inner().unwrap().sync_all().unwrap();
    let size = std::fs::metadata(&path).unwrap().len();
    assert!(size >= 200_000_000, "{size} bytes");

    // ulimit -v caps the address space (in KiB): an allocation beyond it
    // fails, and the run with it.
    let out = summit_with_memory_limit(
        size * 5 / 1024,
        &[
            "--data",
            path.to_str().unwrap(),
            "stats",
            "--format",
            "json",
        ],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{:?}: {stderr}", out.status);
    let stats: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(stats["records"], count);

    // With less memory than the file needs, reading it fails with a clear
    // error instead of an abort.
    let out =
        summit_with_memory_limit(size / 2 / 1024, &["--data", path.to_str().unwrap(), "list"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_eq!(
        stderr.trim_end(),
        format!("error: {}: cannot read: out of memory", path.display())
    );
}

/// Whole messages, word for word, for a syntax error, a type error, a bad
/// value and a rule problem: nothing of serde's own position wording is
/// left in them.
#[test]
fn whole_error_lines() {
    for (name, rest) in [
        ("not-json.json", "1:1: expected value"),
        (
            "unknown-outcome.json",
            "22:18: encounters[0].outcome: unknown outcome \"helds\" (did you mean \"held\"?); \
             expected one of held, informal, cancelled, proposed",
        ),
        (
            "duration-negative.json",
            "23:27: encounters[0].duration_minutes: invalid value: integer \"-5\", expected u32",
        ),
        (
            "truncated.json",
            "21:4: unexpected end of input (EOF while parsing an object); is the file truncated?",
        ),
        (
            "unresolved-source.json",
            "37:9: encounters[0].sources[0]: source \"nowhere\" is not in the dataset's sources",
        ),
    ] {
        let path = fixture(&format!("bad/{name}"));
        let p = path.to_str().unwrap();
        summit()
            .args(["--data", p, "list"])
            .assert()
            .code(1)
            .stdout("")
            .stderr(format!("error: {p}:{rest}\n"));
    }
}

/// One record with several problems has each reported: the value that
/// stopped the parser, and every misspelt field with the name meant.
#[test]
fn every_problem_of_one_record() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("talks.json");
    summit().arg("init").arg(&path).assert().success();
    let mut doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let record = doc["encounters"][0].as_object_mut().unwrap();
    record.insert("outcome".into(), "Held".into());
    let summary = record.remove("summary").unwrap();
    record.insert("sumary".into(), summary);
    record.insert("duration".into(), 30.into());
    let out = summit()
        .args(["validate", "-"])
        .write_stdin(serde_json::to_string_pretty(&doc).unwrap())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 4, "{stderr}");
    assert!(
        lines.iter().any(|l| l
            .contains("encounters[0].outcome: unknown outcome \"Held\" (did you mean \"held\"?)")),
        "{stderr}"
    );
    assert!(
        lines.iter().any(|l| l.contains(
            "encounters[0].sumary: unknown field \"sumary\" (did you mean \"summary\"?)"
        )),
        "{stderr}"
    );
    assert!(lines.iter().any(|l| l.contains("encounters[0].duration: unknown field \"duration\" (did you mean \"duration_minutes\"?)")), "{stderr}");
    assert_eq!(lines[3], "error: 3 problems in <stdin>");
}
