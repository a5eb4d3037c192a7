//! Drawing the browser: a timeline strip, the list, the detail, a status
//! line, and the keys over everything on `?`.

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};
use summit::{Outcome, render};
use unicode_width::UnicodeWidthStr;

use super::app::{App, Focus, KEYS, Mode};

/// The most encounters in view that the full timeline labels.
const LABELLED: usize = 200;

/// The smallest screen the browser lays out on.
pub const MIN: (u16, u16) = (60, 15);

fn outcome_color(o: Outcome) -> Color {
    match o {
        Outcome::Held => Color::Green,
        Outcome::Informal => Color::Cyan,
        Outcome::Cancelled => Color::Red,
        Outcome::Proposed => Color::Yellow,
    }
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

/// How many list rows fit in a screen `height` rows high.
pub fn page(height: u16) -> usize {
    usize::from(height.saturating_sub(7)).max(1)
}

/// Draw everything; `color` says whether colour may be used.
pub fn draw(frame: &mut Frame, app: &App, color: bool) {
    let area = frame.area();
    if area.width < MIN.0 || area.height < MIN.1 {
        let text = format!(
            "summit browse needs a screen of at least {}×{} (this one is {}×{}); q quits",
            MIN.0, MIN.1, area.width, area.height
        );
        frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
        return;
    }
    let [strip, body, status] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(area);
    if app.timeline {
        let whole = Rect {
            height: strip.height + body.height,
            ..strip
        };
        full_timeline(frame, app, whole, color);
        status_line(frame, app, status);
        if app.mode == Mode::Help {
            help(frame, area);
        }
        return;
    }
    timeline(frame, app, strip, color);
    let list_width = (area.width * 2 / 5).clamp(30, 60);
    let [list_area, detail_area] =
        Layout::horizontal([Constraint::Length(list_width), Constraint::Min(1)]).areas(body);
    list(frame, app, list_area, color);
    detail(frame, app, detail_area);
    status_line(frame, app, status);
    if app.mode == Mode::Help {
        help(frame, area);
    }
}

/// Years across the top, a mark per encounter shown (and per context
/// event), the selection picked out, and under the marks the gaps between
/// the meetings shown, with their length where it fits.
fn timeline(frame: &mut Frame, app: &App, area: Rect, color: bool) {
    let dataset = app.dataset();
    let width = usize::from(area.width.saturating_sub(2)).max(1);
    if dataset.encounters.is_empty() {
        return;
    }
    let (from, to) = app.bounds();
    let days = (to - from).num_days().max(1) as f64;
    let column =
        |d: NaiveDate| (((d - from).num_days() as f64 / days) * (width - 1) as f64) as usize;
    let mut marks: Vec<Span> = vec![Span::raw(" "); width];
    if app.show_context {
        for c in &dataset.context {
            let d = c.date.start();
            if d >= from && d < to {
                marks[column(d)] = Span::styled("◆", Style::new().add_modifier(Modifier::DIM));
            }
        }
    }
    let selected = app.current();
    // Meetings that took place last, so that where two records share a
    // cell the meeting shows, and the gaps start and end at its mark.
    for took_place in [false, true] {
        for e in app.rows() {
            if e.outcome.took_place() != took_place || selected.is_some_and(|s| std::ptr::eq(s, *e))
            {
                continue;
            }
            let mut style = Style::new();
            if color {
                style = style.fg(outcome_color(e.outcome));
            }
            marks[column(e.date.start())] =
                Span::styled(render::timeline::marker(e.outcome, false), style);
        }
    }
    if let Some(e) = app.current() {
        marks[column(e.date.start())] = Span::styled(
            render::timeline::marker(e.outcome, false),
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
        );
    }
    // The gaps: a dim run between the two meetings' marks, and its length
    // in the middle, shortened (no days, then no months) to fit.
    let dim = Style::new().add_modifier(Modifier::DIM);
    let mut gaps: Vec<Span> = vec![Span::raw(" "); width];
    for g in app.gaps() {
        let (a, b) = (column(g.from.date.end()), column(g.to.date.start()));
        if b < a + 3 {
            continue;
        }
        let room = b - a - 1;
        for cell in &mut gaps[a + 1..b] {
            *cell = Span::styled("╌", dim);
        }
        let span = g.span();
        let label = [
            span,
            summit::Span { days: 0, ..span },
            summit::Span {
                days: 0,
                months: 0,
                ..span
            },
        ]
        .into_iter()
        .filter(|s| s.years + s.months + s.days > 0)
        .map(|s| format!(" {s} "))
        .find(|l| l.chars().count() <= room);
        if let Some(label) = label {
            let at = a + 1 + (room - label.chars().count()) / 2;
            for (cell, ch) in gaps[at..].iter_mut().zip(label.chars()) {
                *cell = Span::styled(ch.to_string(), dim);
            }
        }
    }
    let mut years = vec![' '; width];
    for y in chrono::Datelike::year(&from)..chrono::Datelike::year(&to) {
        let Some(d) = NaiveDate::from_ymd_opt(y, 1, 1) else {
            continue;
        };
        let at = column(d);
        let label: Vec<char> = y.to_string().chars().collect();
        if at + label.len() <= width && years[at..at + label.len()].iter().all(|c| *c == ' ') {
            years[at..at + label.len()].copy_from_slice(&label);
            if at + label.len() < width {
                years[at + label.len()] = ' ';
            }
        }
    }
    let text = vec![
        Line::from(marks),
        Line::from(gaps),
        Line::from(years.into_iter().collect::<String>()),
    ];
    frame.render_widget(
        Paragraph::new(text).block(Block::new().borders(Borders::LEFT | Borders::RIGHT)),
        area,
    );
}

/// The full-screen timeline: the axis with years (and months when zoomed
/// in), a marker per encounter with its label above, the gaps between
/// meetings and the context events below, zoomed and panned as the app
/// says.
fn full_timeline(frame: &mut Frame, app: &App, area: Rect, color: bool) {
    use chrono::Datelike;
    let block = Block::bordered().title(format!(
        " Timeline · ×{} · + - zoom · ← → pan · Esc back ",
        app.zoom
    ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width).max(1);
    let height = usize::from(inner.height);
    if height < 6 {
        return;
    }
    let (from, to) = app.view();
    let days = (to - from).num_days().max(1) as f64;
    let column = |d: NaiveDate| -> Option<usize> {
        let x = ((d - from).num_days() as f64 / days * (width - 1) as f64).round();
        (x >= 0.0 && x < width as f64).then_some(x as usize)
    };
    // Rows: labels above the axis, the axis, ticks, gaps, context below.
    let axis = height * 3 / 5;
    let mut grid: Vec<Vec<Span>> = vec![vec![Span::raw(" "); width]; height];
    let put = |grid: &mut Vec<Vec<Span>>, row: usize, col: usize, text: &str, style: Style| {
        let Some(line) = grid.get_mut(row) else {
            return;
        };
        for (cell, ch) in line.iter_mut().skip(col).zip(text.chars()) {
            *cell = Span::styled(ch.to_string(), style);
        }
    };
    for cell in &mut grid[axis] {
        *cell = Span::raw("─");
    }
    // Years, and months when a year is wide enough.
    let month_width = width as f64 / days * 30.0;
    // The first label in view names its year, whatever its month.
    let mut first = true;
    for y in from.year()..=to.year() {
        for m in 1..=12 {
            if m > 1 && month_width < 4.0 {
                break;
            }
            let Some(d) = NaiveDate::from_ymd_opt(y, m, 1) else {
                continue;
            };
            if let Some(c) = column(d) {
                put(&mut grid, axis, c, "┼", Style::new());
                let label = if m == 1 {
                    y.to_string()
                } else if first {
                    d.format("%b %Y").to_string()
                } else {
                    d.format("%b").to_string()
                };
                // A label that the right edge would cut is left out.
                if c + label.chars().count() <= width {
                    first = false;
                    put(&mut grid, axis + 1, c, &label, Style::new());
                }
            }
        }
    }
    // Gaps between meetings, as a bracket and its length.
    for (i, g) in app.gaps().iter().enumerate() {
        let row = axis + 2 + i % 2;
        let (a, b) = (g.from.date.end(), g.to.date.start());
        let (Some(ca), Some(cb)) = (column(a.max(from)), column(b.min(to))) else {
            continue;
        };
        if cb <= ca + 2 {
            continue;
        }
        let dim = Style::new().add_modifier(Modifier::DIM);
        for c in ca..=cb {
            put(&mut grid, row, c, "╌", dim);
        }
        let text = g.span().to_string();
        if text.chars().count() + 2 < cb - ca {
            put(
                &mut grid,
                row,
                ca + (cb - ca - text.chars().count()) / 2,
                &text,
                dim,
            );
        }
    }
    // Context events below.
    if app.show_context {
        let mut row = axis + 4;
        for c in &app.dataset().context {
            let Some(col) = column(c.date.start()) else {
                continue;
            };
            if row >= height {
                break;
            }
            let style = Style::new().add_modifier(Modifier::DIM);
            put(&mut grid, axis, col, "◆", style);
            // Reaching right from the mark, or left at the right edge; a
            // title too long for either side is shortened, so the label's
            // ◆ always stands on its day.
            let date = c.date.human();
            let right = width - col;
            let left = col + 1;
            let fits = |room: usize| {
                let title_room = room.saturating_sub(date.chars().count() + 5);
                if c.title.chars().count() <= title_room {
                    c.title.clone()
                } else {
                    let cut: String = c.title.chars().take(title_room.saturating_sub(1)).collect();
                    format!("{}…", cut.trim_end())
                }
            };
            let (label, start) =
                if right >= left || c.title.chars().count() + date.chars().count() + 5 <= right {
                    (format!("◆ {} · {date}", fits(right)), col)
                } else {
                    let label = format!("{} · {date} ◆", fits(left));
                    let start = (col + 1).saturating_sub(label.chars().count());
                    (label, start)
                };
            put(&mut grid, row, start, &label, style);
            row += 1;
        }
    }
    // Encounters: the marker on the axis, the label in the nearest free
    // row above it, reaching right, or left at the right edge.
    let mut taken: Vec<Vec<(usize, usize)>> = vec![Vec::new(); axis];
    let selected = app.current();
    // Labels only while they can be read: with hundreds in view, the
    // markers alone (zoom in to read them).
    let in_view = app
        .rows()
        .iter()
        .filter(|e| column(e.date.start()).is_some())
        .take(LABELLED + 1)
        .count();
    for e in app.rows() {
        let Some(col) = column(e.date.start()) else {
            continue;
        };
        let mut style = Style::new();
        if color {
            style = style.fg(outcome_color(e.outcome));
        }
        if selected.is_some_and(|s| std::ptr::eq(s, *e)) {
            style = style.add_modifier(Modifier::REVERSED | Modifier::BOLD);
        }
        put(
            &mut grid,
            axis,
            col,
            render::timeline::marker(e.outcome, false),
            style,
        );
        if in_view > LABELLED {
            continue;
        }
        let label = format!("{} · {}", e.title, e.date.human());
        let len = label.chars().count().min(width);
        let start = if col + len > width {
            (col + 1).saturating_sub(len)
        } else {
            col
        };
        let end = start + len + 1;
        if let Some(r) = (0..axis)
            .rev()
            .find(|&r| taken[r].iter().all(|&(a, b)| end <= a || b <= start))
        {
            put(&mut grid, r, start, &label, style);
            taken[r].push((start, end));
        }
    }
    let lines: Vec<Line> = grid.into_iter().map(Line::from).collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The encounters, the visible ones only, the selection in reverse video.
fn list(frame: &mut Frame, app: &App, area: Rect, color: bool) {
    let focused = app.focus == Focus::List;
    let block = Block::bordered()
        .title(" Encounters ")
        .border_style(if focused {
            Style::new().add_modifier(Modifier::BOLD)
        } else {
            Style::new()
        });
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let height = usize::from(inner.height);
    let offset = app.selected.saturating_sub(height.saturating_sub(1));
    app.list_view.set((inner.y, inner.height, offset));
    let width = usize::from(inner.width);
    let lines: Vec<Line> = app
        .rows()
        .iter()
        .enumerate()
        .skip(offset)
        .take(height)
        .map(|(i, e)| {
            let mut marker = Style::new();
            if color {
                marker = marker.fg(outcome_color(e.outcome));
            }
            let text = format!(" {:<14} {}, {}", e.date.human(), e.city, e.title);
            let text = fit_width(&text, width.saturating_sub(2));
            let mut line = Line::from(vec![
                Span::styled(render::timeline::marker(e.outcome, false), marker),
                Span::raw(text),
            ]);
            if i == app.selected {
                line = line.style(Style::new().add_modifier(Modifier::REVERSED));
            }
            line
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Everything `summit show` prints for the selection, scrolled.
fn detail(frame: &mut Frame, app: &App, area: Rect) {
    let focused = app.focus == Focus::Detail;
    let block = Block::bordered()
        .title(" Detail ")
        .border_style(if focused {
            Style::new().add_modifier(Modifier::BOLD)
        } else {
            Style::new()
        });
    let inner = block.inner(area);
    let text = match app.current() {
        Some(e) => {
            let mut out = Vec::new();
            let opts = render::Options {
                color: false,
                width: Some(usize::from(inner.width).max(20)),
            };
            // Writing to memory cannot fail.
            let n = summit::gaps::neighbours_in(app.chronological(), e);
            let _ = render::detail::show_with(&mut out, app.dataset(), e, &n, &opts);
            String::from_utf8_lossy(&out).into_owned()
        }
        None if !app.outcomes.contains(&true) => {
            "No encounter is shown: every outcome is hidden (1–4 toggle them, a shows them all)."
                .to_string()
        }
        None => {
            "No encounter is shown: the filters leave none (1–4 and m toggle outcomes).".to_string()
        }
    };
    frame.render_widget(
        Paragraph::new(text)
            .block(block)
            // What `show` could not wrap (a long word, a title) wraps here
            // rather than being cut at the border.
            .wrap(Wrap { trim: false })
            .scroll((app.detail_scroll, 0)),
        area,
    );
}

/// "n of m", the outcomes shown, the sort, and a hint; or the search being
/// typed.
fn status_line(frame: &mut Frame, app: &App, area: Rect) {
    // A search under way, or what the last key had to say.
    let note = match app.searching() {
        Some(done) => Some(format!("searching… {:.0}%", done * 100.0)),
        None => app.message.clone(),
    };
    let text = match &app.mode {
        Mode::Search(typed) => match note {
            Some(note) => format!("/{typed}  ({note})"),
            None => format!("/{typed}"),
        },
        Mode::Years(typed) => format!("years (2018, 2017..2019, 2018.., empty for all): {typed}"),
        Mode::Export(typed) => {
            format!(
                "export to (.csv .json .ics .md .html .svg .png .mw .geojson .jsonld names the format): {typed}"
            )
        }
        _ => {
            let shown: Vec<&str> = Outcome::ALL
                .iter()
                .zip(app.outcomes)
                .filter_map(|(o, on)| on.then_some(o.as_str()))
                .collect();
            let sort = format!(
                "{}{}",
                app.sort.as_str(),
                if app.reverse { ", reversed" } else { "" }
            );
            let mut filters = app.describe_filters();
            if !app.search.trim().is_empty() {
                filters.push(format!("/{} (n N)", app.search));
            }
            filters.push(match shown.len() {
                4 => "all outcomes".to_string(),
                0 => "no outcomes (a shows them all)".to_string(),
                _ => shown.join(", "),
            });
            let base = format!(
                "{} of {} · {} · sort: {sort} · ? keys",
                app.rows().len(),
                app.dataset().encounters.len(),
                filters.join(" · "),
            );
            match note {
                Some(m) => format!("{base} · {m}"),
                None => base,
            }
        }
    };
    frame.render_widget(
        Paragraph::new(text).style(Style::new().add_modifier(Modifier::REVERSED)),
        area,
    );
}

/// Every key, in a box over the middle of the screen.
fn help(frame: &mut Frame, area: Rect) {
    // As wide as the longest line needs, where the screen allows; a
    // narrower screen wraps the descriptions.
    let needed = KEYS
        .iter()
        .map(|(_, what)| what.width() + 19)
        .max()
        .unwrap_or(40) as u16;
    let width = needed.min(area.width);
    let inner = usize::from(width.saturating_sub(2)).max(1);
    let lines: Vec<Line> = KEYS
        .iter()
        .flat_map(|(k, what)| {
            let wrapped = textwrap::wrap(what, inner.saturating_sub(17).max(10));
            wrapped
                .into_iter()
                .enumerate()
                .map(|(i, part)| {
                    let key = if i == 0 { *k } else { "" };
                    Line::from(format!(" {key:<15} {part}"))
                })
                .collect::<Vec<_>>()
        })
        .collect();
    let height = (lines.len() as u16 + 2).min(area.height);
    let rect = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    };
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(" Keys (any key closes) ")),
        rect,
    );
}

#[cfg(test)]
mod tests {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::crossterm::event::{KeyCode, KeyEvent};
    use summit::{Dataset, Filter};

    use super::*;

    /// The screen `app` draws at `width`×`height`, as text.
    fn screen(app: &App, width: u16, height: u16) -> String {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        terminal.draw(|f| draw(f, app, false)).unwrap();
        let buffer = terminal.backend().buffer();
        (0..height)
            .map(|y| {
                let line: String = (0..width).map(|x| buffer[(x, y)].symbol()).collect();
                line.trim_end().to_string()
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn screens_at_three_sizes() {
        let d = Dataset::bundled().unwrap();
        let mut app = App::new(&d, Filter::default());
        app.key(KeyEvent::from(KeyCode::Char('j')), 10);
        let small = screen(&app, 80, 24);
        assert!(
            small.contains("1 of 11") || small.contains("11 of 11"),
            "{small}"
        );
        insta::assert_snapshot!("browse_80x24", small);
        insta::assert_snapshot!("browse_120x40", screen(&app, 120, 40));
        let tiny = screen(&app, 50, 12);
        assert!(tiny.contains("needs a screen of at least 60×15"), "{tiny}");
        app.key(KeyEvent::from(KeyCode::Char('?')), 10);
        let help = screen(&app, 80, 24);
        assert!(help.contains("Keys (any key closes)") && help.contains("copy the selected id"));
    }

    /// Where `piece` is broken across two lines of `screen`: the end of a
    /// line (or of a pane's line) holds its start, the next line its rest.
    fn broken(screen: &str, piece: &str) -> bool {
        let lines: Vec<Vec<char>> = screen.lines().map(|l| l.chars().collect()).collect();
        let cuts = piece
            .char_indices()
            .filter(|(_, c)| matches!(c, ' ' | '-' | '–'))
            .map(|(i, c)| i + c.len_utf8());
        let cuts: Vec<usize> = cuts.collect();
        lines.windows(2).any(|pair| {
            let a: String = pair[0].iter().collect();
            cuts.iter().any(|&cut| {
                let (head, tail) = (piece[..cut].trim_end(), piece[cut..].trim_start());
                a.match_indices(head).any(|(at, _)| {
                    let rest = a[at + head.len()..].trim_start_matches(' ');
                    let ends = rest.is_empty() || rest.starts_with('│');
                    let before = a[..at].chars().next_back();
                    let starts = before.is_none_or(|c| !c.is_alphanumeric() && c != '-');
                    // The rest on the next line, in the same pane.
                    let pane = a[..at].rfind('│').map_or(0, |i| a[..i].chars().count() + 1);
                    let below: String = pair[1].iter().skip(pane).collect();
                    ends && starts && below.trim_start().starts_with(tail)
                })
            })
        })
    }

    #[test]
    fn dates_and_ids_never_break_in_any_pane() {
        let d = Dataset::bundled().unwrap();
        let mut pieces: Vec<String> = Vec::new();
        for e in &d.encounters {
            pieces.extend([e.id.to_string(), e.date.human(), e.date.human_long()]);
        }
        assert!(broken(
            "│ Date  Fri 7 Jul│\n│ 2017       │",
            "Fri 7 Jul 2017"
        ));
        assert!(!broken("│ Fri 7 Jul 2017 │\n│ 2017 │", "Fri 7 Jul 2017"));
        for (width, height) in [(60, 20), (64, 20), (72, 24), (80, 24), (100, 30), (120, 40)] {
            let mut app = App::new(&d, Filter::default());
            for _ in 0..d.encounters.len() {
                let s = screen(&app, width, height);
                for piece in &pieces {
                    assert!(!broken(&s, piece), "{piece:?} at {width}x{height}:\n{s}");
                }
                app.key(KeyEvent::from(KeyCode::Char('j')), 10);
            }
        }
    }

    #[test]
    fn the_full_timeline_at_two_zooms() {
        let d = Dataset::bundled().unwrap();
        let mut app = App::new(&d, Filter::default());
        app.key(KeyEvent::from(KeyCode::Char('T')), 10);
        let whole = screen(&app, 120, 40);
        assert!(whole.contains("Timeline · ×1"), "{whole}");
        assert!(whole.contains("6 years 1 month 18 days"), "{whole}");
        assert!(whole.contains("2017") && whole.contains("2025"), "{whole}");
        insta::assert_snapshot!("browse_timeline_120x40", whole);
        for _ in 0..4 {
            app.key(KeyEvent::from(KeyCode::Char('+')), 10);
        }
        let near = screen(&app, 120, 40);
        assert!(near.contains("Timeline · ×16"), "{near}");
        assert!(near.contains("Jul"), "months when zoomed in: {near}");
        assert!(
            near.contains("G20 bilateral meeting · 7 Jul 2017"),
            "{near}"
        );
    }

    #[test]
    fn the_selection_shows_in_list_detail_and_status() {
        let d = Dataset::bundled().unwrap();
        let mut app = App::new(&d, Filter::default());
        for c in "/helsinki\n".chars() {
            let code = if c == '\n' {
                KeyCode::Enter
            } else {
                KeyCode::Char(c)
            };
            app.key(KeyEvent::from(code), 10);
        }
        let s = screen(&app, 120, 40);
        assert!(s.contains("Helsinki summit"), "{s}");
        assert!(s.contains("Presidential Palace"), "{s}");
        // The last search stays on the status line, for n and N.
        assert!(
            s.contains("11 of 11 · /helsinki (n N) · all outcomes · sort: date · ? keys"),
            "{s}"
        );
        app.key(KeyEvent::from(KeyCode::Char('1')), 10);
        let s = screen(&app, 120, 40);
        assert!(
            s.contains("7 of 11 · /helsinki (n N) · informal, cancelled, proposed"),
            "{s}"
        );
    }
}
