//! Renderers: each writes one form of output to a `&mut dyn Write`.
//!
//! The caller decides colour and width ([`Options`]); nothing here looks at
//! the terminal or the environment.

pub mod detail;
pub mod diff;
pub mod search;
pub mod stats;
pub mod table;
pub mod timeline;

use anstyle::Style;

use crate::model::Outcome;

/// Wrapping at `width` that never splits a word, an id or a URL (not even
/// at its hyphens): a word longer than the line runs past it rather than
/// breaking in two.
pub(crate) fn wrapping(width: usize) -> textwrap::Options<'static> {
    textwrap::Options::new(width.max(1))
        .break_words(false)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
}

/// No-break space: what [`unbroken`] joins words with.
const NO_BREAK: char = '\u{a0}';

/// `text` with its spaces made no-break, so that wrapping keeps it on one
/// line ("30 Nov – 1 Dec 2018"); [`fill`] and the tables print them as
/// plain spaces again.
pub(crate) fn unbroken(text: &str) -> String {
    text.replace(' ', &NO_BREAK.to_string())
}

/// `text` as [`unbroken`] joined it, with plain spaces again.
pub(crate) fn rejoined(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains(NO_BREAK) {
        text.replace(NO_BREAK, " ").into()
    } else {
        text.into()
    }
}

/// `text` wrapped by `options` into lines, keeping together what
/// [`unbroken`] joined.
pub(crate) fn fill(text: &str, options: textwrap::Options) -> String {
    rejoined(&textwrap::fill(&dates_kept(text), options)).into_owned()
}

/// `text` with the dates in it held together: a day and its month ("9
/// May"), a month or a season and its year ("May 2020", "autumn 2018"),
/// never broken across lines.
pub(crate) fn dates_kept(text: &str) -> std::borrow::Cow<'_, str> {
    const MONTHS: [&str; 28] = [
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "January",
        "February",
        "March",
        "April",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "spring",
        "summer",
        "autumn",
        "winter",
    ];
    fn bare(w: &str) -> &str {
        w.trim_end_matches([',', '.', ';', ':', ')'])
    }
    let month = |w: &str| bare(w).split('–').all(|m| MONTHS.contains(&m));
    let day = |w: &str| {
        let w = w.trim_start_matches('(');
        !w.is_empty()
            && w.split('–')
                .all(|d| (1..=2).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()))
    };
    let year = |w: &str| {
        let y = bare(w);
        y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit())
    };
    let words: Vec<&str> = text.split(' ').collect();
    if words.len() < 2 {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            let before = words[i - 1];
            let held = (day(before) && month(w) && words.get(i + 1).is_some_and(|n| year(n)))
                || (month(before) && year(w));
            out.push(if held { NO_BREAK } else { ' ' });
        }
        out.push_str(w);
    }
    out.into()
}

/// How human-readable output should look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Options {
    /// Use ANSI colours and emphasis.
    pub colour: bool,
    /// Width to fit output into, in columns; `None` for the usual 100.
    pub width: Option<usize>,
}

impl Options {
    /// The width to fit tables into.
    pub fn width(&self) -> usize {
        self.width.unwrap_or(100).max(20)
    }

    /// Wrap prose to this width: the given width, at most 100 columns so
    /// lines stay readable.
    pub fn prose_width(&self) -> usize {
        self.width().min(100)
    }

    /// `text` in `style`, or plain when colour is off.
    pub fn paint(&self, style: Style, text: &str) -> String {
        if self.colour {
            format!("{style}{text}{style:#}")
        } else {
            text.to_string()
        }
    }

    /// `text` in bold.
    pub fn bold(&self, text: &str) -> String {
        self.paint(Style::new().bold(), text)
    }

    /// `text` dimmed.
    pub fn dim(&self, text: &str) -> String {
        self.paint(Style::new().dimmed(), text)
    }

    /// An outcome's name in its colour.
    pub fn outcome(&self, outcome: Outcome) -> String {
        self.paint(outcome_style(outcome), outcome.as_str())
    }

    /// A record's kind (held, informal, cancelled, proposed, call, envoy)
    /// in its colour.
    pub fn kind(&self, kind: crate::model::RecordKind) -> String {
        self.paint(kind_style(kind), kind.as_str())
    }
}

/// The terminal style that marks a record's kind.
pub fn kind_style(kind: crate::model::RecordKind) -> Style {
    Style::new().fg_color(Some(crate::colour::of_kind(kind).terminal.into()))
}

/// The terminal style that marks an outcome.
pub fn outcome_style(outcome: Outcome) -> Style {
    Style::new().fg_color(Some(crate::colour::of(outcome).terminal.into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_prose_are_held_together() {
        let kept = dates_kept(
            "the parade on 9 May 2020, in autumn 2018 (15–16 May 2025) and in Oct–Nov 2025.",
        );
        assert_eq!(
            kept,
            "the parade on 9\u{a0}May\u{a0}2020, in autumn\u{a0}2018 (15–16\u{a0}May\u{a0}2025) and in Oct–Nov\u{a0}2025."
        );
        // A day with no year after its month, and numbers that are not
        // days, are left as they are.
        assert_eq!(
            dates_kept("on 9 May the 24 sailors"),
            "on 9 May the 24 sailors"
        );
        // Only a day of one or two digits, and a year of four.
        assert_eq!(dates_kept("in May 2020"), "in May\u{a0}2020");
        assert_eq!(dates_kept("May 2020"), "May\u{a0}2020");
        assert_eq!(dates_kept("2020"), "2020");
        assert_eq!(dates_kept("on 100 May 2020"), "on 100 May\u{a0}2020");
        assert_eq!(dates_kept("in May 202 and 12345"), "in May 202 and 12345");
        assert_eq!(dates_kept("on 9x May 2020"), "on 9x May\u{a0}2020");
        let wrapped = fill("aaaa bbbb 9 May 2020", wrapping(12));
        assert_eq!(wrapped, "aaaa bbbb\n9 May 2020");
    }
}
