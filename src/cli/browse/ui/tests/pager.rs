//! The detail read as in a pager on a narrow screen, and the status line
//! naming the pane the keys go to.

use super::*;

/// The browser on a test terminal, drawn after every key as the loop
/// draws it, with the geometry the loop keeps.
struct Screen<'d> {
    app: App<'d>,
    terminal: Terminal<TestBackend>,
    drawn: Geometry,
}

impl<'d> Screen<'d> {
    fn new(d: &'d summit::Dataset<'d>, width: u16, height: u16) -> Self {
        let mut s = Screen {
            app: App::new(d, Filter::default()),
            terminal: Terminal::new(TestBackend::new(width, height)).unwrap(),
            drawn: Geometry::new(1),
        };
        s.draw();
        s
    }

    fn draw(&mut self) {
        let (app, drawn) = (&self.app, &mut self.drawn);
        self.terminal.draw(|f| draw(f, app, drawn, false)).unwrap();
    }

    fn press(&mut self, code: KeyCode) {
        let key = ratatui::crossterm::event::Event::Key(code.into());
        if let Some(control) = input::control(&key, self.app.mode.reading()) {
            self.app.apply(control, &self.drawn);
        }
        self.draw();
    }

    fn text(&self) -> Vec<String> {
        let buffer = self.terminal.backend().buffer();
        let area = buffer.area;
        (0..area.height)
            .map(|y| {
                let line: String = (0..area.width).map(|x| buffer[(x, y)].symbol()).collect();
                line.trim_end().to_string()
            })
            .collect()
    }

    /// The detail pane's lines, inside its frame.
    fn detail(&self) -> Vec<String> {
        let text = self.text();
        let top = text
            .iter()
            .position(|l| l.starts_with('┌') && l.contains("Detail"))
            .expect("the detail is drawn");
        text[top + 1..]
            .iter()
            .take_while(|l| !l.starts_with('└'))
            .map(|l| {
                l.trim_start_matches('│')
                    .trim_end_matches('│')
                    .trim_end()
                    .to_string()
            })
            .collect()
    }

    /// The status line, its wrapped lines joined.
    fn status(&self) -> String {
        let text = self.text();
        let foot = text.iter().rposition(|l| l.starts_with('└')).unwrap();
        text[foot + 1..].join(" ")
    }
}

/// The record whose detail is longest, selected.
fn longest<'d>(s: &mut Screen<'d>, d: &'d summit::Dataset<'d>) -> &'d summit::Encounter<'d> {
    let e = d
        .encounters
        .iter()
        .max_by_key(|e| e.quotes.len() * 10 + e.highlights.len() + e.sources.len())
        .unwrap();
    while s.app.current().unwrap().id != e.id {
        s.press(KeyCode::Down);
    }
    e
}

#[test]
fn the_narrow_detail_pages_as_less_does() {
    let d = crate::cli::record();
    let mut s = Screen::new(&d, 80, 24);
    let e = longest(&mut s, &d);
    s.press(KeyCode::Enter);
    let first = s.detail();
    let rows = first.len();
    assert!(s.drawn.detail_lines > 2 * rows, "a record of several pages");
    // Space and PgDn: a page of text, less one line kept for context.
    s.press(KeyCode::Char(' '));
    let second = s.detail();
    assert_eq!(second[0], first[rows - 1], "the last line kept, at the top");
    s.press(KeyCode::PageUp);
    assert_eq!(s.detail(), first);
    s.press(KeyCode::PageDown);
    assert_eq!(s.detail(), second);
    // G: the end of the text at the foot of the pane, and no further.
    s.press(KeyCode::Char('G'));
    let end = s.detail();
    let mut out = Vec::new();
    let opts = summit::render::Options {
        colour: false,
        width: Some(78),
    };
    let n = summit::gaps::neighbours_in(s.app.list.chronological(), e);
    summit::render::detail::show_with(&mut out, &d, e, &n, &opts).unwrap();
    let shown = String::from_utf8(out).unwrap();
    let last = shown.lines().rev().find(|l| !l.trim().is_empty()).unwrap();
    assert!(
        end.iter().rev().take(3).any(|l| l.trim() == last.trim()),
        "{last:?} at the foot of {end:#?}"
    );
    for code in [KeyCode::Char(' '), KeyCode::Down, KeyCode::Char('j')] {
        s.press(code);
        assert_eq!(s.detail(), end, "{code:?} past the end");
    }
    // The list kept its selection all the while.
    assert_eq!(s.app.current().unwrap().id, e.id);
    // k goes up from the end at once, however far the keys went.
    s.press(KeyCode::Char('k'));
    assert_eq!(s.detail()[1..], end[..rows - 1]);
    // g: the top again.
    s.press(KeyCode::Char('g'));
    assert_eq!(s.detail(), first);
    assert_eq!(s.app.current().unwrap().id, e.id);
    // The status line names the pane and its keys.
    assert!(
        s.status()
            .contains("detail (Space pages, g G top and end, q Esc back)"),
        "{}",
        s.status()
    );
    // q goes back to the list, as it leaves less; it does not quit.
    s.press(KeyCode::Char('q'));
    assert!(!s.app.quit);
    assert!(s.status().starts_with("list: "), "{}", s.status());
    assert!(!s.text().iter().any(|l| l.contains("Detail")));
    // Esc too.
    s.press(KeyCode::Enter);
    s.press(KeyCode::Esc);
    assert!(s.status().starts_with("list: "), "{}", s.status());
    // q on the list quits.
    s.press(KeyCode::Char('q'));
    assert!(s.app.quit);
}

