//! `summit browse`: explore the encounters in a full-screen view.

mod app;
mod clipboard;
mod geometry;
mod input;
mod keys;
mod list;
mod prompt;
mod search;
mod terminal;
mod ui;
mod view;

use std::io;
use std::sync::atomic::Ordering;
use std::time::Duration;

use clap::Args;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event;

use summit::export::{self, Format};

use super::args::FilterArgs;
use super::context::Context;
use super::report::UsageError;
pub use app::App;

pub const EXAMPLES: &str = "\
Examples:
  summit browse                       every record
  summit browse --year 2018..         from 2018 on
  summit --data mine.json browse      your own dataset
Keys: arrows or j/k move, Enter reads the detail, / searches, 1-4 toggle
outcomes, s sorts, ? lists every key, q quits.";

/// `summit browse` arguments.
#[derive(Debug, Args)]
pub struct BrowseArgs {
    #[command(flatten)]
    pub filter: FilterArgs,
}

pub fn run(args: &BrowseArgs, ctx: &mut Context) -> anyhow::Result<()> {
    if !ctx.terminal {
        return Err(UsageError("browse needs a terminal; try summit list".into()).into());
    }
    let filter = args.filter.to_filter()?;
    let input = ctx.input()?;
    let dataset = input.dataset()?;
    let mut app = App::new(&dataset, filter);
    let colour = ctx.opts.colour;

    // SIGTERM and SIGHUP end the loop, so the terminal is put back.
    let stop = terminal::stop_flag()?;
    let taken = terminal::take()?;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    terminal.clear()?;
    // Every order the list can be sorted in, worked out beside the loop:
    // a sort answers at once when it is ready, and is worked out on the
    // spot before that.
    std::thread::scope(|scope| -> anyhow::Result<()> {
        let mut orders = Some(scope.spawn(|| list::all_orders(&dataset)));
        let mut drawn = geometry::Geometry::new(ui::page(terminal.size()?.height));
        // The loop: draw, then the next control (or a slice more of a search
        // under way), applied to the state.
        while !app.quit && stop.load(Ordering::Relaxed) == 0 {
            if orders.as_ref().is_some_and(|h| h.is_finished()) {
                if let Some(Ok(ready)) = orders.take().map(|h| h.join()) {
                    app.list.adopt(ready);
                }
            }
            terminal.draw(|frame| ui::draw(frame, &app, &mut drawn, colour))?;
            if let Some(text) = app.copy.take() {
                // Where the terminal is known not to set the clipboard,
                // say so rather than send what it would drop.
                match clipboard::obstacle_here() {
                    Some(why) => {
                        app.message = Some(format!("{text} was not copied: {why}"));
                        continue;
                    }
                    None => clipboard::copy(terminal.backend_mut(), &text)?,
                }
            }
            // While a search reads on, look for keys without waiting, and read
            // a slice more when there are none.
            let searching = app.search.progress().is_some();
            let wait = if searching {
                Duration::ZERO
            } else {
                Duration::from_millis(200)
            };
            if !event::poll(wait)? {
                app.work(search::SLICE);
                continue;
            }
            if let Some(control) = input::control(&event::read()?, app.mode.reading()) {
                app.apply(control, &drawn);
            }
            if let Some(path) = app.export.take() {
                app.message = Some(match export_shown(&app, &path) {
                    Ok(said) => said,
                    Err(e) => format!("{e:#}"),
                });
                // A note an export wrote to stderr is on the screen: redraw it all.
                terminal.clear()?;
            }
        }
        Ok(())
    })?;
    // Stopped by a signal: the terminal put back, end as the signal would.
    drop(taken);
    if stop.load(Ordering::Relaxed) != 0 {
        std::process::exit(terminal::exit_code(&stop));
    }
    Ok(())
}

