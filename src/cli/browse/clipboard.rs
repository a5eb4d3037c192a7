//! The clipboard, reached through the terminal: OSC 52 asks the terminal
//! to put text on it, where the terminal allows. Nothing comes back, so
//! whether it arrived is not known here.

use std::io::{self, Write};

/// Ask the terminal behind `out` to put `text` on the clipboard.
///
/// # Errors
/// The terminal could not be written to.
pub fn copy(out: &mut impl Write, text: &str) -> io::Result<()> {
    write!(out, "{}", sequence(text))?;
    out.flush()
}

/// Why the terminal cannot put text on the clipboard, where that is
/// known: a terminal with no clipboard (`term`, the TERM variable), or a
/// tmux that does not pass the sequence on (`tmux_clipboard`, its
/// `set-clipboard` option, when inside tmux). `None` when nothing says it
/// cannot: the terminal answers nothing, so that is all there is to know.
pub fn obstacle(term: Option<&str>, tmux_clipboard: Option<&str>) -> Option<String> {
    if let Some(t @ ("linux" | "dumb")) = term {
        return Some(format!("this terminal (TERM={t}) has no clipboard"));
    }
    if tmux_clipboard.map(str::trim) == Some("off") {
        return Some(
            "tmux does not pass it on (its set-clipboard is off: tmux set -g set-clipboard on)"
                .to_string(),
        );
    }
    None
}

/// [`obstacle`] for the terminal browse runs in.
pub fn obstacle_here() -> Option<String> {
    let term = std::env::var("TERM").ok();
    let tmux = std::env::var_os("TMUX").and_then(|_| {
        let out = std::process::Command::new("tmux")
            .args(["show-options", "-gv", "set-clipboard"])
            .stderr(std::process::Stdio::null())
            .output()
            .ok()?;
        Some(String::from_utf8_lossy(&out.stdout).into_owned())
    });
    obstacle(term.as_deref(), tmux.as_deref())
}

/// The OSC 52 sequence that carries `text`.
fn sequence(text: &str) -> String {
    format!("\x1b]52;c;{}\x07", base64(text))
}

/// `text` in base64, for the OSC 52 clipboard sequence.
fn base64(text: &str) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in text.as_bytes().chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ABC[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_as_the_rfc_gives_it() {
        assert_eq!(base64(""), "");
        assert_eq!(base64("f"), "Zg==");
        assert_eq!(base64("fo"), "Zm8=");
        assert_eq!(base64("foo"), "Zm9v");
        assert_eq!(base64("record-2018"), "cmVjb3JkLTIwMTg=");
    }

    #[test]
    fn a_terminal_that_cannot_set_the_clipboard_is_named() {
        assert_eq!(obstacle(Some("xterm-256color"), None), None);
        assert_eq!(obstacle(Some("tmux-256color"), Some("on\n")), None);
        assert_eq!(obstacle(Some("tmux-256color"), Some("external\n")), None);
        let off = obstacle(Some("tmux-256color"), Some("off\n")).unwrap();
        assert!(off.contains("set -g set-clipboard on"), "{off}");
        let console = obstacle(Some("linux"), None).unwrap();
        assert_eq!(console, "this terminal (TERM=linux) has no clipboard");
        assert!(obstacle(Some("dumb"), Some("on")).is_some());
    }

    #[test]
    fn the_terminal_is_sent_one_osc_52_sequence() {
        let mut out = Vec::new();
        copy(&mut out, "a-record").unwrap();
        assert_eq!(out, b"\x1b]52;c;YS1yZWNvcmQ=\x07");
    }
}
