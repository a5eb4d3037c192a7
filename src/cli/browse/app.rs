//! The browser's state and what each [`Control`] does to it, apart from
//! any terminal: tests drive it with controls and keys.

use summit::{Dataset, Encounter, Filter};

use super::geometry::Geometry;
use super::input::Reading;
use super::keys::Control;
use super::list::List;
use super::prompt::{self, Edit};
use super::search::{self, Search};
use super::view::View;

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
    /// Typing a country, participant or topic after `f`.
    Filter(String),
}

impl Mode {
    /// The text of the prompt open, if one is.
    fn typed_mut(&mut self) -> Option<&mut String> {
        match self {
            Mode::Search(t) | Mode::Years(t) | Mode::Export(t) | Mode::Filter(t) => Some(t),
            Mode::Help | Mode::Normal => None,
        }
    }

    /// How the keys are read: text in a prompt, any key over the help.
    pub fn reading(&self) -> Reading {
        match self {
            Mode::Search(_) | Mode::Years(_) | Mode::Export(_) | Mode::Filter(_) => Reading::Text,
            Mode::Help => Reading::Help,
            Mode::Normal => Reading::Keys,
        }
    }
}

/// The browser's whole state.
pub struct App<'d> {
    /// The list and its selection.
    pub list: List<'d>,
    /// The search.
    pub search: Search,
    /// The full-screen timeline.
    pub view: View,
    pub focus: Focus,
    pub detail_scroll: u16,
    /// How far the help is scrolled, on a screen too low for all of it.
    pub help_scroll: u16,
    pub mode: Mode,
    /// A line for the status bar: a search that found nothing, a copied id.
    pub message: Option<String>,
    /// Text to put on the clipboard (OSC 52) at the next draw.
    pub copy: Option<String>,
    /// A file to export what is shown to, asked for with `e`; the
    /// terminal loop writes it and reports.
    pub export: Option<std::path::PathBuf>,
    /// What is typed narrows the list to the matches (`&`), rather than
    /// finding them in the whole list (`/`); Tab switches.
    pub narrowing: bool,
    /// The rows that match the last search, while the list is unchanged:
    /// worked out when a search is given and on `n` and `N`, for "match 2
    /// of 5" on the status line.
    pub matches: Option<Vec<usize>>,
    /// The last key was an Esc that offered to clear every filter.
    clear_armed: bool,
    pub quit: bool,
}

/// What the first Esc on a filtered list says.
const CLEAR_AGAIN: &str = "Esc again clears every filter";

impl<'d> App<'d> {
    /// The browser on `dataset`, showing what `base` selects.
    pub fn new(dataset: &'d Dataset<'d>, base: Filter) -> Self {
        App {
            list: List::new(dataset, base),
            search: Search::new(),
            view: View::new(),
            focus: Focus::List,
            detail_scroll: 0,
            help_scroll: 0,
            mode: Mode::Normal,
            message: None,
            copy: None,
            export: None,
            narrowing: false,
            matches: None,
            clear_armed: false,
            quit: false,
        }
    }

    /// The selected encounter, if any is shown.
    pub fn current(&self) -> Option<&'d Encounter<'d>> {
        self.list.current()
    }

    /// The first and last day the timeline view shows.
    pub fn view_days(&self) -> (chrono::NaiveDate, chrono::NaiveDate) {
        self.view.days(
            self.list.shown_extent(),
            self.current().map(|e| e.date.start()),
        )
    }

    /// Read on in a search under way for at most about `budget`; true
    /// while there is more to read.
    pub fn work(&mut self, budget: std::time::Duration) -> bool {
        let outcome = self.search.work(&mut self.list, budget);
        self.heard(outcome);
        self.search.progress().is_some()
    }

    /// Say on the status line what a search found; keep the detail at its
    /// top when the selection moved.
    fn heard(&mut self, outcome: search::Outcome) {
        match outcome {
            search::Outcome::Found => {
                self.message = None;
                self.detail_scroll = 0;
            }
            search::Outcome::Nothing(query) => {
                self.message = Some(format!("nothing matches \"{query}\""));
            }
            search::Outcome::Reading | search::Outcome::Idle => {}
        }
    }

    /// Select row `index`, the detail at its top when the selection moves.
    fn select(&mut self, index: usize) {
        if self.list.select(index) {
            self.detail_scroll = 0;
        }
    }

