//! `summit browse` in a real terminal (tmux): keys in, screen out, and the
//! terminal given back as it was, after q and after SIGTERM.

use std::process::Command;
use std::time::{Duration, Instant};

use predicates::prelude::*;

use crate::common::{binary, present, runs, summit};

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
                "stty -a > /dev/null; {command}; stty -a; echo ended; sleep 30"
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
        cmd.env_remove("NO_COLOR").env_remove("SUMMIT_DATA");
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
        let _ = self.cmd().arg("kill-server").status();
    }
}

fn ready() -> bool {
    let tmux = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    present(tmux && runs("pkill"), "tmux and pkill", "tmux and procps")
}

#[test]
fn browse_answers_keys_and_gives_the_terminal_back() {
    if !ready() {
        return;
    }
    let tmux = Tmux::start("keys", &format!("{} browse", binary().display()));
    tmux.wait_for("11 of 11 · all outcomes");
    tmux.keys(&["/", "o", "r", "b", "a", "n", "Enter"]);
    let screen = tmux.wait_for("Budapest summit");
    assert!(screen.contains("budapest-2025 · cancelled"), "{screen}");
    tmux.keys(&["1"]);
    tmux.wait_for("7 of 11 · informal, cancelled, proposed");
    tmux.keys(&["q"]);
    // The normal screen again, in cooked mode: stty reports icanon and echo.
    let screen = tmux.wait_for("ended");
    assert!(!screen.contains("Encounters"), "{screen}");
    assert!(
        screen.contains(" icanon ") || screen.contains(" icanon\n"),
        "{screen}"
    );
    assert!(!screen.contains("-echo "), "{screen}");
}

#[test]
fn sigterm_gives_the_terminal_back() {
    if !ready() {
        return;
    }
    let tmux = Tmux::start("term", &format!("{} browse", binary().display()));
    tmux.wait_for("11 of 11");
    // The shell in the pane is browse's parent: only this test's browse
    // is told to stop.
    let out = tmux
        .cmd()
        .args(["display-message", "-p", "-t", "t", "#{pane_pid}"])
        .output()
        .unwrap();
    let shell = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let status = Command::new("pkill")
        .args(["-TERM", "-P", &shell, "-f", "summit browse"])
        .status()
        .unwrap();
    assert!(status.success());
    let screen = tmux.wait_for("ended");
    assert!(!screen.contains("Encounters"), "{screen}");
    assert!(!screen.contains("-icanon"), "{screen}");
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
