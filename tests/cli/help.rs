//! Help, version, and every example the help gives.

use predicates::prelude::*;

use crate::common::{bundled_process, stdout_of, summit};

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
    summit().args(["list", "--help"]).assert().success().stdout(
        predicate::str::contains("--group-by")
            // The choices and what they mean, from the library.
            .and(predicate::str::contains(
                "shortest first; undocumented last",
            ))
            .and(predicate::str::contains(
                "by country, alphabetically (calls",
            ))
            .and(predicate::str::contains(
                "meetings held or informal: they met in person",
            ))
            .and(predicate::str::contains("--channel <CHANNEL>")),
    );
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

/// Every example in every `--help` runs, in a fresh directory with a
/// dataset of one's own (`mine.json`), and prints or writes something;
/// the search examples find what their comments say.
#[test]
fn every_help_example_works() {
    let dir = tempfile::tempdir().unwrap();
    // Where the completion examples put their scripts.
    std::fs::create_dir_all(dir.path().join(".zfunc")).unwrap();
    std::fs::create_dir_all(dir.path().join(".config/fish/completions")).unwrap();
    let bin_dir = crate::common::binary().parent().unwrap().to_path_buf();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    summit()
        .current_dir(dir.path())
        .args(["init", "mine.json"])
        .assert()
        .success();
    let top = stdout_of(&["--help"]);
    let mut commands = Vec::new();
    for help in std::iter::once(top.clone()).chain(
        [
            "list",
            "show",
            "timeline",
            "stats",
            "search",
            "quotes",
            "export",
            "validate",
            "init",
            "schema",
            "completions",
            "man",
            "browse",
        ]
        .iter()
        .map(|c| stdout_of(&[c, "--help"])),
    ) {
        let examples = help.split("Examples:\n").nth(1).unwrap_or_default();
        for line in examples.lines() {
            let line = line.trim_start();
            if !(line.starts_with("summit ") || line.starts_with("cat ")) {
                continue;
            }
            // The command ends where the comment starts (two spaces);
            // what it pipes into (jq, man) need not be installed.
            let command = line.split("  ").next().unwrap();
            let command = command.split(" | jq").next().unwrap();
            let command = command.split(" && ").next().unwrap();
            // browse needs a terminal: it is tried in browse.rs.
            if command.contains(" browse") {
                continue;
            }
            commands.push(command.to_string());
        }
    }
    assert!(commands.len() > 30, "{commands:#?}");
    // The examples name the bundled records: they are tried on them.
    for command in &commands {
        let out = bundled_process("sh")
            .arg("-c")
            .arg(command)
            .current_dir(dir.path())
            .env("PATH", &path)
            .env("HOME", dir.path())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{command}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let wrote = [" -o ", "--output", ">", "init"]
            .iter()
            .any(|w| command.contains(w));
        assert!(
            wrote || !out.stdout.is_empty() || command.contains("validate"),
            "{command} printed nothing"
        );
    }
    let search = crate::common::search_ids;
    assert_eq!(search("orban"), ["2025-budapest"]);
    assert_eq!(search("putin osaka")[0], "2019-osaka");
    let phrase = search("\"fake news\"");
    assert!(!phrase.is_empty());
    // A phrase is more than its words: these two occur apart, not together.
    assert!(search("\"news fake\"").is_empty());
    assert!(!search("news fake").is_empty());
    assert!(!search("election").is_empty());
}

/// Every value a flag takes is described where people look for it: the
/// export formats in `--help`, the list's columns in the shell
/// completions (fish shows each column's meaning as it completes).
#[test]
fn every_value_is_described() {
    let help = stdout_of(&["export", "--help"]);
    for format in summit::export::Format::ALL {
        let line = format!("- {}:", format.name());
        let described = help
            .lines()
            .find(|l| l.trim_start().starts_with(&line))
            .unwrap_or_else(|| panic!("{line} in\n{help}"));
        assert!(described.trim_start().len() > line.len() + 8, "{described}");
        assert!(described.contains(format.meaning()), "{described}");
    }
    assert!(
        help.contains("- png:        the same picture as PNG, for slides"),
        "{help}"
    );
    let fish = stdout_of(&["completions", "fish"]);
    assert!(fish.contains("id\\t'the record\\'s id'"), "{fish}");
    for c in summit::fields::Column::ALL {
        let described = format!("{}\\t'{}'", c.as_str(), c.meaning().replace('\'', "\\'"));
        assert!(
            !c.meaning().is_empty() && fish.contains(&described),
            "{described}"
        );
    }
}
