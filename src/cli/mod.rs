//! The command line: flags ([`args`]), reading the dataset ([`input`]),
//! how a run ends ([`report`]), and one module per subcommand, each with
//! its flags and its `run`.

mod args;
mod browse;
mod completions;
mod diff;
mod export;
mod import;
mod init;
mod input;
mod list;
mod man;
mod output;
mod pager;
mod quotes;
mod report;
mod schema;
mod search;
mod show;
mod stats;
mod timeline;
mod validate;

use std::ffi::OsString;
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;

use clap::Parser;
use summit::render;

use args::{Cli, ColorChoice};
pub use report::Exit;

/// What every subcommand needs from the outside world, decided once.
pub struct Context<'a> {
    /// The dataset named by `--data` / `SUMMIT_DATA`; `None` for the
    /// bundled one.
    pub data: Option<PathBuf>,
    /// Colour and width.
    pub opts: render::Options,
    /// Standard output (buffered).
    pub out: &'a mut dyn Write,
}

/// Parse the arguments, run the command, and say how the run ended.
pub fn main(args: impl IntoIterator<Item = OsString>) -> Exit {
    let args: Vec<OsString> = args.into_iter().collect();
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(e) => {
            let cmd = <Cli as clap::CommandFactory>::command();
            return report::clap_error(e, &cmd, &args);
        }
    };
    let terminal = io::stdout().is_terminal();
    let opts = render::Options {
        color: use_color(cli.color, terminal),
        width: Some(cli.width.map_or_else(|| width(terminal), usize::from)),
    };
    let mut out = pager::Sink::new(terminal && !cli.no_pager && cli.command.pages());
    let mut ctx = Context {
        data: cli.data,
        opts,
        out: &mut out,
    };
    let result = cli
        .command
        .run(&mut ctx)
        .and_then(|()| out.flush().map_err(Into::into))
        .map_err(report::name_write_failures);
    out.finish();
    let exit = Exit::of(&result);
    match (&result, exit) {
        (Err(e), Exit::Usage) => {
            let cmd = <Cli as clap::CommandFactory>::command();
            report::usage(e, cmd, &args);
        }
        (Err(e), Exit::Failure | Exit::Trouble) => report::report(e),
        _ => {}
    }
    exit
}

fn use_color(choice: ColorChoice, terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    }
}

/// The width to fit output to, when `--width` does not say: `COLUMNS`
/// when set, else the terminal's width, else 100.
fn width(terminal: bool) -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|&c| c > 0)
        .or_else(|| {
            terminal
                .then(terminal_size::terminal_size)
                .flatten()
                .map(|(w, _)| usize::from(w.0))
        })
        .unwrap_or(100)
}