/// Write what the browser shows to `path`, in the format its name's
/// ending calls for; an existing file is never replaced. Returns what to
/// say on the status line.
fn export_shown(app: &App, path: &std::path::Path) -> anyhow::Result<String> {
    let Some(format) = Format::of_path(path) else {
        anyhow::bail!(
            "{}: the name's ending names no format; end it in one of {}",
            path.display(),
            Format::all_extensions()
        );
    };
    if path.exists() {
        anyhow::bail!("{}: already exists; choose another name", path.display());
    }
    let dataset = app.list.dataset();
    let context = if app.list.show_context {
        app.list.filter().apply_context(&dataset.context)
    } else {
        Vec::new()
    };
    let selection = export::Selection {
        dataset,
        encounters: app.list.rows(),
        context: &context,
    };
    let left_out = super::output::write_atomically(path, false, |w| {
        Ok(export::write(
            format,
            w,
            &selection,
            &export::Options::default(),
        )?)
    })?;
    let mut said = format!("wrote {} ({format})", path.display());
    for l in &left_out {
        said.push_str("; ");
        said.push_str(&super::report::left_out_note(l));
    }
    Ok(said)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exports_what_is_shown_and_never_replaces_a_file() {
        let d = crate::cli::record();
        let mut app = App::new(&d, summit::Filter::default());
        // Only what the toggles leave: the cancelled meetings.
        for c in ['1', '2', '4', '5', '6'] {
            app.apply(
                keys::control(event::KeyCode::Char(c)).unwrap(),
                &geometry::Geometry::new(10),
            );
        }
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cancelled.csv");
        let said = export_shown(&app, &path).unwrap();
        assert!(
            said.starts_with("wrote ") && said.ends_with("cancelled.csv (csv)"),
            "{said}"
        );
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(
            text.lines().filter(|l| l.contains(",cancelled,")).count(),
            3
        );
        let again = export_shown(&app, &path).unwrap_err().to_string();
        assert!(again.contains("already exists"), "{again}");
        let odd = export_shown(&app, &dir.path().join("x.doc"))
            .unwrap_err()
            .to_string();
        assert!(odd.contains("names no format"), "{odd}");
        // The message lists every ending that names a format.
        for ending in [
            ".json", ".ndjson", ".csv", ".md", ".ics", ".svg", ".png", ".html",
        ] {
            assert!(odd.contains(ending), "{ending}: {odd}");
        }
        // Every format by its ending, TimelineJS's too.
        let tl = dir.path().join("shown.timeline.json");
        export_shown(&app, &tl).unwrap();
        let text = std::fs::read_to_string(&tl).unwrap();
        assert!(text.contains("\"events\""), "{text}");
    }

    /// The browser on a large dataset, without a terminal: how long the
    /// first frame and each key's frame take, and the memory it peaks at.
    /// A benchmark that reports and asserts nothing about time: run by
    /// `tests/bench/browse.sh`, which generates the data.
    #[cfg(feature = "bench")]
    #[test]
    fn browse_benchmark() {
        use std::time::Instant;

        use ratatui::backend::TestBackend;

        let path = std::env::var_os("SUMMIT_BENCH_DATA")
            .expect("SUMMIT_BENCH_DATA names the dataset to measure: run tests/bench/browse.sh");
        let bytes = std::fs::read(&path).unwrap();
        let loading = Instant::now();
        let dataset =
            summit::Dataset::from_bytes(&bytes, summit::Origin::Path(path.clone().into())).unwrap();
        let loaded = loading.elapsed();
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        let mut drawn = geometry::Geometry::new(34);
        let start = Instant::now();
        let mut app = App::new(&dataset, summit::Filter::default());
        terminal
            .draw(|f| ui::draw(f, &app, &mut drawn, true))
            .unwrap();
        let first = start.elapsed();
        // As the loop does: every order worked out beside it, then taken.
        let beside = Instant::now();
        let orders = std::thread::scope(|s| s.spawn(|| list::all_orders(&dataset)).join().unwrap());
        let ready = beside.elapsed();
        app.list.adopt(orders);
        fn row(name: &str, mut times: Vec<f64>) {
            if times.is_empty() {
                println!("| {name} | 0 | | | |");
                return;
            }
            times.sort_by(f64::total_cmp);
            let at = |q: f64| times[((times.len() - 1) as f64 * q) as usize];
            println!(
                "| {name} | {} | {:.2} | {:.2} | {:.2} |",
                times.len(),
                at(0.5),
                at(0.95),
                at(1.0)
            );
        }
        let report = |name: &str,
                      keys: &[event::KeyCode],
                      app: &mut App,
                      t: &mut Terminal<_>,
                      drawn: &mut geometry::Geometry| {
            let times: Vec<f64> = keys
                .iter()
                .map(|k| {
                    let start = Instant::now();
                    if let Some(c) = keys::control(*k) {
                        app.apply(c, drawn);
                    }
                    t.draw(|f| ui::draw(f, app, drawn, true)).unwrap();
                    start.elapsed().as_secs_f64() * 1000.0
                })
                .collect();
            row(name, times);
        };
        use event::KeyCode::{Char, Down, PageDown};
        println!(
            "{} records: loaded in {:.0} ms; first frame {:.1} ms after loading; every sort order ready {:.0} ms after that, beside the loop",
            dataset.encounters.len(),
            loaded.as_secs_f64() * 1000.0,
            first.as_secs_f64() * 1000.0,
            ready.as_secs_f64() * 1000.0
        );
        println!("| key | frames | median ms | p95 ms | max ms |\n|---|---|---|---|---|");
        report(
            "move (j)",
            &[Down; 200],
            &mut app,
            &mut terminal,
            &mut drawn,
        );
        report(
            "page (PgDn)",
            &[PageDown; 50],
            &mut app,
            &mut terminal,
            &mut drawn,
        );
        report(
            "toggle an outcome (1)",
            &[Char('1'); 10],
            &mut app,
            &mut terminal,
            &mut drawn,
        );
        report(
            "sort (s)",
            &[Char('s'); 10],
            &mut app,
            &mut terminal,
            &mut drawn,
        );
        // Typing a search: each character's frame, then, as between
        // keystrokes, the slices that read on, each with its frame, until
        // the character's result is on the screen.
        let (mut keys, mut slices, mut results) = (Vec::new(), Vec::new(), Vec::new());
        // Words the records have, then one they never do: its characters
        // read on through every record. (Jumping: Tab in the prompt.)
        app.narrowing = false;
        for k in std::iter::once(Char('/')).chain("osaka xylophone".chars().map(Char)) {
            let t = Instant::now();
            let key = event::Event::Key(k.into());
            if let Some(c) = input::control(&key, app.mode.reading()) {
                app.apply(c, &drawn);
            }
            terminal
                .draw(|f| ui::draw(f, &app, &mut drawn, true))
                .unwrap();
            keys.push(t.elapsed().as_secs_f64() * 1000.0);
            while app.search.progress().is_some() {
                let s = Instant::now();
                app.work(search::SLICE);
                terminal
                    .draw(|f| ui::draw(f, &app, &mut drawn, true))
                    .unwrap();
                slices.push(s.elapsed().as_secs_f64() * 1000.0);
            }
            results.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        row("search, a character (/osaka xylophone)", keys);
        row("search reading on, a slice", slices);
        row("search, a character to its result", results);
        app.apply(keys::Control::Back, &drawn);
        // Narrowing as it is typed: each character filters what the last
        // one left.
        app.narrowing = true;
        let mut narrowing = Vec::new();
        for k in "/osaka".chars().map(Char) {
            let t = Instant::now();
            let key = event::Event::Key(k.into());
            if let Some(c) = input::control(&key, app.mode.reading()) {
                app.apply(c, &drawn);
            }
            terminal
                .draw(|f| ui::draw(f, &app, &mut drawn, true))
                .unwrap();
            narrowing.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        row("narrow, a character (/osaka)", narrowing);
        app.apply(keys::Control::Back, &drawn);
        report(
            "timeline (T, +)",
            &[Char('T'), Char('+'), Char('+'), Char('+')],
            &mut app,
            &mut terminal,
            &mut drawn,
        );
        let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        let peak = status
            .lines()
            .find(|l| l.starts_with("VmHWM"))
            .unwrap_or("VmHWM: unknown");
        println!("peak memory: {}", peak.trim_start_matches("VmHWM:").trim());
    }
}
