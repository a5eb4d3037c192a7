//! How a run ends: the exit status, and errors and notes on stderr.

use std::ffi::OsString;
use std::io::{self, Write};

/// The exit status of a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Success, including a filter that matched nothing and output cut
    /// short by a closed pipe.
    Success,
    /// A runtime error: bad data, a record not found, a file that
    /// cannot be read or written.
    Failure,
    /// A mistake in how the command was called.
    Usage,
    /// `diff`: the editions differ (status 1, nothing more to say).
    Differ,
    /// `diff`: a file could not be read or is not a dataset (status 2, as
    /// diff's trouble).
    Trouble,
}

impl Exit {
    /// The status a run that ended with `result` exits with.
    pub fn of(result: &anyhow::Result<()>) -> Exit {
        match result {
            Ok(()) => Exit::Success,
            Err(e) if is_broken_pipe(e) => Exit::Success,
            Err(e) if e.is::<UsageError>() => Exit::Usage,
            Err(e) if e.is::<Differences>() => Exit::Differ,
            Err(e) if e.is::<Trouble>() => Exit::Trouble,
            Err(_) => Exit::Failure,
        }
    }
}

impl From<Exit> for std::process::ExitCode {
    fn from(exit: Exit) -> Self {
        std::process::ExitCode::from(match exit {
            Exit::Success => 0,
            Exit::Failure | Exit::Differ => 1,
            Exit::Usage | Exit::Trouble => 2,
        })
    }
}

/// Two editions that differ: exit status 1, with nothing on stderr.
#[derive(Debug, thiserror::Error)]
#[error("the editions differ")]
pub struct Differences;

/// A file `diff` cannot compare: reported as an error, with status 2.
#[derive(Debug, thiserror::Error)]
#[error("{0:#}")]
pub struct Trouble(pub anyhow::Error);

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

/// Print an error on stderr: one line, each cause after the one it
/// explains; a list the message gives (lines indented by two spaces)
/// follows it, a line an item.
pub fn report(e: &anyhow::Error) {
    let text = e
        .chain()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(": ");
    let mut line = String::with_capacity(text.len());
    for (i, part) in text.split('\n').enumerate() {
        if i > 0 {
            line.push(if part.starts_with("  ") { '\n' } else { ' ' });
        }
        line.push_str(part);
    }
    let _ = writeln!(io::stderr(), "error: {line}");
}

/// Print clap's help, version or error in clap's own layout (and colours,
/// on a terminal), with summit's suggestions added to its errors.
pub fn clap_error(mut e: clap::Error, cmd: &clap::Command, args: &[OsString]) -> Exit {
    use clap::error::ErrorKind;
    let exit = match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => Exit::Success,
        _ => Exit::Usage,
    };
    suggest(&mut e, cmd, args);
    let _ = e.print();
    exit
}

/// A mistake summit finds in how it was called (`--from` after `--to`), in
/// the same layout as clap's own: the message, the usage of the subcommand,
/// where to find help.
pub fn usage(e: &anyhow::Error, cmd: clap::Command, args: &[OsString]) {
    let sub = used_subcommand(&cmd, args).and_then(|name| {
        Some((
            cmd.find_subcommand(&name)?.clone(),
            format!("summit {name}"),
        ))
    });
    let (cmd, bin) = sub.unwrap_or_else(|| (cmd, "summit".to_string()));
    let _ = cmd
        .bin_name(bin)
        .error(clap::error::ErrorKind::ArgumentConflict, e)
        .print();
}

/// The name of the subcommand in `args`, if any.
fn used_subcommand(cmd: &clap::Command, args: &[OsString]) -> Option<String> {
    args.iter()
        .skip(1)
        .find_map(|a| cmd.find_subcommand(a.to_str()?))
        .map(|s| s.get_name().to_string())
}

