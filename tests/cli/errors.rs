//! Every error a user can cause: one line on stderr, the right exit status.

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

#[test]
fn usage_errors_exit_2() {
    fails(&["list", "--year", "20x8"], 2, "\"20x8\" is not a year");
    fails(&["list", "--year", "2019..2017"], 2, "runs backwards");
    fails(&["list", "--year", "99999"], 2, "out of range");
    fails(
        &["list", "--from", "2019", "--to", "2017"],
        2,
        "--from 2019 is after --to 2017",
    );
    fails(&["list", "--from", "July 2018"], 2, "expected e.g. 2018");
    fails(
        &["list", "--outcome", "helds"],
        2,
        "a similar value exists: 'held'",
    );
    fails(&["list", "--format", "xml"], 2, "invalid value 'xml'");
    fails(&["list", "--limit", "-1"], 2, "\"-1\" is not a count");
    fails(&["list", "--sort", "bogus"], 2, "invalid value 'bogus'");
    fails(&["show", ""], 2, "give some text to look for");
    fails(&["show", "   "], 2, "give some text to look for");
    fails(&["search", " "], 2, "give some text to look for");
    fails(&["list", "--bogus"], 2, "unexpected argument '--bogus'");
    fails(&["frobnicate"], 2, "unrecognized subcommand");
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
        summit::BUNDLED_JSON.replacen("\"outcome\": \"held\"", "\"outcome\": \"helds\"", 1);
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
fn no_subcommand_shows_help_and_exits_2() {
    summit()
        .assert()
        .code(2)
        .stderr(predicate::str::contains("Usage:"));
}

#[test]
fn help_and_version() {
    summit()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("Examples:"));
    summit()
        .args(["list", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--group-by"));
    summit()
        .args(["show", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Examples:"));
    summit()
        .arg("--version")
        .assert()
        .success()
        .stdout(format!("summit {}\n", env!("CARGO_PKG_VERSION")));
}
