//! Helpers shared by the integration tests.

use std::path::PathBuf;

use assert_cmd::Command;

/// The `summit` binary with an environment that does not depend on the
/// developer's shell: no colour settings, no dataset override, no width.
pub fn summit() -> Command {
    let mut cmd = assert_cmd::cargo::cargo_bin_cmd!("summit");
    for var in [
        "NO_COLOR",
        "CLICOLOR",
        "CLICOLOR_FORCE",
        "SUMMIT_DATA",
        "COLUMNS",
        "PAGER",
    ] {
        cmd.env_remove(var);
    }
    cmd
}

/// Path of the binary, for tests that spawn it themselves.
pub fn binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_summit"))
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

/// Ids listed by `summit list --format json` plus `args`.
pub fn list_ids(args: &[&str]) -> Vec<String> {
    let mut all = vec!["list", "--format", "json"];
    all.extend_from_slice(args);
    json_ids(&stdout_of(&all))
}
