//! What every subcommand needs from the outside world, decided once: the
//! dataset named, colour and width, where output goes.

use std::io::Write;
use std::path::PathBuf;

use summit::query::{Found, Query};
use summit::{Dataset, render};

use super::input::Input;
use super::report::note;

/// The world a subcommand runs in.
pub struct Context<'a> {
    /// The dataset named by `--data` / `SUMMIT_DATA`; `None` for the
    /// bundled one.
    pub data: Option<PathBuf>,
    /// Colour and width.
    pub opts: render::Options,
    /// Standard output (buffered), or the pager's input.
    pub out: &'a mut dyn Write,
    /// Whether standard output is a terminal, asked once at the start:
    /// colour, width, the pager, browse and binary exports all go by it.
    pub terminal: bool,
    /// The command line's definition, for the commands that describe it
    /// (completions, manual pages).
    pub command: fn() -> clap::Command,
}

impl Context<'_> {
    /// The dataset's bytes: `--data`, standard input, or the bundled ones.
    ///
    /// # Errors
    /// A file that cannot be read; an empty `--data`.
    pub fn input(&self) -> anyhow::Result<Input> {
        Input::read(self.data.as_deref())
    }
}

impl Context<'_> {
    /// Read the dataset, run `query` over it, say on stderr what the
    /// reader should know of the result (nothing matched, `--limit 0`)
    /// unless the command says it itself (`quiet`), and hand the dataset
    /// and what was found to `f`, with this context for the output.
    ///
    /// # Errors
    /// A dataset that cannot be read or is not valid; then `f`'s.
    pub fn found<R>(
        &mut self,
        query: &Query,
        quiet: bool,
        f: impl FnOnce(&Dataset, Found, &mut Self) -> anyhow::Result<R>,
    ) -> anyhow::Result<R> {
        let input = self.input()?;
        let dataset = input.dataset()?;
        // A year written with two digits is a slip, told as one, with the
        // year meant in the dataset's own centuries.
        if let Some(meant) = summit::query::years::meant(&query.filter.years, &dataset) {
            let given = summit::query::years::written_short(&query.filter.years)
                .map(summit::query::years::text)
                .unwrap_or_default();
            return Err(super::report::UsageError(format!(
                "--year {given}: years are written in full; did you mean --year {meant}?"
            ))
            .into());
        }
        let found = query.run(&dataset);
        if !quiet {
            for n in &found.notes {
                note(super::report::query_note(n));
            }
        }
        let result = f(&dataset, found, self);
        // The command is done with the dataset, and summit exits next: the
        // system takes the memory back at once, where freeing a large
        // dataset record by record takes a tenth of the run.
        std::mem::forget(dataset);
        std::mem::forget(input);
        result
    }
}

/// Today's date in UTC, from the system clock: `stats`' "since they last
/// met", and an import's `updated`.
pub fn today() -> chrono::NaiveDate {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = i64::try_from(seconds / 86_400).unwrap_or(0);
    chrono::NaiveDate::from_ymd_opt(1970, 1, 1)
        .and_then(|epoch| epoch.checked_add_signed(chrono::Duration::days(days)))
        .unwrap_or_default()
}
