//! Long output on a terminal goes through a pager, as git, gh and bat do.

use std::io::{self, Write};
use std::process::{Child, ChildStdin, Command, Stdio};

/// The pager to use: `$SUMMIT_PAGER`, else `$PAGER`, else `less -FRX`
/// (which quits at once when the output fits the screen). An empty value,
/// or `cat`, means none.
fn command() -> Option<String> {
    let chosen = ["SUMMIT_PAGER", "PAGER"]
        .iter()
        .find_map(|v| std::env::var(v).ok())
        .unwrap_or_else(|| "less -FRX".to_string());
    let chosen = chosen.trim();
    (!chosen.is_empty() && chosen != "cat").then(|| chosen.to_string())
}

/// A running pager, reading what summit prints.
pub struct Pager {
    child: Child,
}

impl Pager {
    /// Start the pager, with its standard input for summit to write to;
    /// `None` when there is none to start (then summit prints directly).
    pub fn start() -> Option<(Pager, ChildStdin)> {
        let command = command()?;
        let mut cmd = if cfg!(windows) {
            let mut words = command.split_whitespace();
            let mut cmd = Command::new(words.next()?);
            cmd.args(words);
            cmd
        } else {
            // Through the shell, as git does, so a pager can be given with
            // its options and quoting.
            let mut cmd = Command::new("sh");
            cmd.arg("-c").arg(&command);
            cmd
        };
        // less: quit when the output fits, keep colours, leave the screen
        // as it was, unless the user has said otherwise.
        if std::env::var_os("LESS").is_none() {
            cmd.env("LESS", "FRX");
        }
        if std::env::var_os("LV").is_none() {
            cmd.env("LV", "-c");
        }
        let mut child = cmd.stdin(Stdio::piped()).spawn().ok()?;
        let stdin = child.stdin.take()?;
        Some((Pager { child }, stdin))
    }

    /// Wait for the reader to finish with the pager.
    pub fn wait(mut self) {
        let _ = self.child.wait();
    }
}

/// Standard output, or a pager's input: where the command's output goes.
pub enum Sink {
    Terminal(io::BufWriter<io::StdoutLock<'static>>),
    Pager(io::BufWriter<ChildStdin>, Pager),
}

impl Sink {
    /// A pager's input when `page` and one starts, else standard output.
    pub fn new(page: bool) -> Sink {
        if page {
            if let Some((pager, stdin)) = Pager::start() {
                return Sink::Pager(io::BufWriter::new(stdin), pager);
            }
        }
        Sink::Terminal(io::BufWriter::new(io::stdout().lock()))
    }

    /// Finish: close the pager's input and wait for the reader to quit it.
    pub fn finish(self) {
        if let Sink::Pager(input, pager) = self {
            drop(input);
            pager.wait();
        }
    }
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sink::Terminal(w) => w.write(buf),
            Sink::Pager(w, _) => w.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Terminal(w) => w.flush(),
            Sink::Pager(w, _) => w.flush(),
        }
    }
}