#[test]
fn side_by_side_q_goes_back_too_and_the_status_names_the_pane() {
    let d = crate::cli::record();
    let mut s = Screen::new(&d, 120, 30);
    assert!(s.status().starts_with("list: "), "{}", s.status());
    s.press(KeyCode::Tab);
    assert!(
        s.status()
            .starts_with("detail (Space pages, g G top and end, q Esc back): "),
        "{}",
        s.status()
    );
    // G in the detail reads its end; the list's selection stays.
    let id = s.app.current().unwrap().id.clone();
    s.press(KeyCode::Char('G'));
    assert_eq!(s.app.current().unwrap().id, id);
    s.press(KeyCode::Char('T'));
    assert!(s.status().starts_with("timeline: "), "{}", s.status());
    s.press(KeyCode::Esc);
    // q in the detail goes back to the list, whatever the width; on the
    // list it quits.
    s.press(KeyCode::Tab);
    s.press(KeyCode::Char('q'));
    assert!(!s.app.quit);
    assert!(s.status().starts_with("list: "), "{}", s.status());
    s.press(KeyCode::Char('q'));
    assert!(s.app.quit);
}

#[test]
fn the_status_says_whether_context_is_shown() {
    let d = crate::cli::record();
    assert!(!d.context.is_empty(), "the fixture has context events");
    let mut s = Screen::new(&d, 120, 30);
    assert!(s.status().contains("· context shown ·"), "{}", s.status());
    s.press(KeyCode::Char('c'));
    assert!(s.status().contains("· context hidden ·"), "{}", s.status());
    s.press(KeyCode::Char('c'));
    assert!(s.status().contains("· context shown ·"), "{}", s.status());
}

/// On a screen too low for every key, the help scrolls, as a pager does,
/// to its last line and no further, saying which lines it shows; any other
/// key closes it, and q quits.
#[test]
fn the_help_scrolls_on_a_low_screen() {
    let d = crate::cli::record();
    let mut s = Screen::new(&d, 60, 20);
    s.press(KeyCode::Char('?'));
    let foot = |s: &Screen| {
        s.text()
            .into_iter()
            .find(|l| l.starts_with("└ lines"))
            .unwrap_or_default()
    };
    let first = foot(&s);
    assert!(first.starts_with("└ lines 1–18 of "), "{first}");
    let total: usize = first
        .split(" of ")
        .nth(1)
        .unwrap()
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!(total > 18);
    s.press(KeyCode::Char('j'));
    assert!(foot(&s).starts_with("└ lines 2–19 of "), "{}", foot(&s));
    assert_eq!(s.app.mode, super::super::super::app::Mode::Help);
    // To the end, where the marks' legend is, and no further.
    s.press(KeyCode::Char('G'));
    let end = format!("└ lines {}–{total} of {total}", total - 17);
    assert!(foot(&s).starts_with(&end), "{}", foot(&s));
    assert!(s.text().iter().any(|l| l.contains("◆ context")));
    for code in [KeyCode::Char(' '), KeyCode::Down] {
        s.press(code);
        assert!(foot(&s).starts_with(&end), "{code:?}: {}", foot(&s));
    }
    // Up at once from the end; g to the top.
    s.press(KeyCode::Up);
    assert!(
        foot(&s).starts_with(&format!("└ lines {}–", total - 18)),
        "{}",
        foot(&s)
    );
    s.press(KeyCode::Char('g'));
    assert_eq!(foot(&s), first);
    // Another key closes it, the help at its top again next time.
    s.press(KeyCode::Char('x'));
    assert_eq!(s.app.mode, super::super::super::app::Mode::Normal);
    s.press(KeyCode::Char('?'));
    assert_eq!(foot(&s), first);
    s.press(KeyCode::Char('q'));
    assert!(s.app.quit);
}
