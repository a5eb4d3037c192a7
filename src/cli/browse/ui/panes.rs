//! The list and the detail, side by side.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};
use summit::render;

use super::super::app::{App, Focus};
use super::super::geometry::Geometry;
use unicode_width::UnicodeWidthStr;

use super::{fit_width, kind_style};

/// `text` as spans, what `matcher` finds in it marked (bold and
/// underlined, which reads without colour too).
fn marked<'a>(text: String, matcher: Option<&summit::search::Matcher>) -> Vec<Span<'a>> {
    let Some(m) = matcher else {
        return vec![Span::raw(text)];
    };
    let ranges = m.highlights(&text);
    if ranges.is_empty() {
        return vec![Span::raw(text)];
    }
    let chars: Vec<char> = text.chars().collect();
    let mark = Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
    let mut spans = Vec::new();
    let mut at = 0;
    for r in ranges {
        if r.start > at {
            spans.push(Span::raw(chars[at..r.start].iter().collect::<String>()));
        }
        spans.push(Span::styled(
            chars[r.start..r.end].iter().collect::<String>(),
            mark,
        ));
        at = r.end;
    }
    if at < chars.len() {
        spans.push(Span::raw(chars[at..].iter().collect::<String>()));
    }
    spans
}

/// Below this width the list shows mark, date and title only.
const COMPACT: usize = 60;

/// `text` padded with spaces to `width` columns.
fn pad(text: &str, width: usize) -> String {
    format!("{text}{}", " ".repeat(width.saturating_sub(text.width())))
}

/// `text` cut to `width` columns, with an ellipsis where it was cut.
fn cut(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    format!("{}…", fit_width(text, width.saturating_sub(1)))
}

/// A pane's frame: titled, in bold when it has the keys.
fn pane(title: &str, focused: bool) -> Block<'_> {
    Block::bordered().title(title).border_style(if focused {
        Style::new().add_modifier(Modifier::BOLD)
    } else {
        Style::new()
    })
}