    /// After the list changed: no search reads on, the detail starts at
    /// its top.
    fn changed(&mut self) {
        self.search.stop();
        self.detail_scroll = 0;
        self.matches = None;
        // With nothing to read, the keys go back to the list, which says
        // why it is empty.
        if self.list.rows().is_empty() {
            self.focus = Focus::List;
        }
    }

    /// The rows that match the last search, worked out once for a list.
    fn count_matches(&mut self) {
        let matcher = summit::search::Matcher::new(&self.search.last);
        self.matches = (!matcher.is_empty()).then(|| {
            (0..self.list.rows().len())
                .filter(|&i| matcher.matches(self.list.rows()[i]))
                .collect()
        });
    }

    /// Whether anything chooses what the list shows: years, a pick, a
    /// kind hidden.
    fn filtered(&self) -> bool {
        !self.list.describe_filters().is_empty() || self.list.kinds.contains(&false)
    }

    /// Where the selection is among the matches of the last search: its
    /// place (1 for the first; `None` when it is not one) and how many.
    pub fn match_position(&self) -> Option<(Option<usize>, usize)> {
        let matches = self.matches.as_ref()?;
        let at = matches.iter().position(|&i| i == self.list.selected);
        Some((at.map(|i| i + 1), matches.len()))
    }

    /// What to mark as matched in the list and the detail: the text the
    /// list is narrowed to, or being typed, or the last search.
    pub fn highlighter(&self) -> Option<summit::search::Matcher> {
        let text = match &self.mode {
            Mode::Search(typed) => typed.as_str(),
            _ => self.list.narrowed().unwrap_or(&self.search.last),
        };
        let m = summit::search::Matcher::new(text);
        (!m.is_empty()).then_some(m)
    }

    /// Do what `control` asks, on the screen the last frame measured.
    pub fn apply(&mut self, control: Control, drawn: &Geometry) {
        if control == Control::Quit {
            // As in a pager: q in the detail goes back to the list.
            if self.focus == Focus::Detail && self.mode == Mode::Normal && !self.view.on {
                self.focus = Focus::List;
            } else {
                self.quit = true;
            }
            return;
        }
        match &mut self.mode {
            Mode::Help => {
                // The moving keys scroll the help, as far as it goes;
                // any other closes it.
                let (scroll, end) = (self.help_scroll, drawn.help_end);
                let page = u16::try_from(drawn.page).unwrap_or(u16::MAX);
                self.help_scroll = match control {
                    Control::Down => scroll.saturating_add(1).min(end),
                    Control::Up => scroll.saturating_sub(1),
                    Control::PageDown => scroll.saturating_add(page).min(end),
                    Control::PageUp => scroll.saturating_sub(page),
                    Control::First => 0,
                    Control::Last => end,
                    _ => {
                        self.mode = Mode::Normal;
                        0
                    }
                };
                return;
            }
            Mode::Search(_) | Mode::Years(_) | Mode::Export(_) | Mode::Filter(_) => {
                self.prompt(control);
                return;
            }
            Mode::Normal => {}
        }
        // A key stops a search under way; n and N start another.
        self.search.stop();
        self.message = None;
        if self.view.on && self.timeline(control) {
            return;
        }
        self.normal(control, drawn);
    }

    /// A key typed into the prompt open: the one editor changes the
    /// text; what the change means is the prompt's.
    fn prompt(&mut self, control: Control) {
        let Some(text) = self.mode.typed_mut() else {
            return;
        };
        match prompt::edit(text, control) {
            Edit::Changed { erased } => {
                if let Mode::Search(typed) = &self.mode {
                    let typed = typed.clone();
                    self.searching(&typed, erased);
                }
            }
            Edit::Cancelled => {
                // Esc clears what a search marked or narrowed as it was typed.
                if matches!(self.mode, Mode::Search(_)) {
                    self.search.stop();
                    self.list.narrow_to("");
                    self.changed();
                }
                self.mode = Mode::Normal;
            }
            Edit::Submitted(typed) => {
                let mode = std::mem::replace(&mut self.mode, Mode::Normal);
                self.submitted(&mode, typed);
            }
            Edit::Other(Control::SwitchPane) => self.tab_in_prompt(),
            Edit::Other(_) => {}
        }
    }

    /// The search being typed is now `typed`: narrow to it, or find it.
    fn searching(&mut self, typed: &str, erased: bool) {
        self.message = None;
        if self.narrowing {
            self.list.narrow_to(typed);
            self.changed();
        } else {
            let outcome = self.search.typed(&mut self.list, typed, erased);
            self.heard(outcome);
        }
    }