/// Better suggestions than clap's own for two common slips: a misspelt
/// subcommand gets the nearest name first (`lsit`: `list`), and a bare year
/// after a command that filters (`summit list 2018`) gets `--year 2018`.
fn suggest(e: &mut clap::Error, cmd: &clap::Command, args: &[OsString]) {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let invalid = match e
        .get(ContextKind::InvalidSubcommand)
        .or(e.get(ContextKind::InvalidArg))
    {
        Some(ContextValue::String(s)) => s.clone(),
        _ => return,
    };
    match e.kind() {
        ErrorKind::InvalidSubcommand => {
            let names: Vec<&str> = cmd.get_subcommands().map(clap::Command::get_name).collect();
            let mut near: Vec<(usize, &str)> = names
                .iter()
                .map(|n| (strsim::damerau_levenshtein(&invalid, n), *n))
                .filter(|(d, _)| *d <= 2)
                .collect();
            near.sort();
            if !near.is_empty() {
                let near = near.into_iter().map(|(_, n)| n.to_string()).collect();
                e.insert(
                    ContextKind::SuggestedSubcommand,
                    ContextValue::Strings(near),
                );
            }
        }
        ErrorKind::UnknownArgument if looks_like_years(&invalid) => {
            let takes_years = used_subcommand(cmd, args)
                .and_then(|name| cmd.find_subcommand(&name))
                .is_some_and(|sub| sub.get_arguments().any(|a| a.get_id() == "year"));
            if takes_years {
                let tip = format!("to choose records by year, use '--year {invalid}'");
                e.insert(
                    ContextKind::Suggested,
                    ContextValue::StyledStrs(vec![tip.into()]),
                );
            }
        }
        _ => {}
    }
}

/// A year or a range of years, as `--year` takes them: `2018`, `2017..2019`.
fn looks_like_years(s: &str) -> bool {
    let year = |y: &str| y.len() == 4 && y.chars().all(|c| c.is_ascii_digit());
    match s.split_once("..") {
        Some((a, b)) => {
            (a.is_empty() || year(a))
                && (b.is_empty() || year(b))
                && !(a.is_empty() && b.is_empty())
        }
        None => year(s),
    }
}

/// A note on stderr that is not an error: `summit: ...`.
pub fn note(message: impl std::fmt::Display) {
    let _ = writeln!(io::stderr(), "summit: {message}");
}

/// One line naming the records an export leaves out, the first few by
/// id (a large dataset can have thousands), and why.
pub fn left_out_note(left_out: &summit::export::LeftOut) -> String {
    const SHOWN: usize = 5;
    let ids = left_out.ids();
    let (one, many) = left_out.why();
    match ids {
        [id] => format!("left out {id}: {one}"),
        _ => {
            let shown = ids[..ids.len().min(SHOWN)].join(", ");
            let more = match ids.len().saturating_sub(SHOWN) {
                0 => String::new(),
                n => format!(" and {n} more"),
            };
            format!("left out {} {many}: {shown}{more}", ids.len())
        }
    }
}

/// What a query found that the reader should know, in the command line's
/// words: the flag to change, the command that shows what was found.
pub fn query_note(n: &summit::query::Note) -> String {
    use summit::query::Note;
    match n {
        Note::NoneMatch {
            years_meant,
            context_events,
        } => {
            let mut why = "no records match the filters".to_string();
            if let Some(years) = years_meant {
                why.push_str(&format!(
                    "; years are written in full: did you mean --year {years}?"
                ));
            }
            if *context_events > 0 {
                why.push_str(&format!(
                    "; {} {} (summit timeline and summit search show context)",
                    count(*context_events, "context event"),
                    if *context_events == 1 {
                        "matches"
                    } else {
                        "match"
                    }
                ));
            }
            why
        }
        Note::LimitZero { matching } => format!(
            "--limit 0 shows none of the {matching} matching {}; leave --limit out to see them",
            if *matching == 1 { "record" } else { "records" }
        ),
        other => other.to_string(),
    }
}

/// "1 source", "60 sources".
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
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
    fn encounters_left_out_make_one_line() {
        let ids = |n: usize| {
            summit::export::LeftOut::NoCoordinates((1..=n).map(|i| format!("e{i}")).collect())
        };
        assert_eq!(left_out_note(&ids(1)), "left out e1: it has no coordinates");
        assert_eq!(
            left_out_note(&ids(3)),
            "left out 3 records that have no coordinates: e1, e2, e3"
        );
        assert_eq!(
            left_out_note(&ids(30_000)),
            "left out 30000 records that have no coordinates: \
             e1, e2, e3, e4, e5 and 29995 more"
        );
    }

    #[test]
    fn years_that_a_stray_argument_could_mean() {
        for yes in ["2018", "2017..2019", "2018..", "..2019"] {
            assert!(looks_like_years(yes), "{yes}");
        }
        for no in ["18", "..", "20x8", "helsinki", "2018-07"] {
            assert!(!looks_like_years(no), "{no}");
        }
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
