//! The terminal browse takes over: raw mode, the other screen, the mouse,
//! and putting all of it back on every way out (a return, an error, a
//! panic, a signal, a terminal that hung up).

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use ratatui::crossterm::event;
use ratatui::crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use ratatui::crossterm::{cursor, execute};

/// The terminal taken over; put back as it was when dropped.
pub struct Taken(());

/// Put the terminal back as it was: raw mode off, the normal screen, the
/// mouse released, the cursor shown.
fn restore() {
    let _ = terminal::disable_raw_mode();
    let _ = execute!(
        io::stdout(),
        event::DisableMouseCapture,
        LeaveAlternateScreen,
        cursor::Show
    );
}

impl Drop for Taken {
    fn drop(&mut self) {
        restore();
    }
}

/// Take the terminal: raw mode, the other screen, the mouse; a panic puts
/// it back before its message is printed.
///
/// # Errors
/// The terminal refused a setting.
pub fn take() -> io::Result<Taken> {
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        default_hook(info);
    }));
    terminal::enable_raw_mode()?;
    let taken = Taken(());
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        event::EnableMouseCapture
    )?;
    Ok(taken)
}

/// The number of the signal (SIGTERM, SIGHUP) that asked browse to
/// stop, 0 until one does: the loop ends on it, the terminal is put back,
/// and the process ends as the signal would have ended it (128 + its
/// number). A watchdog beside it ends the process when the loop cannot
/// look.
///
/// # Errors
/// A signal handler could not be installed.
pub fn stop_flag() -> io::Result<Arc<AtomicUsize>> {
    let stop = Arc::new(AtomicUsize::new(0));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        let number = usize::try_from(signal).unwrap_or(15);
        signal_hook::flag::register_usize(signal, Arc::clone(&stop), number)?;
    }
    // Reading a terminal that has hung up (its window closed, its ssh
    // connection dropped), crossterm 0.29 loops on the end of input and
    // never returns to the loop. The watchdog ends the process instead.
    let watched = Arc::clone(&stop);
    std::thread::spawn(move || watchdog(&watched));
    Ok(stop)
}

/// Wait for a stop signal or for the terminal to hang up; when the main
/// loop has not ended half a second later, end the process: 129 when the
/// terminal is gone, as after SIGHUP, else 143, as after SIGTERM, with the
/// terminal put back first. It writes to the terminal directly, never
/// through standard output, whose lock the stuck loop may hold.
fn watchdog(stop: &AtomicUsize) {
    let mut late = 0;
    loop {
        std::thread::sleep(Duration::from_millis(100));
        // A terminal that has hung up answers no ioctl, so has no size.
        let gone = terminal_size::terminal_size_of(io::stdout()).is_none();
        if gone || stop.load(Ordering::Relaxed) != 0 {
            late += 1;
        }
        if late > 5 {
            if !gone {
                let _ = terminal::disable_raw_mode();
                if let Ok(mut tty) = std::fs::OpenOptions::new().write(true).open("/dev/tty") {
                    let _ = execute!(
                        tty,
                        event::DisableMouseCapture,
                        LeaveAlternateScreen,
                        cursor::Show
                    );
                }
            }
            std::process::exit(if gone { 129 } else { exit_code(stop) });
        }
    }
}

/// How a process stopped by the signal in `stop` ends: 128 + its number
/// (143 after SIGTERM, 129 after SIGHUP), as a shell reports it.
pub fn exit_code(stop: &AtomicUsize) -> i32 {
    128 + i32::try_from(stop.load(Ordering::Relaxed)).unwrap_or(15)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signal_ends_the_process_as_a_shell_reports_it() {
        let stop = AtomicUsize::new(signal_hook::consts::SIGTERM as usize);
        assert_eq!(exit_code(&stop), 143);
        stop.store(signal_hook::consts::SIGHUP as usize, Ordering::Relaxed);
        assert_eq!(exit_code(&stop), 129);
    }
}