    /// Tab in a prompt: a search switches between narrowing and finding;
    /// a pick completes to the first value that fits.
    fn tab_in_prompt(&mut self) {
        match &mut self.mode {
            Mode::Search(typed) => {
                let typed = typed.clone();
                self.narrowing = !self.narrowing;
                self.search.stop();
                if self.narrowing {
                    self.list.narrow_to(&typed);
                } else {
                    self.list.narrow_to("");
                    self.search.begin(self.list.selected);
                    let outcome = self.search.typed(&mut self.list, &typed, false);
                    self.heard(outcome);
                }
                self.changed();
            }
            Mode::Filter(typed) => {
                if let Some(v) = self.list.picks(typed).first() {
                    *typed = v.value.clone();
                }
            }
            _ => {}
        }
    }

    /// What `typed`, given with Enter in the prompt `mode`, does.
    fn submitted(&mut self, mode: &Mode, typed: String) {
        match mode {
            Mode::Search(_) if self.narrowing => {
                self.search.last.clear();
                if self.list.rows().is_empty() {
                    self.message = Some(format!("nothing matches &{typed}"));
                }
            }
            Mode::Search(_) => {
                let outcome = self.search.submit(&mut self.list, typed);
                self.heard(outcome);
                self.count_matches();
                if self.matches.as_ref().is_some_and(Vec::is_empty) {
                    self.message = Some(format!("nothing matches \"{}\"", self.search.last));
                }
            }
            Mode::Filter(_) => self.pick(&typed),
            Mode::Years(_) => match self.list.set_years(&typed) {
                Ok(()) => self.changed(),
                Err(e) => self.message = Some(e),
            },
            Mode::Export(_) if !typed.trim().is_empty() => {
                self.export = Some(home_expanded(typed.trim()));
            }
            _ => {}
        }
    }

    /// Show only what has the country, participant or topic `typed` is
    /// like; nothing typed undoes the picks.
    fn pick(&mut self, typed: &str) {
        if typed.trim().is_empty() {
            self.list.clear_picks();
            self.changed();
            return;
        }
        let Some(v) = self.list.picks(typed).into_iter().next() else {
            self.message = Some(format!(
                "no country, participant or topic in the data is like \"{typed}\""
            ));
            return;
        };
        let before = self.list.on();
        self.list.pick(&v);
        self.changed();
        if self.list.rows().is_empty() {
            self.message = Some(format!(
                "no record is both {} {} and {}: together they leave nothing (f then Enter with nothing typed undoes the picks)",
                v.kind,
                v.value,
                before.join("; ")
            ));
        }
    }

    /// What the full-screen timeline does with `control`; false for what
    /// it leaves to the list.
    fn timeline(&mut self, control: Control) -> bool {
        let extent = self.list.shown_extent();
        let selected = self.current().map(|e| e.date.start());
        match control {
            Control::Back | Control::Timeline => self.view.on = false,
            Control::ZoomIn => self.view.zoom(true),
            Control::ZoomOut => self.view.zoom(false),
            Control::PanLeft => self.view.pan(false, extent, selected),
            Control::PanRight => self.view.pan(true, extent, selected),
            // Moving the selection centres the view on it again.
            Control::Up | Control::Down => {
                self.view.center = None;
                return false;
            }
            _ => return false,
        }
        true
    }

