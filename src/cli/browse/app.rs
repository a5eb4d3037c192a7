//! The browser's state and what each key does to it, apart from any
//! terminal: tests drive it with key sequences.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use summit::{Dataset, Encounter, Filter, Outcome, SortKey};

/// Where the keys go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// Moving through the list.
    List,
    /// Scrolling the selected encounter's detail.
    Detail,
}

/// What the keyboard is doing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// Keys are commands.
    Normal,
    /// Typing a search after `/`.
    Search(String),
    /// The list of keys, over everything.
    Help,
    /// Typing the years to show after `t`.
    Years(String),
    /// Typing the file to export to after `e`.
    Export(String),
}

/// A search under way. On a large dataset it is read a slice at a time
/// between frames ([`App::work`]), so keys are answered while it runs.
struct Scan {
    matcher: summit::search::Matcher,
    /// What was asked for, for the status line.
    query: String,
    /// The next row to read.
    at: usize,
    /// Rows still to read.
    left: usize,
    /// Of them, how many there were at the start.
    total: usize,
    forward: bool,
    /// Typing after `/`: the first match from `at` on, without wrapping.
    /// Else `n` or `N`: the next match either way, wrapping around.
    typing: bool,
}

/// How long one slice of a search may take, so a frame follows each key
/// within the 16 ms of a 60 Hz screen.
pub const SLICE: std::time::Duration = std::time::Duration::from_millis(6);

/// The browser's whole state.
pub struct App<'d> {
    dataset: &'d Dataset<'d>,
    /// The filters given on the command line.
    base: Filter,
    /// Which outcomes are shown, in `Outcome::ALL` order.
    pub outcomes: [bool; 4],
    pub sort: SortKey,
    pub reverse: bool,
    pub show_context: bool,
    /// The encounters shown, in order.
    rows: Vec<&'d Encounter<'d>>,
    /// The whole dataset in each order shown so far. Sorting is stable,
    /// so filtering a sorted whole gives what sorting the filtered rows
    /// would: a toggle only filters, and a sort is worked out once.
    orders: Vec<((SortKey, bool), Vec<&'d Encounter<'d>>)>,
    /// The gaps between the meetings shown, oldest first.
    gaps: Vec<summit::gaps::Gap<'d>>,
    /// The first and last day of the encounters, to whole years.
    bounds: (chrono::NaiveDate, chrono::NaiveDate),
    /// The same with the context events: the full timeline's extent.
    extent: (chrono::NaiveDate, chrono::NaiveDate),
    /// Index into `rows` of the selected encounter.
    pub selected: usize,
    pub focus: Focus,
    pub detail_scroll: u16,
    pub mode: Mode,
    /// The last search, for `n` and `N`.
    pub search: String,
    /// A search being read, slice by slice.
    scan: Option<Scan>,
    /// How long each slice of a search may read for.
    pub slice: std::time::Duration,
    /// While typing a search: for the text typed so far and each shorter
    /// prefix of it, a row before which nothing matches it. A longer text
    /// matches a subset of what its prefix matches (each word of the
    /// prefix is part of a word of the longer one), so each new character
    /// reads on from where its prefix stopped, and Backspace goes back.
    starts: Vec<usize>,
    /// The selection when `/` was pressed: where a search that matches
    /// nothing goes back to.
    search_origin: usize,
    /// A line for the status bar: a search that found nothing, a copied id.
    pub message: Option<String>,
    /// Text to put on the clipboard (OSC 52) at the next draw.
    pub copy: Option<String>,
    /// A file to export what is shown to, asked for with `e`; the
    /// terminal loop writes it and reports.
    pub export: Option<std::path::PathBuf>,
    /// Where the list was last drawn: its first row's screen line, how
    /// many rows, and the index of the first row shown; for the mouse.
    pub list_view: std::cell::Cell<(u16, u16, usize)>,
    /// The full-screen timeline is shown instead of list and detail.
    pub timeline: bool,
    /// Its magnification: 1 shows every year, each step doubles.
    pub zoom: u32,
    /// The day in the middle of it, when panned away from the selection.
    pub center: Option<chrono::NaiveDate>,
    pub quit: bool,
}

