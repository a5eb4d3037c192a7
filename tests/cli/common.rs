//! Helpers shared by the integration tests.

use std::path::PathBuf;

use assert_cmd::Command;

/// Environment variables that change what summit does: the tests clear
/// them, so that they do not depend on the developer's shell.
const CLEARED: [&str; 8] = [
    "NO_COLOR",
    "CLICOLOR",
    "CLICOLOR_FORCE",
    "SUMMIT_DATA",
    "SUMMIT_PAGER",
    "COLUMNS",
    "PAGER",
    "LESS",
];

/// The frozen fixture every behaviour test reads (`SUMMIT_DATA`), so that
/// a new edition of the bundled data touches none of them: it covers
/// every outcome, channel, date form and field.
pub const RECORD_JSON: &str = include_str!("../fixtures/record.json");

/// The fixture as a dataset.
pub fn record() -> summit::Dataset<'static> {
    summit::Dataset::from_str_with(RECORD_JSON, summit::Origin::Named("record.json".into()))
        .unwrap()
}

/// The `summit` binary with an environment that does not depend on the
/// developer's shell (no colour settings, no width) reading the fixture
/// dataset.
pub fn summit() -> Command {
    let mut cmd = assert_cmd::cargo::cargo_bin_cmd!("summit");
    for var in CLEARED {
        cmd.env_remove(var);
    }
    cmd.env("SUMMIT_DATA", fixture("record.json"));
    cmd
}

/// `program` (a shell, `script`, the summit binary itself) as a plain
/// process, with the same controlled environment as [`summit`], for tests
/// that need to wire its input and output themselves.
pub fn process(program: impl AsRef<std::ffi::OsStr>) -> std::process::Command {
    let mut cmd = bundled_process(program);
    cmd.env("SUMMIT_DATA", fixture("record.json"));
    cmd
}

/// As [`process`], reading the bundled data: for the data and docs tests
/// only.
pub fn bundled_process(program: impl AsRef<std::ffi::OsStr>) -> std::process::Command {
    let mut cmd = std::process::Command::new(program);
    for var in CLEARED {
        cmd.env_remove(var);
    }
    cmd
}

/// Path of the binary, for tests that run it through another program.
pub fn binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_summit"))
}

/// A test that needs a program or file from outside the project is
/// `#[ignore]`d, with what it needs as the reason: plain `cargo test`
/// reports it as ignored, never as passed. `cargo test -- --include-ignored`
/// runs it (`bash .ci/run` installs what it needs first), and then it
/// fails, saying what to install, when what it needs is not `present`.
pub fn require(present: bool, what: &str, install: &str) {
    assert!(
        present,
        "{what} is missing: install {install} (bash .ci/run does), or leave out --include-ignored"
    );
}

/// The first Chromium found on the PATH; the test fails without one.
pub fn chromium() -> &'static str {
    let found = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|c| runs(c));
    require(found.is_some(), "Chromium", "Debian's chromium");
    found.unwrap_or_default()
}

/// Whether `program --version` runs.
pub fn runs(program: &str) -> bool {
    std::process::Command::new(program)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Run summit with `args` under an address-space limit of `kib` KiB
/// (`ulimit -v`): an allocation beyond it fails.
pub fn summit_with_memory_limit(kib: u64, args: &[&str]) -> std::process::Output {
    process("sh")
        .arg("-c")
        .arg(format!("ulimit -v {kib} && exec \"$0\" \"$@\""))
        .arg(binary())
        .args(args)
        .output()
        .unwrap()
}

/// Run summit with `args` as if on a terminal `columns` wide (`COLUMNS`),
/// expect success, and return stdout.
pub fn at_width(columns: usize, args: &[&str]) -> String {
    let out = summit()
        .args(args)
        .env("COLUMNS", columns.to_string())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Path of a file under tests/fixtures.
pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Run summit with `args`, expect success, and return stdout.
pub fn stdout_of(args: &[&str]) -> String {
    let out = summit().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Run summit on the dataset of another pair of leaders
/// (tests/fixtures/other-leaders.json), expect success, return stdout.
pub fn other(args: &[&str]) -> String {
    let path = fixture("other-leaders.json");
    let mut all = vec!["--data", path.to_str().unwrap()];
    all.extend_from_slice(args);
    stdout_of(&all)
}

/// The ids in a `--format json` array.
pub fn json_ids(json: &str) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap().to_string())
        .collect()
}

/// The encounters' ids in `summit search QUERY --format json`, best first
/// (context events, which have none, left out).
pub fn search_ids(query: &str) -> Vec<String> {
    let v: serde_json::Value =
        serde_json::from_str(&stdout_of(&["search", query, "--format", "json"])).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .filter(|h| h["kind"] == "record")
        .map(|h| h["id"].as_str().unwrap().to_string())
        .collect()
}

/// Ids listed by `summit list --format json` plus `args`.
pub fn list_ids(args: &[&str]) -> Vec<String> {
    let mut all = vec!["list", "--format", "json"];
    all.extend_from_slice(args);
    json_ids(&stdout_of(&all))
}

/// Where `.ci/run` installs the npm packages the export tests check with
/// (`npm install --prefix target/npm ...`): the package's directory; the
/// test fails when it or node is missing.
pub fn npm_package(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("target/npm/node_modules")
        .join(name);
    let there = runs("node") && dir.join("package.json").exists();
    require(
        there,
        &format!("node and the npm package {name}"),
        &format!("node and npm, then `npm install --prefix target/npm {name}`"),
    );
    dir
}

/// Run `script` (CommonJS) with node, the arguments after it in
/// `process.argv[2..]`; expect success and return stdout.
pub fn node(script: &str, args: &[&std::ffi::OsStr]) -> String {
    let out = std::process::Command::new("node")
        .arg("-e")
        .arg(script)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "node failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// How many records the fixture holds.
pub fn record_count() -> usize {
    record().encounters.len()
}