    fn normal(&mut self, control: Control, drawn: &Geometry) {
        let page = drawn.page.max(1);
        // A second Esc right after the first clears every filter.
        let armed = std::mem::take(&mut self.clear_armed);
        let selected = self.list.selected;
        let scroll = self.detail_scroll;
        let in_detail = self.focus == Focus::Detail;
        match control {
            Control::Back if in_detail => self.focus = Focus::List,
            // Esc on the list undoes a narrowing, then a kept search (it
            // never quits); then, pressed twice, every filter.
            Control::Back if self.list.narrowed().is_some() => {
                self.list.narrow_to("");
                self.changed();
            }
            Control::Back if !self.search.last.is_empty() => {
                self.search.last.clear();
                self.matches = None;
            }
            Control::Back if self.filtered() => {
                if armed {
                    self.list.clear_filters();
                    self.changed();
                } else {
                    self.clear_armed = true;
                    self.message = Some(CLEAR_AGAIN.to_string());
                }
            }
            Control::Open if self.current().is_some() => self.focus = Focus::Detail,
            Control::SwitchPane if in_detail => self.focus = Focus::List,
            Control::SwitchPane if self.current().is_some() => self.focus = Focus::Detail,
            // The detail scrolls as a pager's text does, down to its
            // last line at the foot of the pane and no further; a page
            // is the pane's height less a line, kept for context.
            Control::Down if in_detail => {
                self.detail_scroll = scroll.saturating_add(1).min(drawn.detail_end());
            }
            Control::Up if in_detail => self.detail_scroll = scroll.saturating_sub(1),
            Control::PageDown if in_detail => {
                self.detail_scroll = scroll
                    .saturating_add(detail_page(drawn))
                    .min(drawn.detail_end());
            }
            Control::PageUp if in_detail => {
                self.detail_scroll = scroll.saturating_sub(detail_page(drawn));
            }
            Control::First if in_detail => self.detail_scroll = 0,
            Control::Last if in_detail => self.detail_scroll = drawn.detail_end(),
            Control::Down => self.select(selected + 1),
            Control::Up => self.select(selected.saturating_sub(1)),
            Control::PageDown => self.select(selected + page),
            Control::PageUp => self.select(selected.saturating_sub(page)),
            Control::First => self.select(0),
            Control::Last => self.select(usize::MAX),
            Control::Search | Control::Narrow => {
                self.narrowing = control == Control::Narrow;
                self.mode = Mode::Search(String::new());
                self.search.begin(selected);
            }
            Control::NextMatch | Control::PreviousMatch => {
                let forward = control == Control::NextMatch;
                let outcome = self.search.next(&mut self.list, forward);
                self.heard(outcome);
                if self.matches.is_none() {
                    self.count_matches();
                }
            }
            Control::Toggle(outcome) => {
                self.list.toggle(outcome);
                self.changed();
            }
            Control::OnlyMeetings => {
                // The meetings in person: held and informal.
                self.list.show_only(
                    summit::RecordKind::ALL.map(|k| {
                        matches!(k, summit::RecordKind::Held | summit::RecordKind::Informal)
                    }),
                );
                self.changed();
            }
            Control::AllOutcomes => {
                self.list.show_only([true; 6]);
                self.changed();
            }
            Control::NextSort => {
                self.list.next_sort();
                self.changed();
            }
            Control::Reverse => {
                self.list.reverse();
                self.changed();
            }
            Control::ToggleContext => self.list.show_context = !self.list.show_context,
            Control::Copy => {
                if let Some(e) = self.current() {
                    self.copy = Some(e.id.to_string());
                    // The terminal sets the clipboard (OSC 52), and says
                    // nothing back: whether it did is not known here.
                    self.message = Some(format!(
                        "{} sent to the clipboard through the terminal; if it does not arrive, the terminal does not let programs set the clipboard (tmux: set-clipboard on)",
                        e.id
                    ));
                }
            }
            Control::Help => self.mode = Mode::Help,
            // The prompt starts with the years in effect, to edit.
            Control::ChooseYears => self.mode = Mode::Years(self.list.years_text()),
            Control::ChooseFilter => self.mode = Mode::Filter(String::new()),
            Control::Export => self.mode = Mode::Export(String::new()),
            Control::Timeline => {
                self.view.on = true;
                self.focus = Focus::List;
            }
            Control::Click(y) => self.click(y, drawn),
            _ => {}
        }
    }

    /// Select the list row drawn on screen line `y`, if one is.
    fn click(&mut self, y: u16, drawn: &Geometry) {
        if let Some(index) = drawn.row_at(y) {
            if index < self.list.rows().len() {
                self.select(index);
                self.focus = Focus::List;
            }
        }
    }
}

/// A page of the detail: its pane's height less one line, as less keeps,
/// or the list's page before the detail is drawn.
fn detail_page(drawn: &Geometry) -> u16 {
    match drawn.detail_rows {
        0 => u16::try_from(drawn.page).unwrap_or(u16::MAX),
        rows => rows.saturating_sub(1).max(1),
    }
}

/// A file name as a shell reads it: `~` or a leading `~/` is the home
/// folder.
fn home_expanded(typed: &str) -> std::path::PathBuf {
    let home = std::env::var_os("HOME").filter(|h| !h.is_empty());
    match (typed.strip_prefix('~'), home) {
        (Some(rest), Some(home)) if rest.is_empty() || rest.starts_with('/') => {
            let mut path = std::path::PathBuf::from(home);
            path.push(rest.trim_start_matches('/'));
            path
        }
        _ => typed.into(),
    }
}

#[cfg(test)]
mod tests;
