//! `summit browse` in a real terminal (tmux): keys in, screen out, and the
//! terminal given back as it was, after q and after SIGTERM.

use std::process::Command;
use std::time::{Duration, Instant};

use predicates::prelude::*;

use crate::common::{binary, record_count, require, runs, summit};

/// A tmux session of its own, on its own server socket, removed on drop.
struct Tmux {
    socket: String,
}

impl Tmux {
    fn start(name: &str, command: &str) -> Tmux {
        let socket = format!("summit-test-{name}-{}", std::process::id());
        let tmux = Tmux { socket };
        let status = tmux
            .cmd()
            .args(["new-session", "-d", "-x", "100", "-y", "30", "-s", "t"])
            .arg(format!(
                "stty -a > /dev/null; {command}; code=$?; stty -a; echo \"ended $code\"; sleep 30"
            ))
            .env("TERM", "xterm-256color")
            .status()
            .unwrap();
        assert!(status.success());
        tmux
    }

    fn cmd(&self) -> Command {
        let mut cmd = Command::new("tmux");
        cmd.args(["-L", &self.socket]);
        cmd.env_remove("NO_COLOR")
            .env("SUMMIT_DATA", crate::common::fixture("record.json"));
        cmd
    }

    fn keys(&self, keys: &[&str]) {
        let status = self
            .cmd()
            .args(["send-keys", "-t", "t"])
            .args(keys)
            .status()
            .unwrap();
        assert!(status.success());
    }

    fn screen(&self) -> String {
        let out = self
            .cmd()
            .args(["capture-pane", "-p", "-t", "t"])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Whether the program in the pane has asked for mouse reports
    /// (`#{mouse_any_flag}`).
    fn mouse_reporting(&self) -> bool {
        let out = self
            .cmd()
            .args(["display-message", "-p", "-t", "t", "#{mouse_any_flag}"])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).trim() == "1"
    }

    /// The pid of the shell in the pane: the parent of what it runs.
    fn shell_pid(&self) -> String {
        let out = self
            .cmd()
            .args(["display-message", "-p", "-t", "t", "#{pane_pid}"])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// Wait until the screen shows `text`, and return it.
    fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "no {text:?} on the screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self
            .cmd()
            .arg("kill-server")
            .stderr(std::process::Stdio::null())
            .status();
    }
}

/// tmux and pkill, which these tests need; they fail without them.
fn ready() {
    let tmux = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    require(tmux && runs("pkill"), "tmux and pkill", "tmux and procps");
}

#[test]
#[ignore = "needs tmux and pkill: cargo test -- --include-ignored (bash .ci/run installs them)"]
fn browse_answers_keys_and_gives_the_terminal_back() {
    ready();
    let tmux = Tmux::start("keys", &format!("{} browse", binary().display()));
    tmux.wait_for(&format!(
        "{n} of {n} records · every kind",
        n = record_count()
    ));
    tmux.keys(&["&", "o", "r", "b", "a", "n", "Enter"]);
    // Narrowed to what matches "orban"; held hidden on top of that.
    tmux.wait_for(&format!(
        "1 of {} records · &orban (Esc clears)",
        record_count()
    ));
    let screen = tmux.wait_for("2025-budapest · cancelled");
    assert!(screen.contains("Budapest summit"), "{screen}");
    tmux.keys(&["1"]);
    tmux.wait_for(&format!(
        "1 of {} records · &orban (Esc clears) · informal encounters, cancelled",
        record_count()
    ));
    // Esc clears the narrowing; the toggle stays.
    tmux.keys(&["Escape"]);
    tmux.wait_for(&format!(
        "{} of {} records · informal encounters, cancelled",
        crate::common::record()
            .encounters
            .iter()
            .filter(|e| e.kind() != summit::RecordKind::Held)
            .count(),
        record_count()
    ));
    assert!(
        tmux.mouse_reporting(),
        "browse reads the mouse while it runs"
    );
    tmux.keys(&["q"]);
    // The normal screen again, in cooked mode: stty reports icanon and echo.
    let screen = tmux.wait_for("ended 0");
    // The shell's terminal sends no mouse reports once browse is gone.
    assert!(!tmux.mouse_reporting(), "mouse reporting left on\n{screen}");
    assert!(!screen.contains("Records"), "{screen}");
    assert!(
        screen.contains(" icanon ") || screen.contains(" icanon\n"),
        "{screen}"
    );
    assert!(!screen.contains("-echo "), "{screen}");
}