/// Key help: each key and what it does, for `?`.
pub const KEYS: &[(&str, &str)] = &[
    ("↑ ↓  j k", "move"),
    ("PgUp PgDn", "move a page"),
    ("g G  Home End", "first, last"),
    ("Enter Tab", "read the detail (Tab or Esc to go back)"),
    ("/", "search (every word, accents ignored)"),
    ("n N", "next, previous match"),
    (
        "1 2 3 4",
        "show or hide held, informal, cancelled, proposed",
    ),
    ("m", "only the meetings that took place (held, informal)"),
    ("a", "every outcome again"),
    ("s r", "next sort, reverse"),
    ("c", "show or hide context events"),
    ("t", "choose the years shown (2018, 2017..2019, 2018..)"),
    ("e", "export what is shown to a file"),
    ("y", "copy the selected id"),
    (
        "T",
        "the full-screen timeline (+ - zoom, ← → or h l pan, Esc back)",
    ),
    ("?", "this help"),
    ("q Esc Ctrl-C", "quit"),
];

/// The first and last day of `dataset`'s encounters (with its context
/// events too, when `context`), to whole years.
fn year_bounds(dataset: &Dataset, context: bool) -> (chrono::NaiveDate, chrono::NaiveDate) {
    use chrono::{Datelike, NaiveDate};
    let dates = || {
        dataset
            .encounters
            .iter()
            .map(|e| &e.date)
            .chain(dataset.context.iter().filter(|_| context).map(|c| &c.date))
    };
    let first = dates().map(|d| d.start()).min().unwrap_or_default();
    let last = dates().map(|d| d.end()).max().unwrap_or(first);
    (
        NaiveDate::from_ymd_opt(first.year(), 1, 1).unwrap_or(first),
        NaiveDate::from_ymd_opt(last.year() + 1, 1, 1).unwrap_or(last),
    )
}

impl<'d> App<'d> {
    /// The browser on `dataset`, showing what `base` selects.
    pub fn new(dataset: &'d Dataset<'d>, base: Filter) -> Self {
        let outcomes = if base.outcomes.is_empty() {
            [true; 4]
        } else {
            Outcome::ALL.map(|o| base.outcomes.contains(&o))
        };
        let mut app = App {
            dataset,
            base,
            outcomes,
            sort: SortKey::Date,
            reverse: false,
            show_context: true,
            rows: Vec::new(),
            orders: Vec::new(),
            gaps: Vec::new(),
            bounds: year_bounds(dataset, false),
            extent: year_bounds(dataset, true),
            selected: 0,
            focus: Focus::List,
            detail_scroll: 0,
            mode: Mode::Normal,
            search: String::new(),
            scan: None,
            slice: SLICE,
            starts: Vec::new(),
            search_origin: 0,
            message: None,
            copy: None,
            export: None,
            list_view: std::cell::Cell::new((0, 0, 0)),
            timeline: false,
            zoom: 1,
            center: None,
            quit: false,
        };
        // The chronological order comes first: neighbours are found in it.
        let mut all: Vec<_> = dataset.encounters.iter().collect();
        summit::query::sort(&mut all, SortKey::Date, false);
        app.orders.push(((SortKey::Date, false), all));
        app.refresh();
        app
    }

    /// The dataset browsed.
    pub fn dataset(&self) -> &'d Dataset<'d> {
        self.dataset
    }

    /// The encounters shown, in order.
    pub fn rows(&self) -> &[&'d Encounter<'d>] {
        &self.rows
    }

    /// Every encounter of the dataset, oldest first.
    pub fn chronological(&self) -> &[&'d Encounter<'d>] {
        // The first order worked out, in `new`, is this one.
        &self.orders[0].1
    }

    /// The gaps between the meetings shown, oldest first.
    pub fn gaps(&self) -> &[summit::gaps::Gap<'d>] {
        &self.gaps
    }

    /// The selected encounter, if any is shown.
    pub fn current(&self) -> Option<&'d Encounter<'d>> {
        self.rows.get(self.selected).copied()
    }

    /// The filter in force: the command line's, with the toggled outcomes.
    pub fn filter(&self) -> Filter {
        let mut f = self.base.clone();
        f.outcomes = Outcome::ALL
            .into_iter()
            .zip(self.outcomes)
            .filter_map(|(o, on)| on.then_some(o))
            .collect();
        f
    }

