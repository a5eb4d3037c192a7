//! Drawing the browser, a function of its state: a timeline strip, the
//! list, the detail, a status line, and the keys over everything on `?`;
//! or the full-screen timeline.

pub(super) mod panes;
mod status;
mod strip;
mod timeline;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style};
use ratatui::widgets::{Paragraph, Wrap};
use summit::RecordKind;

use super::app::{App, Mode};
use super::geometry::Geometry;

/// Below this width the list and the detail take turns (Enter, Esc)
/// instead of sharing the screen.
pub const SIDE_BY_SIDE: u16 = 100;

/// The smallest screen the browser lays out on.
pub const MIN: (u16, u16) = (60, 15);

/// How many list rows fit in a screen `height` rows high.
pub fn page(height: u16) -> usize {
    usize::from(height.saturating_sub(7)).max(1)
}

/// The style of a record's mark: its kind's colour, when colour is on.
fn kind_style(kind: RecordKind, colour: bool) -> Style {
    if !colour {
        return Style::new();
    }
    use anstyle::AnsiColor as A;
    let c = match summit::colour::of_kind(kind).terminal {
        A::Black => Color::Black,
        A::Red => Color::Red,
        A::Green => Color::Green,
        A::Yellow => Color::Yellow,
        A::Blue => Color::Blue,
        A::Magenta => Color::Magenta,
        A::Cyan => Color::Cyan,
        A::White => Color::Gray,
        A::BrightBlack => Color::DarkGray,
        A::BrightRed => Color::LightRed,
        A::BrightGreen => Color::LightGreen,
        A::BrightYellow => Color::LightYellow,
        A::BrightBlue => Color::LightBlue,
        A::BrightMagenta => Color::LightMagenta,
        A::BrightCyan => Color::LightCyan,
        A::BrightWhite => Color::White,
    };
    Style::new().fg(c)
}

/// The start of `text` that fits `width` columns: wide characters (CJK,
/// emoji) take two.
fn fit_width(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let mut used = 0;
    text.chars()
        .take_while(|c| {
            used += c.width().unwrap_or(0);
            used <= width
        })
        .collect()
}

/// Draw everything, noting in `drawn` where; `colour` says whether
/// colour may be used.
pub fn draw(frame: &mut Frame, app: &App, drawn: &mut Geometry, colour: bool) {
    let area = frame.area();
    drawn.page = page(area.height);
    if area.width < MIN.0 || area.height < MIN.1 {
        let text = format!(
            "summit browse needs a screen of at least {}×{} (this one is {}×{}); q quits",
            MIN.0, MIN.1, area.width, area.height
        );
        frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
        return;
    }
    // The status takes the lines it needs, up to a third of the screen.
    let status_height = (status::lines(app, area.width).len() as u16).clamp(1, area.height / 3);
    let [top, body, bottom] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Min(1),
        Constraint::Length(status_height),
    ])
    .areas(area);
    if app.view.on {
        let whole = Rect {
            height: top.height + body.height,
            ..top
        };
        timeline::draw(frame, app, whole, colour);
    } else {
        strip::draw(frame, app, top, colour);
        if area.width < SIDE_BY_SIDE {
            // Narrow: the list, or the detail behind Enter, full width.
            match app.focus {
                super::app::Focus::List => panes::list(frame, app, body, drawn, colour),
                super::app::Focus::Detail => panes::detail(frame, app, body, drawn),
            }
        } else {
            let list_width = (area.width * 11 / 20).clamp(50, 90);
            let [list_area, detail_area] =
                Layout::horizontal([Constraint::Length(list_width), Constraint::Min(1)])
                    .areas(body);
            panes::list(frame, app, list_area, drawn, colour);
            panes::detail(frame, app, detail_area, drawn);
        }
    }
    status::line(frame, app, bottom);
    if app.mode == Mode::Help {
        status::help(frame, area, app.help_scroll, drawn);
    }
}

#[cfg(test)]
mod tests;