#[test]
#[ignore = "needs tmux and pkill: cargo test -- --include-ignored (bash .ci/run installs them)"]
fn browse_reads_data_from_stdin_and_keys_from_the_terminal() {
    ready();
    let data = crate::common::fixture("other-leaders.json");
    let tmux = Tmux::start(
        "stdin",
        &format!(
            "cat {} | {} --data - browse",
            data.display(),
            binary().display()
        ),
    );
    tmux.wait_for("5 of 5 records · every kind");
    // The keys come from the terminal, though standard input is the pipe.
    tmux.keys(&["&", "o", "s", "l", "o", "Enter"]);
    let screen = tmux.wait_for("oslo-2019 · informal");
    assert!(screen.contains("Nordic forum"), "{screen}");
    tmux.keys(&["m"]);
    tmux.wait_for("1 of 5 records · &oslo (Esc clears) · meetings held, informal");
    tmux.keys(&["q"]);
    let screen = tmux.wait_for("ended");
    assert!(!screen.contains("Records"), "{screen}");
    assert!(!screen.contains("-icanon"), "{screen}");
}

/// `y` where tmux would drop the clipboard's sequence says it was not
/// copied and why; where tmux passes it on, that it was sent.
#[test]
#[ignore = "needs tmux and pkill: cargo test -- --include-ignored (bash .ci/run installs them)"]
fn y_says_when_the_copy_cannot_reach_a_clipboard() {
    ready();
    let tmux = Tmux::start("clipboard", &format!("{} browse", binary().display()));
    tmux.wait_for(&format!("{n} of {n}", n = record_count()));
    let set = |value: &str| {
        let status = tmux
            .cmd()
            .args(["set-option", "-g", "set-clipboard", value])
            .status()
            .unwrap();
        assert!(status.success());
    };
    let first = crate::common::record().chronological()[0].id.to_string();
    set("off");
    tmux.keys(&["y"]);
    let screen = tmux.wait_for("was not copied");
    let flat = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(&format!(
            "{first} was not copied: tmux does not pass it on (its set-clipboard is off: tmux set -g set-clipboard on)"
        )),
        "{screen}"
    );
    set("on");
    tmux.keys(&["y"]);
    let screen = tmux.wait_for("sent to the clipboard");
    assert!(!screen.contains("was not copied"), "{screen}");
    tmux.keys(&["q"]);
    tmux.wait_for("ended 0");
}

#[test]
#[ignore = "needs tmux and pkill: cargo test -- --include-ignored (bash .ci/run installs them)"]
fn sigterm_gives_the_terminal_back() {
    ready();
    let tmux = Tmux::start("term", &format!("{} browse", binary().display()));
    tmux.wait_for(&format!("{n} of {n}", n = record_count()));
    // The shell in the pane is browse's parent: only this test's browse
    // is told to stop.
    let shell = tmux.shell_pid();
    let status = Command::new("pkill")
        .args(["-TERM", "-P", &shell, "-f", "summit browse"])
        .status()
        .unwrap();
    assert!(status.success());
    // Ended as SIGTERM ends a process (128 + 15), the terminal put back.
    let screen = tmux.wait_for("ended 143");
    assert!(!screen.contains("Records"), "{screen}");
    assert!(!screen.contains("-icanon"), "{screen}");
}

/// Closing the window hangs the terminal up: browse must end, not spin on
/// the end of its input.
#[test]
#[ignore = "needs tmux and pkill: cargo test -- --include-ignored (bash .ci/run installs them)"]
fn browse_ends_when_its_terminal_hangs_up() {
    ready();
    let tmux = Tmux::start("hangup", &format!("{} browse", binary().display()));
    tmux.wait_for(&format!("{n} of {n}", n = record_count()));
    let shell = tmux.shell_pid();
    let out = Command::new("pgrep")
        .args(["-P", &shell, "-f", "summit browse"])
        .output()
        .unwrap();
    let pid = String::from_utf8_lossy(&out.stdout).trim().to_string();
    assert!(!pid.is_empty(), "browse is not running under {shell}");
    let _ = tmux.cmd().arg("kill-server").status();
    let proc = std::path::PathBuf::from(format!("/proc/{pid}"));
    let start = Instant::now();
    // A zombie has ended too: its status says so.
    let alive = || {
        std::fs::read_to_string(proc.join("status")).is_ok_and(|s| {
            !s.lines()
                .any(|l| l.starts_with("State:") && l.contains('Z'))
        })
    };
    while alive() {
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "browse {pid} still runs 5 s after its terminal hung up"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn browse_needs_a_terminal() {
    summit()
        .arg("browse")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "browse needs a terminal; try summit list",
        ));
}