/// The encounters, the visible ones only, the selection in reverse video.
pub fn list(frame: &mut Frame, app: &App, area: Rect, drawn: &mut Geometry, colour: bool) {
    let block = pane(" Records ", app.focus == Focus::List);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let height = usize::from(inner.height);
    let offset = app.list.selected.saturating_sub(height.saturating_sub(1));
    (drawn.list_top, drawn.list_rows, drawn.list_offset) = (inner.y, inner.height, offset);
    let width = usize::from(inner.width);
    let rows: Vec<(usize, &&summit::Encounter)> = app
        .list
        .rows()
        .iter()
        .enumerate()
        .skip(offset)
        .take(height)
        .collect();
    // Columns as wide as the widest value drawn so far (never narrower,
    // so that scrolling does not shift them): kind, date, place, the
    // duration when the list is sorted by it, then the title.
    for (_, e) in &rows {
        drawn.date_width = drawn.date_width.max(e.date.human().width());
        drawn.place_width = drawn.place_width.max(e.city.width()).min(16);
    }
    let (date_w, place_w) = (drawn.date_width, drawn.place_width);
    let by_duration = app.list.sort == summit::SortKey::Duration;
    // Sorted by length, the lengths are a column of their own, as wide as
    // the longest drawn, so the titles after them stay in line.
    let duration_w = rows
        .iter()
        .filter_map(|(_, e)| e.duration_text())
        .map(|d| d.width())
        .max()
        .unwrap_or(0);
    if rows.is_empty() {
        frame.render_widget(
            Paragraph::new(nothing_shown(app)).wrap(Wrap { trim: true }),
            inner,
        );
        return;
    }
    let highlighter = app.highlighter();
    let lines: Vec<Line> = rows
        .into_iter()
        .map(|(i, e)| {
            let duration = if by_duration {
                format!(
                    "{} ",
                    pad(&e.duration_text().unwrap_or_default(), duration_w)
                )
            } else {
                String::new()
            };
            // On a narrow screen the mark alone says the kind, and the
            // headline ("Osaka: G20 bilateral meeting") the place.
            let text = if width < COMPACT {
                format!(
                    " {} {duration}{}",
                    pad(&e.date.human(), date_w),
                    e.headline()
                )
            } else {
                format!(
                    " {:<9} {} {} {duration}{}",
                    e.kind().as_str(),
                    pad(&e.date.human(), date_w),
                    pad(&cut(&e.city, place_w), place_w),
                    e.title
                )
            };
            let text = cut(&text, width.saturating_sub(1));
            let mut spans = vec![Span::styled(
                render::timeline::marker(e.kind(), false),
                kind_style(e.kind(), colour),
            )];
            spans.extend(marked(text, highlighter.as_ref()));
            let mut line = Line::from(spans);
            if i == app.list.selected {
                line = line.style(Style::new().add_modifier(Modifier::REVERSED));
            }
            line
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Why the list is empty, naming what is on so the reader knows what to
/// undo, and how to widen it.
pub fn nothing_shown(app: &App) -> String {
    let list = &app.list;
    let on = list.on();
    if on.is_empty() {
        return "No record is shown: the dataset has none.".to_string();
    }
    let mut widen = Vec::new();
    if list.narrowed().is_some() {
        widen.push("Esc clears the narrowing");
    }
    if list.kinds.contains(&false) {
        widen.push("1–6 show a kind, a every kind");
    }
    if !list.years_text().is_empty() {
        widen.push("t changes the years");
    }
    if list.has_picks() {
        widen.push("f then Enter with nothing typed clears the picks");
    }
    if on.len() > 1 || list.narrowed().is_none() {
        widen.push("Esc twice clears every filter");
    }
    // Every kind hidden is said as such; what else is on after it.
    let rest: Vec<&String> = on.iter().filter(|o| *o != "every kind hidden").collect();
    let rest = rest.iter().map(|o| o.as_str()).collect::<Vec<_>>();
    let what = if list.kinds.contains(&true) {
        format!(
            "nothing matches {}{}",
            rest.join("; "),
            if rest.len() > 1 { " together" } else { "" }
        )
    } else if rest.is_empty() {
        "every kind is hidden".to_string()
    } else {
        format!("every kind is hidden, and {} is on", rest.join("; "))
    };
    format!(
        "No record is shown: {what}. To widen: {}.",
        widen.join("; ")
    )
}

/// Everything `summit show` prints for the selection, scrolled.
pub fn detail(frame: &mut Frame, app: &App, area: Rect, drawn: &mut Geometry) {
    let block = pane(" Detail ", app.focus == Focus::Detail);
    let inner = block.inner(area);
    let text = match app.current() {
        Some(e) => {
            let mut out = Vec::new();
            let opts = render::Options {
                colour: false,
                width: Some(usize::from(inner.width).max(20)),
            };
            // Writing to memory cannot fail.
            let n = summit::gaps::neighbours_in(app.list.chronological(), e);
            let _ = render::detail::show_with(&mut out, app.list.dataset(), e, &n, &opts);
            String::from_utf8_lossy(&out).into_owned()
        }
        // Side by side, the list says why it is empty; alone, the detail
        // has the screen only when a record is selected.
        None => String::new(),
    };
    let highlighter = app.highlighter();
    let lines: Vec<Line> = text
        .lines()
        .map(|l| Line::from(marked(l.to_string(), highlighter.as_ref())))
        .collect();
    // What `show` could not wrap (a long word, a title) wraps here
    // rather than being cut at the border.
    let text = Paragraph::new(lines).wrap(Wrap { trim: false });
    drawn.detail_lines = text.line_count(inner.width);
    drawn.detail_rows = inner.height;
    // Never past the end, even when the screen grew since the last key.
    let scroll = app.detail_scroll.min(drawn.detail_end());
    frame.render_widget(text.block(block).scroll((scroll, 0)), area);
}