    /// The command line's filters and the years chosen, in words, for the
    /// status line.
    pub fn describe_filters(&self) -> Vec<String> {
        let f = &self.base;
        let mut out = Vec::new();
        let range = summit::query::years::text;
        if !f.years.is_empty() {
            let years: Vec<String> = f.years.iter().map(range).collect();
            out.push(format!("years {}", years.join(", ")));
        }
        if let Some(d) = f.from {
            out.push(format!("from {d}"));
        }
        if let Some(d) = f.to {
            out.push(format!("to {d}"));
        }
        for (name, values) in [
            ("country", &f.countries),
            ("city", &f.cities),
            ("participant", &f.participants),
            ("topic", &f.topics),
            ("text", &f.texts),
        ] {
            if !values.is_empty() {
                out.push(format!("{name} {}", values.join(" or ")));
            }
        }
        out
    }

    /// The first and last day of the whole dataset, to whole years.
    pub fn bounds(&self) -> (chrono::NaiveDate, chrono::NaiveDate) {
        self.bounds
    }

    /// Days from the first to the last day of the dataset.
    pub fn span_days(&self) -> i64 {
        let (from, to) = self.extent;
        (to - from).num_days().max(1)
    }

    /// The day in the middle of the timeline view: where it was panned to,
    /// else the selection, else the middle of everything.
    pub fn view_center(&self) -> chrono::NaiveDate {
        let (from, _) = self.extent;
        self.center.unwrap_or_else(|| match self.current() {
            Some(e) if self.zoom > 1 => e.date.start(),
            _ => from + chrono::Duration::days(self.span_days() / 2),
        })
    }

    /// The days the timeline view shows, first and last.
    pub fn view(&self) -> (chrono::NaiveDate, chrono::NaiveDate) {
        let half = chrono::Duration::days(self.span_days() / i64::from(self.zoom.max(1)) / 2);
        let c = self.view_center();
        (c - half, c + half)
    }

    /// Select the list row drawn on screen line `y`, if one is.
    pub fn click(&mut self, y: u16) {
        let (top, height, offset) = self.list_view.get();
        if y >= top && y < top + height {
            let index = offset + usize::from(y - top);
            if index < self.rows.len() {
                self.scan = None;
                self.select(index);
                self.focus = Focus::List;
            }
        }
    }

