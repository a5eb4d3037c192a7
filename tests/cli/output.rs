//! Colour, terminals and closed pipes.

use std::process::Stdio;

use crate::common::{binary, process, require, runs, stdout_of, summit};

const ESC: &str = "\u{1b}[";

#[test]
fn no_colour_when_piped_or_asked_not_to() {
    assert!(!stdout_of(&["list"]).contains(ESC));
    assert!(!stdout_of(&["--color", "never", "show", "helsinki"]).contains(ESC));
}

#[test]
fn colour_when_forced() {
    let text = stdout_of(&["--color", "always", "list"]);
    assert!(text.contains(ESC), "{text}");
    assert!(stdout_of(&["--color", "always", "show", "helsinki"]).contains(ESC));
}

/// Run `summit list` on a pseudo-terminal (util-linux `script`), returning
/// what it printed.
fn on_terminal(no_color: bool) -> String {
    let mut cmd = process("script");
    // The pager's own terminal codes are not summit's: --no-pager.
    cmd.args([
        "-qec",
        &format!("{} --no-pager list", binary().display()),
        "/dev/null",
    ])
    .env("COLUMNS", "120")
    .stdin(Stdio::null());
    if no_color {
        cmd.env("NO_COLOR", "1");
    }
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
#[ignore = "needs script (util-linux): cargo test -- --include-ignored (bash .ci/run installs it)"]
fn terminal_gets_colour_unless_no_color() {
    require(runs("script"), "script", "util-linux (Debian's bsdutils)");
    let coloured = on_terminal(false);
    assert!(coloured.contains(ESC), "{coloured}");
    let plain = on_terminal(true);
    assert!(plain.contains("2017-hamburg"), "{plain}");
    assert!(!plain.contains(ESC), "{plain}");
}

#[test]
fn narrow_terminal_width_is_respected() {
    let out = summit()
        .args(["list"])
        .env("COLUMNS", "60")
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let widest = text.lines().map(|l| l.chars().count()).max().unwrap();
    assert!(widest <= 60, "{widest}\n{text}");
}

/// A stdout whose reading end is already closed: every write fails with
/// EPIPE, so the test does not depend on timing.
fn closed_pipe() -> std::io::PipeWriter {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    writer
}

#[test]
fn closed_stdout_ends_quietly() {
    let commands: [&[&str]; 16] = [
        &["list"],
        &["list", "--format", "json"],
        &["list", "--format", "csv"],
        &["show", "helsinki"],
        &["timeline"],
        &["stats"],
        &["search", "election"],
        &["quotes"],
        &["quotes", "--format", "csv"],
        &["export", "--format", "json"],
        &["export", "--format", "ics"],
        &["export", "--format", "html"],
        &["validate"],
        &["schema"],
        &["completions", "bash"],
        &["man"],
    ];
    for args in commands {
        let out = process(binary())
            .args(args)
            .stdout(closed_pipe())
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        // The only thing allowed on stderr is the ICS export's note.
        assert!(
            stderr.is_empty() || stderr.starts_with("summit: skipped"),
            "{args:?}: {stderr}"
        );
    }
}

/// Linux's /dev/full fails every write, as a full disk does.
#[cfg(target_os = "linux")]
#[test]
fn a_full_device_is_an_error() {
    for args in [
        &["list"][..],
        &["export", "--format", "json"],
        &["timeline"],
    ] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let out = process(binary()).args(args).stdout(full).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(
            stderr.starts_with("error: cannot write to standard output: No space left on device"),
            "{args:?}: {stderr}"
        );
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
    }
}
