//! How a run ends: the exit status, and errors and notes on stderr.

use std::io::{self, Write};

/// The exit status of a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Success, including a filter that matched nothing and output cut
    /// short by a closed pipe.
    Success,
    /// A runtime error: bad data, an encounter not found, a file that
    /// cannot be read or written.
    Failure,
    /// A mistake in how the command was called.
    Usage,
}

impl Exit {
    /// The status a run that ended with `result` exits with.
    pub fn of(result: &anyhow::Result<()>) -> Exit {
        match result {
            Ok(()) => Exit::Success,
            Err(e) if is_broken_pipe(e) => Exit::Success,
            Err(e) if e.is::<UsageError>() => Exit::Usage,
            Err(_) => Exit::Failure,
        }
    }
}

impl From<Exit> for std::process::ExitCode {
    fn from(exit: Exit) -> Self {
        std::process::ExitCode::from(match exit {
            Exit::Success => 0,
            Exit::Failure => 1,
            Exit::Usage => 2,
        })
    }
}

/// A mistake in how the command was called: exit status 2.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// A write error with nothing said about it comes from standard output
/// (files name themselves when they fail): say so.
pub fn name_write_failures(e: anyhow::Error) -> anyhow::Error {
    if e.chain().count() == 1 && e.is::<io::Error>() {
        e.context("cannot write to standard output")
    } else {
        e
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// Print an error as one line on stderr: each cause after the one it
/// explains.
pub fn report(e: &anyhow::Error) {
    let line = e
        .chain()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(": ")
        .replace('\n', " ");
    let _ = writeln!(io::stderr(), "error: {line}");
}

/// Print clap's help or version as it is, and its errors as one line.
pub fn clap_error(e: &clap::Error) -> Exit {
    use clap::error::ErrorKind;
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            Exit::Success
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            Exit::Usage
        }
        _ => {
            let text = e.render().to_string();
            let lines: Vec<&str> = text
                .lines()
                .map(str::trim)
                .filter(|l| {
                    !l.is_empty()
                        && !l.starts_with("Usage:")
                        && !l.starts_with("For more information")
                })
                .collect();
            let mut line = lines.join("; ");
            if !line.starts_with("error:") {
                line = format!("error: {line}");
            }
            let _ = writeln!(io::stderr(), "{line}");
            Exit::Usage
        }
    }
}

/// A note on stderr that is not an error: `summit: ...`.
pub fn note(message: impl std::fmt::Display) {
    let _ = writeln!(io::stderr(), "summit: {message}");
}

/// The "nothing matched" note.
pub fn note_no_match(what: &str) {
    note(format_args!("no {what} match the filters"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_status_for_each_kind_of_ending() {
        assert_eq!(Exit::of(&Ok(())), Exit::Success);
        let pipe = io::Error::from(io::ErrorKind::BrokenPipe);
        assert_eq!(Exit::of(&Err(pipe.into())), Exit::Success);
        let wrapped = anyhow::Error::from(io::Error::from(io::ErrorKind::BrokenPipe))
            .context("cannot write to standard output");
        assert_eq!(Exit::of(&Err(wrapped)), Exit::Success);
        assert_eq!(
            Exit::of(&Err(UsageError("--from is after --to".into()).into())),
            Exit::Usage
        );
        assert_eq!(
            Exit::of(&Err(anyhow::anyhow!("no such encounter"))),
            Exit::Failure
        );
        let full = io::Error::from(io::ErrorKind::StorageFull);
        assert_eq!(Exit::of(&Err(full.into())), Exit::Failure);
        let codes: Vec<std::process::ExitCode> = [Exit::Success, Exit::Failure, Exit::Usage]
            .map(Into::into)
            .to_vec();
        assert_eq!(
            codes,
            [0u8, 1, 2].map(std::process::ExitCode::from).to_vec()
        );
    }

    #[test]
    fn a_bare_write_error_is_named_as_standard_output() {
        let bare = name_write_failures(io::Error::from(io::ErrorKind::StorageFull).into());
        assert!(format!("{bare:#}").starts_with("cannot write to standard output: "));
        let file = name_write_failures(
            anyhow::Error::from(io::Error::from(io::ErrorKind::StorageFull))
                .context("x.csv: cannot write"),
        );
        assert!(format!("{file:#}").starts_with("x.csv: cannot write: "));
    }
}