    /// Show the years `typed` names (`2018`, `2017..2019`, `2018..`,
    /// several with commas), or every year when it is empty.
    fn set_years(&mut self, typed: &str) {
        let mut years = Vec::new();
        for part in typed.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            match summit::query::years::parse(part) {
                Ok(r) => years.push(r),
                Err(e) => {
                    self.message = Some(e);
                    return;
                }
            }
        }
        self.base.years = years;
        self.refresh();
    }

    /// Recompute the rows, keeping the selected encounter when it is
    /// still shown.
    fn refresh(&mut self) {
        self.scan = None;
        let keep = self.current().map(|e| e.id.clone());
        let filter = self.filter();
        let order = (self.sort, self.reverse);
        let i = match self.orders.iter().position(|(o, _)| *o == order) {
            Some(i) => i,
            None => {
                let mut all: Vec<_> = self.dataset.encounters.iter().collect();
                summit::query::sort(&mut all, self.sort, self.reverse);
                self.orders.push((order, all));
                self.orders.len() - 1
            }
        };
        // No outcome chosen shows nothing: to the library, an empty list of
        // outcomes would mean any.
        self.rows = if self.outcomes.contains(&true) {
            filter.apply(self.orders[i].1.iter().copied())
        } else {
            Vec::new()
        };
        self.gaps = summit::gaps::between_meetings(&self.rows);
        self.selected = keep
            .and_then(|id| self.rows.iter().position(|e| e.id == id))
            .unwrap_or(0);
        self.detail_scroll = 0;
    }

    fn select(&mut self, index: usize) {
        let last = self.rows.len().saturating_sub(1);
        let index = index.min(last);
        if index != self.selected {
            self.selected = index;
            self.detail_scroll = 0;
        }
    }

    /// Look for the next (or previous) encounter after the selection that
    /// matches the last search, wrapping around.
    fn find(&mut self, forward: bool) {
        self.scan = None;
        if self.search.trim().is_empty() || self.rows.is_empty() {
            return;
        }
        let n = self.rows.len();
        let at = if forward {
            (self.selected + 1) % n
        } else {
            (self.selected + n - 1) % n
        };
        self.start_scan(self.search.clone(), at, n, forward, false);
    }

    /// Look for the first encounter that matches what is typed after `/`,
    /// from where its prefix left off.
    fn find_typed(&mut self, typed: String) {
        self.scan = None;
        let at = self.starts.last().copied().unwrap_or(0);
        let left = self.rows.len().saturating_sub(at);
        self.start_scan(typed, at, left, true, true);
    }

    fn start_scan(&mut self, query: String, at: usize, left: usize, forward: bool, typing: bool) {
        let matcher = summit::search::Matcher::new(&query);
        if matcher.is_empty() {
            return;
        }
        self.scan = Some(Scan {
            matcher,
            query,
            at,
            left,
            total: left,
            forward,
            typing,
        });
        self.work(self.slice);
    }

    /// Read on in the search under way for at most about `budget`; true
    /// while there is more to read.
    pub fn work(&mut self, budget: std::time::Duration) -> bool {
        let Some(mut scan) = self.scan.take() else {
            return false;
        };
        let started = std::time::Instant::now();
        let n = self.rows.len();
        let mut found = None;
        while scan.left > 0 {
            let i = scan.at;
            if scan.matcher.matches(self.rows[i]) {
                found = Some(i);
                break;
            }
            scan.left -= 1;
            scan.at = if scan.forward {
                (i + 1) % n
            } else {
                (i + n - 1) % n
            };
            if scan.left % 256 == 0 && started.elapsed() >= budget {
                break;
            }
        }
        if scan.typing {
            // Nothing before here matches what is typed.
            if let Some(start) = self.starts.last_mut() {
                *start = found.unwrap_or(if scan.left == 0 { n } else { scan.at });
            }
        }
        if let Some(i) = found {
            self.select(i);
            self.message = None;
        } else if scan.left == 0 {
            if scan.typing {
                // As less and vim do: back to where the search started.
                self.select(self.search_origin);
            }
            self.message = Some(format!("nothing matches \"{}\"", scan.query));
        } else {
            self.scan = Some(scan);
        }
        self.scan.is_some()
    }

    /// How far the search under way has read, from 0 to 1, if one is.
    pub fn searching(&self) -> Option<f64> {
        self.scan
            .as_ref()
            .map(|s| 1.0 - s.left as f64 / s.total.max(1) as f64)
    }

    /// Do what `key` asks, with `page` rows to a page.
    pub fn key(&mut self, key: KeyEvent, page: usize) {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        if ctrl && key.code == KeyCode::Char('c') {
            self.quit = true;
            return;
        }
        match &mut self.mode {
            Mode::Help => {
                self.mode = Mode::Normal;
                return;
            }
            Mode::Search(text) => {
                match key.code {
                    KeyCode::Esc => {
                        self.mode = Mode::Normal;
                        self.scan = None;
                    }
                    KeyCode::Enter => {
                        self.search = std::mem::take(text);
                        self.mode = Mode::Normal;
                        // Stay on the match typing found, or let the search
                        // under way find it; else look on.
                        let matcher = summit::search::Matcher::new(&self.search);
                        if self.scan.is_none()
                            && !self.current().is_some_and(|e| matcher.matches(e))
                        {
                            self.find(true);
                        }
                    }
                    KeyCode::Backspace => {
                        if text.pop().is_some() {
                            self.starts.pop();
                        }
                        let typed = text.clone();
                        self.message = None;
                        self.find_typed(typed);
                    }
                    KeyCode::Char(c) => {
                        text.push(c);
                        let typed = text.clone();
                        let from = self.starts.last().copied().unwrap_or(0);
                        self.starts.push(from);
                        self.find_typed(typed);
                    }
                    _ => {}
                }
                return;
            }
            Mode::Years(text) | Mode::Export(text) => {
                match key.code {
                    KeyCode::Esc => self.mode = Mode::Normal,
                    KeyCode::Backspace => {
                        text.pop();
                    }
                    KeyCode::Char(c) => text.push(c),
                    KeyCode::Enter => {
                        let typed = std::mem::take(text);
                        let years = matches!(self.mode, Mode::Years(_));
                        self.mode = Mode::Normal;
                        if years {
                            self.set_years(&typed);
                        } else if !typed.trim().is_empty() {
                            self.export = Some(typed.trim().into());
                        }
                    }
                    _ => {}
                }
                return;
            }
            Mode::Normal => {}
        }
        // A key stops a search under way; n and N start another.
        self.scan = None;
        self.message = None;
        let page = page.max(1);
        if self.timeline {
            let step = |app: &App| {
                // A quarter of what is in view, in days.
                let span = app.span_days() / i64::from(app.zoom.max(1));
                chrono::Duration::days((span / 4).max(1))
            };
            match key.code {
                KeyCode::Esc | KeyCode::Char('T') => {
                    self.timeline = false;
                    return;
                }
                KeyCode::Char('+' | '=') => {
                    self.zoom = (self.zoom * 2).min(64);
                    return;
                }
                KeyCode::Char('-') => {
                    self.zoom = (self.zoom / 2).max(1);
                    return;
                }
                // Panning stops at the first and last day of the data.
                KeyCode::Left | KeyCode::Char('h') => {
                    let c = self.view_center();
                    self.center = Some((c - step(self)).max(self.extent.0));
                    return;
                }
                KeyCode::Right | KeyCode::Char('l') => {
                    let c = self.view_center();
                    self.center = Some((c + step(self)).min(self.extent.1));
                    return;
                }
                KeyCode::Up | KeyCode::Down | KeyCode::Char('j' | 'k') => self.center = None,
                _ => {}
            }
        }
        match (self.focus, key.code) {
            (_, KeyCode::Char('q')) => self.quit = true,
            (Focus::Detail, KeyCode::Esc | KeyCode::Tab) => self.focus = Focus::List,
            (Focus::List, KeyCode::Esc) => self.quit = true,
            (Focus::List, KeyCode::Enter | KeyCode::Tab) if self.current().is_some() => {
                self.focus = Focus::Detail
            }
            (Focus::List, KeyCode::Down | KeyCode::Char('j')) => self.select(self.selected + 1),
            (Focus::List, KeyCode::Up | KeyCode::Char('k')) => {
                self.select(self.selected.saturating_sub(1))
            }
            (Focus::List, KeyCode::PageDown) => self.select(self.selected + page),
            (Focus::List, KeyCode::PageUp) => self.select(self.selected.saturating_sub(page)),
            (Focus::List, KeyCode::Home | KeyCode::Char('g')) => self.select(0),
            (Focus::List, KeyCode::End | KeyCode::Char('G')) => self.select(usize::MAX),
            (Focus::Detail, KeyCode::Down | KeyCode::Char('j')) => {
                self.detail_scroll = self.detail_scroll.saturating_add(1)
            }
            (Focus::Detail, KeyCode::Up | KeyCode::Char('k')) => {
                self.detail_scroll = self.detail_scroll.saturating_sub(1)
            }
            (Focus::Detail, KeyCode::PageDown) => {
                self.detail_scroll = self.detail_scroll.saturating_add(page as u16)
            }
            (Focus::Detail, KeyCode::PageUp) => {
                self.detail_scroll = self.detail_scroll.saturating_sub(page as u16)
            }
            (Focus::Detail, KeyCode::Home | KeyCode::Char('g')) => self.detail_scroll = 0,
            (_, KeyCode::Char('/')) => {
                self.mode = Mode::Search(String::new());
                self.starts = vec![0];
                self.search_origin = self.selected;
            }
            (_, KeyCode::Char('n')) => self.find(true),
            (_, KeyCode::Char('N')) => self.find(false),
            (_, KeyCode::Char(c @ '1'..='4')) => {
                let i = usize::from(c as u8 - b'1');
                self.outcomes[i] = !self.outcomes[i];
                self.refresh();
            }
            (_, KeyCode::Char('m')) => {
                self.outcomes = Outcome::ALL.map(Outcome::took_place);
                self.refresh();
            }
            (_, KeyCode::Char('a')) => {
                self.outcomes = [true; 4];
                self.refresh();
            }
            (_, KeyCode::Char('s')) => {
                let i = SortKey::ALL
                    .iter()
                    .position(|k| *k == self.sort)
                    .unwrap_or(0);
                self.sort = SortKey::ALL[(i + 1) % SortKey::ALL.len()];
                self.refresh();
            }
            (_, KeyCode::Char('r')) => {
                self.reverse = !self.reverse;
                self.refresh();
            }
            (_, KeyCode::Char('c')) => self.show_context = !self.show_context,
            (_, KeyCode::Char('y')) => {
                if let Some(e) = self.current() {
                    self.copy = Some(e.id.to_string());
                    self.message = Some(format!("copied {}", e.id));
                }
            }
            (_, KeyCode::Char('?')) => self.mode = Mode::Help,
            (_, KeyCode::Char('t')) => self.mode = Mode::Years(String::new()),
            (_, KeyCode::Char('T')) => {
                self.timeline = true;
                self.focus = Focus::List;
            }
            (_, KeyCode::Char('e')) => self.mode = Mode::Export(String::new()),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(app: &mut App, keys: &str) {
        for c in keys.chars() {
            let code = match c {
                '\n' => KeyCode::Enter,
                '\t' => KeyCode::Tab,
                '\u{1b}' => KeyCode::Esc,
                c => KeyCode::Char(c),
            };
            app.key(KeyEvent::from(code), 10);
        }
    }

    fn ids(app: &App) -> Vec<String> {
        app.rows().iter().map(|e| e.id.to_string()).collect()
    }

    #[test]
    fn moves_and_stays_in_bounds() {
        let d = Dataset::bundled().unwrap();
        let mut app = App::new(&d, Filter::default());
        assert_eq!(app.current().unwrap().id, "hamburg-2017");
        press(&mut app, "jj");
        assert_eq!(app.current().unwrap().id, "da-nang-2017");
        press(&mut app, "kkkk");
        assert_eq!(app.selected, 0);
        press(&mut app, "G");
        assert_eq!(app.current().unwrap().id, "budapest-2025");
        press(&mut app, "j");
        assert_eq!(app.current().unwrap().id, "budapest-2025");
        app.key(KeyEvent::from(KeyCode::PageUp), 10);
        assert_eq!(app.selected, 0);
        press(&mut app, "g");
        assert_eq!(app.selected, 0);
    }

    #[test]
    fn focus_moves_into_the_detail_and_back() {
        let d = Dataset::bundled().unwrap();
        let mut app = App::new(&d, Filter::default());
        press(&mut app, "\n");
        assert_eq!(app.focus, Focus::Detail);
        press(&mut app, "jjj");
        assert_eq!((app.detail_scroll, app.selected), (3, 0));
        press(&mut app, "\u{1b}");
        assert_eq!(app.focus, Focus::List);
        assert!(!app.quit);
        press(&mut app, "j");
        assert_eq!((app.detail_scroll, app.selected), (0, 1));
        press(&mut app, "\u{1b}");
        assert!(app.quit);
    }

    /// `n` encounters, the one at index `at` the only one mentioning a
    /// needle.
    fn haystack(n: usize, at: usize) -> String {
        let encounters: Vec<serde_json::Value> = (0..n)
            .map(|i| {
                serde_json::json!({
                    "id": format!("e{i}"), "title": format!("Talks {i}"),
                    "date": format!("{}-01-01", 1000 + i), "city": "Oslo",
                    "country": "Norway", "occasion": "Talks", "outcome": "held",
                    "summary": if i == at { "A needle." } else { "Hay." },
                    "sources": ["s"]
                })
            })
            .collect();
        serde_json::json!({
            "title": "t", "description": "d", "updated": "2026-11-29",
            "sources": [{"id": "s", "title": "S", "publisher": "P", "date": "2026"}],
            "encounters": encounters
        })
        .to_string()
    }

    #[test]
    fn a_long_search_reads_in_slices_and_keys_go_on() {
        let json = haystack(1000, 900);
        let d = Dataset::from_str_with(&json, summit::Origin::Bundled).unwrap();
        let mut app = App::new(&d, Filter::default());
        // A slice of no time reads 256 rows, then yields.
        app.slice = std::time::Duration::ZERO;
        press(&mut app, "/need");
        assert_eq!(app.selected, 0, "no match yet, so the selection stays");
        let done = app.searching().unwrap();
        assert!(done > 0.0 && done < 1.0, "{done}");
        // Each character reads on from where the last one stopped.
        press(&mut app, "le");
        let mut slices = 0;
        while app.work(std::time::Duration::ZERO) {
            slices += 1;
        }
        assert_eq!(app.current().unwrap().id, "e900");
        assert!(slices < 4, "read from the start again: {slices} slices");
        assert_eq!(app.searching(), None);
        // A longer text reads on from the match; nothing after it matches.
        press(&mut app, "x");
        while app.work(std::time::Duration::ZERO) {}
        assert!(app.message.as_deref().unwrap().contains("nothing matches"));
        // Back where the search started, as less and vim go.
        assert_eq!(app.current().unwrap().id, "e0");
        // Backspace goes back to the shorter text's match at once.
        app.key(KeyEvent::from(KeyCode::Backspace), 10);
        assert_eq!(
            (app.current().unwrap().id.as_ref(), app.message.clone()),
            ("e900", None)
        );
        press(&mut app, "\n");
        assert_eq!(app.search, "needle");
        // n wraps round to the same match; a key stops a search under way.
        press(&mut app, "gn");
        assert!(app.searching().is_some());
        press(&mut app, "j");
        assert_eq!((app.searching(), app.selected), (None, 1));
        press(&mut app, "n");
        while app.work(std::time::Duration::ZERO) {}
        assert_eq!(app.current().unwrap().id, "e900");
        // Esc while typing stops the search too.
        press(&mut app, "g/q");
        assert!(app.searching().is_some());
        press(&mut app, "\u{1b}");
        assert_eq!((app.mode.clone(), app.searching()), (Mode::Normal, None));
    }

    #[test]
    fn searches_incrementally_and_with_n() {
        let d = Dataset::bundled().unwrap();
        let mut app = App::new(&d, Filter::default());
        press(&mut app, "/orb");
        assert_eq!(app.current().unwrap().id, "budapest-2025");
        press(&mut app, "\n");
        assert_eq!(app.mode, Mode::Normal);
        assert_eq!(app.search, "orb");
        press(&mut app, "/election\n");
        let first = app.current().unwrap().id.to_string();
        press(&mut app, "n");
        let second = app.current().unwrap().id.to_string();
        assert_ne!(first, second);
        press(&mut app, "N");
        assert_eq!(app.current().unwrap().id, first);
        press(&mut app, "/xylophone\n");
        assert!(app.message.as_deref().unwrap().contains("nothing matches"));
    }

    #[test]
    fn outcomes_sort_and_context_toggle() {
        let d = Dataset::bundled().unwrap();
        let mut app = App::new(&d, Filter::default());
        assert_eq!(app.rows().len(), 11);
        press(&mut app, "1");
        assert!(app.rows().iter().all(|e| e.outcome != Outcome::Held));
        press(&mut app, "1m");
        assert!(app.rows().iter().all(|e| e.outcome.took_place()));
        // Again, the same: only the meetings that took place.
        press(&mut app, "m");
        assert_eq!(app.rows().len(), 7);
        assert!(app.rows().iter().all(|e| e.outcome.took_place()));
        press(&mut app, "a");
        assert_eq!(app.rows().len(), 11);
        press(&mut app, "r");
        assert_eq!(ids(&app)[0], "budapest-2025");
        press(&mut app, "rs");
        assert_eq!(app.sort, SortKey::Duration);
        press(&mut app, "c");
        assert!(!app.show_context);
        press(&mut app, "y");
        assert!(app.copy.is_some());
        press(&mut app, "?");
        assert_eq!(app.mode, Mode::Help);
        press(&mut app, "x");
        assert_eq!(app.mode, Mode::Normal);
        app.key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL), 10);
        assert!(app.quit);
    }

    #[test]
    fn each_number_toggles_its_own_outcome() {
        let d = Dataset::bundled().unwrap();
        for (key, outcome) in ['1', '2', '3', '4'].into_iter().zip(Outcome::ALL) {
            let mut app = App::new(&d, Filter::default());
            let with = d.encounters.iter().filter(|e| e.outcome == outcome).count();
            assert!(with > 0);
            press(&mut app, &key.to_string());
            assert_eq!(app.rows().len(), 11 - with, "{key}");
            assert!(app.rows().iter().all(|e| e.outcome != outcome), "{key}");
            assert_eq!(app.filter().outcomes.len(), 3, "{key}");
            press(&mut app, &key.to_string());
            assert_eq!(app.rows().len(), 11, "{key} again");
        }
    }

    #[test]
    fn hiding_every_outcome_shows_nothing() {
        let d = Dataset::bundled().unwrap();
        let mut app = App::new(&d, Filter::default());
        press(&mut app, "1234");
        assert!(app.rows().is_empty());
        assert!(app.current().is_none());
        // Moving, searching and sorting an empty list do nothing wrong.
        press(&mut app, "jkGgns/helsinki\n");
        assert!(app.rows().is_empty());
        press(&mut app, "3");
        assert!(app.rows().iter().all(|e| e.outcome == Outcome::Cancelled));
        assert_eq!(app.rows().len(), 2);
    }

    #[test]
    fn shift_n_wraps_from_the_top_to_the_last_match() {
        let d = Dataset::bundled().unwrap();
        let mut app = App::new(&d, Filter::default());
        // Matches: the Helsinki summit, and records that mention Helsinki.
        press(&mut app, "/helsinki\n");
        let matcher = summit::search::Matcher::new("helsinki");
        let matching: Vec<usize> = (0..app.rows().len())
            .filter(|&i| matcher.matches(app.rows()[i]))
            .collect();
        assert!(matching.len() >= 2, "{matching:?}");
        press(&mut app, "g");
        assert!(!matcher.matches(app.rows()[0]));
        press(&mut app, "N");
        while app.work(std::time::Duration::ZERO) {}
        assert_eq!(app.selected, *matching.last().unwrap());
        press(&mut app, "N");
        while app.work(std::time::Duration::ZERO) {}
        assert_eq!(app.selected, matching[matching.len() - 2]);
        // And n from the last match wraps to the first.
        press(&mut app, "G");
        press(&mut app, "n");
        while app.work(std::time::Duration::ZERO) {}
        assert_eq!(app.selected, matching[0]);
    }

    #[test]
    fn years_prompt_export_prompt_and_the_mouse() {
        let d = Dataset::bundled().unwrap();
        let mut app = App::new(&d, Filter::default());
        press(&mut app, "t2018..2019\n");
        assert_eq!(app.rows().len(), 5);
        assert_eq!(app.describe_filters(), ["years 2018..2019"]);
        press(&mut app, "t2019\n");
        assert_eq!(ids(&app), ["osaka-2019"]);
        press(&mut app, "t\n");
        assert_eq!(app.rows().len(), 11);
        press(&mut app, "tsoon\n");
        assert!(app.message.as_deref().unwrap().contains("not a year"));
        assert_eq!(app.rows().len(), 11);
        press(&mut app, "eout.csv\n");
        assert_eq!(app.export.as_deref(), Some(std::path::Path::new("out.csv")));
        press(&mut app, "e\u{1b}");
        assert_eq!(app.mode, Mode::Normal);
        // A click on the fourth row drawn.
        app.list_view.set((4, 10, 0));
        app.click(7);
        assert_eq!(app.current().unwrap().id, "helsinki-2018");
        app.click(30);
        assert_eq!(app.current().unwrap().id, "helsinki-2018");
    }

    #[test]
    fn the_timeline_zooms_and_pans() {
        let d = Dataset::bundled().unwrap();
        let mut app = App::new(&d, Filter::default());
        press(&mut app, "T");
        assert!(app.timeline);
        let (a, b) = app.view();
        assert_eq!((b - a).num_days(), app.span_days() / 2 * 2);
        press(&mut app, "++");
        assert_eq!(app.zoom, 4);
        let (a4, b4) = app.view();
        assert!((b4 - a4).num_days() * 4 <= app.span_days() + 4);
        // Centred on the selection until panned.
        assert_eq!(app.view_center(), app.current().unwrap().date.start());
        press(&mut app, "l");
        assert!(app.view_center() > app.current().unwrap().date.start());
        press(&mut app, "hh");
        assert!(app.view_center() < app.current().unwrap().date.start());
        press(&mut app, "j");
        assert_eq!(app.view_center(), app.current().unwrap().date.start());
        press(&mut app, "-------");
        assert_eq!(app.zoom, 1);
        press(&mut app, "\u{1b}");
        assert!(!app.timeline && !app.quit);
    }

    #[test]
    fn the_selection_survives_a_refresh() {
        let d = Dataset::bundled().unwrap();
        let mut app = App::new(&d, Filter::default());
        press(&mut app, "/helsinki\n");
        assert_eq!(app.current().unwrap().id, "helsinki-2018");
        press(&mut app, "2");
        assert_eq!(app.current().unwrap().id, "helsinki-2018");
        press(&mut app, "r");
        assert_eq!(app.current().unwrap().id, "helsinki-2018");
    }
}
