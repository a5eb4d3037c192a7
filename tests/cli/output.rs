//! Colour, terminals and closed pipes.

use std::process::{Command, Stdio};

use crate::common::{binary, summit};

const ESC: &str = "\u{1b}[";

#[test]
fn no_colour_when_piped_or_asked_not_to() {
    let plain = summit().args(["list"]).output().unwrap();
    assert!(!String::from_utf8_lossy(&plain.stdout).contains(ESC));
    let never = summit()
        .args(["--color", "never", "show", "helsinki"])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&never.stdout).contains(ESC));
}

#[test]
fn colour_when_forced() {
    let out = summit()
        .args(["--color", "always", "list"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains(ESC), "{text}");
    let out = summit()
        .args(["--color", "always", "show", "helsinki"])
        .output()
        .unwrap();
    assert!(String::from_utf8(out.stdout).unwrap().contains(ESC));
}

/// Run `summit list` on a pseudo-terminal (util-linux `script`), returning
/// what it printed; `None` where `script` is not installed.
fn on_terminal(no_color: bool) -> Option<String> {
    let mut cmd = Command::new("script");
    cmd.args(["-qec", &format!("{} list", binary().display()), "/dev/null"])
        .env_remove("NO_COLOR")
        .env_remove("SUMMIT_DATA")
        .env("COLUMNS", "120")
        .stdin(Stdio::null());
    if no_color {
        cmd.env("NO_COLOR", "1");
    }
    let out = cmd.output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn terminal_gets_colour_unless_no_color() {
    let Some(coloured) = on_terminal(false) else {
        eprintln!("`script` not available; terminal colour test skipped");
        return;
    };
    assert!(coloured.contains(ESC), "{coloured}");
    let plain = on_terminal(true).unwrap();
    assert!(plain.contains("hamburg-2017"), "{plain}");
    assert!(!plain.contains(ESC), "{plain}");
}

#[test]
fn narrow_terminal_width_is_respected() {
    let out = summit()
        .args(["list"])
        .env("COLUMNS", "60")
        .output()
        .unwrap();
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
        let out = Command::new(binary())
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

#[test]
fn a_full_device_is_an_error() {
    if !std::path::Path::new("/dev/full").exists() {
        eprintln!("/dev/full not present; test skipped");
        return;
    }
    for args in [
        &["list"][..],
        &["export", "--format", "json"],
        &["timeline"],
    ] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let out = Command::new(binary())
            .args(args)
            .stdout(full)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(
            stderr.starts_with("error: cannot write to standard output: No space left on device"),
            "{args:?}: {stderr}"
        );
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
    }
}
