//! What the browser can be asked to do ([`Control`]), and its keys, listed
//! once: the dispatch, the help box and the status line's hints all read
//! [`KEYS`].

use ratatui::crossterm::event::KeyCode;
use summit::RecordKind;

/// One thing the browser can be asked to do. Terminal input becomes a
/// `Control` in [`super::input`]; [`super::app::App::apply`] carries it
/// out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Control {
    /// Down a row in the list, a line in the detail.
    Down,
    /// Up a row, a line.
    Up,
    /// Down a page.
    PageDown,
    /// Up a page.
    PageUp,
    /// To the first row, the detail's top.
    First,
    /// To the last row.
    Last,
    /// Into the detail.
    Open,
    /// Back: from the detail to the list, from the timeline, from a prompt.
    Back,
    /// Between the list and the detail.
    SwitchPane,
    /// Start typing a search that finds: the list stays whole, the
    /// matches marked, the first selected.
    Search,
    /// Start typing a search that narrows the list to its matches.
    Narrow,
    /// The next match of the last search.
    NextMatch,
    /// The previous match.
    PreviousMatch,
    /// Show or hide one outcome.
    Toggle(RecordKind),
    /// Only the meetings that took place.
    OnlyMeetings,
    /// Every outcome again.
    AllOutcomes,
    /// The next sort.
    NextSort,
    /// The order reversed.
    Reverse,
    /// Show or hide the context events.
    ToggleContext,
    /// Start typing the years to show.
    ChooseYears,
    /// Start typing a country, participant or topic to show only.
    ChooseFilter,
    /// Start typing a file to export to.
    Export,
    /// Copy the selected id.
    Copy,
    /// The full-screen timeline, or back from it.
    Timeline,
    /// Zoom the timeline in.
    ZoomIn,
    /// Zoom it out.
    ZoomOut,
    /// Pan it back in time.
    PanLeft,
    /// Pan it on.
    PanRight,
    /// The list of keys.
    Help,
    /// Leave.
    Quit,
    /// A character typed into a prompt.
    Type(char),
    /// The last character typed, taken back.
    Erase,
    /// What is typed, given.
    Submit,
    /// The list row on this screen line, clicked.
    Click(u16),
}

/// Keys that go together, and what they do: one line of the help.
pub struct Key {
    /// Each key, with what it asks for.
    pub bindings: &'static [(KeyCode, Control)],
    /// How the help box names them.
    pub label: &'static str,
    /// What they do.
    pub what: &'static str,
    /// Named on the status line as a reminder.
    pub hint: Option<&'static str>,
}

const fn key(
    bindings: &'static [(KeyCode, Control)],
    label: &'static str,
    what: &'static str,
) -> Key {
    Key {
        bindings,
        label,
        what,
        hint: None,
    }
}

const fn hinted(mut k: Key, hint: &'static str) -> Key {
    k.hint = Some(hint);
    k
}

use KeyCode::{
    Backspace, Char, Down, End, Enter, Esc, Home, Left, PageDown, PageUp, Right, Tab, Up,
};

