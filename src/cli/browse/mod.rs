//! `summit browse`: explore the encounters in a full-screen view.

mod app;
mod ui;

use std::io::{self, IsTerminal, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use clap::Args;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{self, Event, KeyEventKind, MouseEventKind};
use ratatui::crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use ratatui::crossterm::{cursor, execute};

use super::Context;
use super::args::FilterArgs;
use super::input::Input;
use super::report::UsageError;
pub use app::App;

pub const EXAMPLES: &str = "\
Examples:
  summit browse                       every encounter
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

/// Puts the terminal back as it was: raw mode off, the normal screen, the
/// cursor shown. Done on drop, so on every way out, and from the panic
/// hook.
struct Restore;

fn restore() {
    let _ = terminal::disable_raw_mode();
    let _ = execute!(
        io::stdout(),
        event::DisableMouseCapture,
        LeaveAlternateScreen,
        cursor::Show
    );
}

impl Drop for Restore {
    fn drop(&mut self) {
        restore();
    }
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

pub fn run(args: &BrowseArgs, ctx: &mut Context) -> anyhow::Result<()> {
    if !io::stdout().is_terminal() {
        return Err(UsageError("browse needs a terminal; try summit list".into()).into());
    }
    let filter = args.filter.to_filter()?;
    let input = Input::read(ctx.data.as_deref())?;
    let dataset = input.dataset()?;
    let mut app = App::new(&dataset, filter);
    let color = ctx.opts.color;

    // SIGTERM and SIGHUP end the loop, so the terminal is restored.
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        default_hook(info);
    }));

    terminal::enable_raw_mode()?;
    let _restore = Restore;
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        event::EnableMouseCapture
    )?;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    terminal.clear()?;
    while !app.quit && !stop.load(Ordering::Relaxed) {
        terminal.draw(|frame| ui::draw(frame, &app, color))?;
        if let Some(text) = app.copy.take() {
            // OSC 52: the terminal puts it on the clipboard, where allowed.
            write!(terminal.backend_mut(), "\x1b]52;c;{}\x07", base64(&text))?;
            terminal.backend_mut().flush()?;
        }
        if !event::poll(Duration::from_millis(200))? {
            continue;
        }
        let page = ui::page(terminal.size()?.height);
        match event::read()? {
            Event::Key(key) if key.kind != KeyEventKind::Release => app.key(key, page),
            Event::Mouse(mouse) => match mouse.kind {
                MouseEventKind::ScrollDown => app.key(event::KeyCode::Down.into(), page),
                MouseEventKind::ScrollUp => app.key(event::KeyCode::Up.into(), page),
                _ => {}
            },
            _ => {}
        }
    }
    Ok(())
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
        assert_eq!(base64("helsinki-2018"), "aGVsc2lua2ktMjAxOA==");
    }
}