/// Every key of the browser, in the order the help box lists them.
pub const KEYS: &[Key] = &[
    key(
        &[
            (Up, Control::Up),
            (Down, Control::Down),
            (Char('k'), Control::Up),
            (Char('j'), Control::Down),
        ],
        "↑ ↓  k j",
        "move (in the detail: scroll)",
    ),
    key(
        &[
            (PageUp, Control::PageUp),
            (PageDown, Control::PageDown),
            (Char(' '), Control::PageDown),
        ],
        "PgUp PgDn Space",
        "move a page (in the detail: a page of text)",
    ),
    key(
        &[
            (Char('g'), Control::First),
            (Char('G'), Control::Last),
            (Home, Control::First),
            (End, Control::Last),
        ],
        "g G  Home End",
        "first, last (in the detail: top, end of the text)",
    ),
    key(
        &[(Enter, Control::Open), (Tab, Control::SwitchPane)],
        "Enter Tab",
        "read the detail; Tab goes between list and detail",
    ),
    key(
        &[(Esc, Control::Back)],
        "Esc",
        "back (detail, timeline, prompt); on the list, clear a narrowing or a search, twice: every filter",
    ),
    hinted(
        key(
            &[(Char('/'), Control::Search)],
            "/",
            "find as you type: every match marked, the first selected (Tab: narrow instead)",
        ),
        "/ find",
    ),
    key(
        &[
            (Char('n'), Control::NextMatch),
            (Char('N'), Control::PreviousMatch),
        ],
        "n N",
        "next, previous match, round the list",
    ),
    hinted(
        key(
            &[(Char('&'), Control::Narrow)],
            "&",
            "narrow the list to the matches as you type (Tab: find instead)",
        ),
        "& narrow",
    ),
    key(
        &[
            (Char('1'), Control::Toggle(RecordKind::Held)),
            (Char('2'), Control::Toggle(RecordKind::Informal)),
            (Char('3'), Control::Toggle(RecordKind::Cancelled)),
            (Char('4'), Control::Toggle(RecordKind::Proposed)),
            (Char('5'), Control::Toggle(RecordKind::Call)),
            (Char('6'), Control::Toggle(RecordKind::Envoy)),
        ],
        "1 2 3 4 5 6",
        "show or hide held, informal, cancelled, proposed, calls, envoy meetings",
    ),
    key(
        &[(Char('m'), Control::OnlyMeetings)],
        "m",
        "only the meetings in person (held, informal)",
    ),
    key(
        &[(Char('a'), Control::AllOutcomes)],
        "a",
        "every kind again",
    ),
    hinted(
        key(
            &[
                (Char('s'), Control::NextSort),
                (Char('r'), Control::Reverse),
            ],
            "s r",
            "next sort, reverse",
        ),
        "s sort",
    ),
    key(
        &[(Char('c'), Control::ToggleContext)],
        "c",
        "show or hide context events",
    ),
    key(
        &[(Char('t'), Control::ChooseYears)],
        "t",
        "choose the years shown (2018, 2017..2019, 2018..)",
    ),
    key(
        &[(Char('f'), Control::ChooseFilter)],
        "f",
        "show one country, participant or topic (Tab completes)",
    ),
    key(
        &[(Char('e'), Control::Export)],
        "e",
        "export what is shown to a file",
    ),
    key(&[(Char('y'), Control::Copy)], "y", "copy the selected id"),
    hinted(
        key(
            &[
                (Char('T'), Control::Timeline),
                (Char('+'), Control::ZoomIn),
                (Char('='), Control::ZoomIn),
                (Char('-'), Control::ZoomOut),
                (Left, Control::PanLeft),
                (Right, Control::PanRight),
                (Char('h'), Control::PanLeft),
                (Char('l'), Control::PanRight),
            ],
            "T",
            "the full-screen timeline (+ - zoom, ← → or h l pan, Esc back)",
        ),
        "T timeline",
    ),
    hinted(
        key(&[(Char('?'), Control::Help)], "?", "this help"),
        "? keys",
    ),
    key(
        &[(Char('q'), Control::Quit)],
        "q Ctrl-C",
        "quit (q in the detail: back to the list)",
    ),
];

/// What `code` asks for, by [`KEYS`].
pub fn control(code: KeyCode) -> Option<Control> {
    KEYS.iter()
        .flat_map(|k| k.bindings)
        .find(|(c, _)| *c == code)
        .map(|(_, control)| *control)
}

/// What a key typed into a prompt (a search, the years, a file name)
/// asks for: the characters are text.
pub fn typed(code: KeyCode) -> Option<Control> {
    match code {
        Char(c) => Some(Control::Type(c)),
        Backspace => Some(Control::Erase),
        Enter => Some(Control::Submit),
        Esc => Some(Control::Back),
        Tab => Some(Control::SwitchPane),
        _ => None,
    }
}

/// The reminders the status line shows: "/ search · s sort · ? keys".
pub fn hints() -> String {
    KEYS.iter()
        .filter_map(|k| k.hint)
        .collect::<Vec<_>>()
        .join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_asks_for_one_thing() {
        let mut seen = Vec::new();
        for k in KEYS {
            for (code, c) in k.bindings {
                assert!(!seen.contains(code), "{code:?} is bound twice");
                seen.push(*code);
                assert_eq!(control(*code), Some(*c), "{}", k.label);
            }
        }
        // Every control a key can ask for has a key.
        for c in [
            Control::Search,
            Control::Quit,
            Control::Timeline,
            Control::Copy,
        ] {
            assert!(seen.iter().any(|code| control(*code) == Some(c)), "{c:?}");
        }
        assert_eq!(control(KeyCode::Char('z')), None);
        assert_eq!(hints(), "/ find · & narrow · s sort · T timeline · ? keys");
        assert_eq!(typed(KeyCode::Char('q')), Some(Control::Type('q')));
        assert_eq!(typed(KeyCode::Esc), Some(Control::Back));
    }

    /// The README's key table is this list: each key's label and what it
    /// does, in order.
    #[test]
    fn the_readme_lists_the_keys_as_they_are() {
        let readme =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
        let table: Vec<&str> = readme
            .lines()
            .skip_while(|l| *l != "| key | what it does |")
            .skip(2)
            .take_while(|l| l.starts_with('|'))
            .collect();
        let expected: Vec<String> = KEYS
            .iter()
            .map(|k| format!("| `{}` | {} |", k.label, k.what))
            .collect();
        assert_eq!(
            table,
            expected,
            "the README's table, as it should be:\n{}",
            expected.join("\n")
        );
    }
}
