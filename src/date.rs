//! Dates of partial or uncertain precision, written in EDTF (ISO 8601-2).
//!
//! An [`EdtfDate`] keeps the text it was written as (so a dataset written
//! back out is unchanged), and the earliest and latest calendar day it
//! covers, computed once when it is parsed.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use edtf_core::{Bound, Edtf, IntervalEndpoint, Precision};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

mod clock;
pub use clock::{ClockTime, TimeError};

/// Why a string is not a date this library can use.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid date \"{input}\": {reason}")]
pub struct DateError {
    /// The text that was rejected.
    pub input: String,
    /// Byte offset into `input` where the problem was found, when known.
    pub offset: Option<usize>,
    /// What is wrong.
    pub reason: String,
}

/// An EDTF date or interval with known calendar bounds.
///
/// Accepted forms are single dates at day, month, season or year precision
/// (`2018-07-16`, `2018-11`, `2018-23`, `2018`), optionally qualified as
/// uncertain or approximate (`2018?`, `2018-07~`), and intervals between two
/// such dates (`2017-11-10/2017-11-11`). Open or unknown interval ends and
/// sets are rejected: every date must have a first and a last day.
///
/// ```
/// use summit::EdtfDate;
/// let d: EdtfDate = "2017-11-10/2017-11-11".parse().unwrap();
/// assert_eq!(d.human(), "10–11 Nov 2017");
/// assert_eq!(d.start().to_string(), "2017-11-10");
/// assert_eq!(d.end().to_string(), "2017-11-11");
/// ```
#[derive(Debug, Clone)]
pub struct EdtfDate {
    // The text and its first and last day, 24 bytes in all: a record is
    // kept for every encounter of a large dataset. The parsed form, five
    // times the size, is read again from the text when a view needs it.
    text: Box<str>,
    start: NaiveDate,
    end: NaiveDate,
}

impl EdtfDate {
    /// Parse an EDTF string.
    ///
    /// # Errors
    /// [`DateError`] when the text is not EDTF, names an impossible day, or
    /// has no definite first and last day.
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let fail = |offset: Option<usize>, reason: &str| DateError {
            input: text.to_string(),
            offset,
            reason: reason.to_string(),
        };
        if text.trim().is_empty() {
            return Err(fail(None, "a date is required, e.g. 2018-07-16"));
        }
        let edtf = Edtf::parse(text).map_err(|e| {
            fail(
                Some(e.offset),
                &format!("{} (at offset {})", e.message, e.offset),
            )
        })?;
        match &edtf {
            Edtf::Date(_) => {}
            Edtf::Interval(i) => {
                if !matches!(
                    (i.start, i.end),
                    (
                        IntervalEndpoint::Date(_),
                        IntervalEndpoint::Date(_) | IntervalEndpoint::Open
                    )
                ) {
                    return Err(fail(
                        None,
                        "intervals need a dated start and a dated or open (..) end, e.g. 2018-11-30/2018-12-01 or 2025-01-20/..",
                    ));
                }
            }
            Edtf::DateTime(_) => {
                return Err(fail(
                    None,
                    "times of day are not supported; give the day only",
                ));
            }
            Edtf::Set(_) => {
                return Err(fail(
                    None,
                    "sets of dates are not supported; use an interval",
                ));
            }
        }
        // An ongoing period (`2025-01-20/..`) is kept as its first day's
        // bounds; `is_ongoing` says it has not ended.
        let bounds = match &edtf {
            Edtf::Interval(i) if i.end == IntervalEndpoint::Open => match i.start {
                IntervalEndpoint::Date(d) => Edtf::Date(d).bounds(),
                _ => edtf.bounds(),
            },
            _ => edtf.bounds(),
        };
        let start = bound_to_date(bounds.earliest)
            .ok_or_else(|| fail(None, "the first day of this date cannot be determined"))?;
        let end = bound_to_date(bounds.latest)
            .ok_or_else(|| fail(None, "the last day of this date cannot be determined"))?;
        if end < start {
            return Err(fail(None, "the interval ends before it starts"));
        }
        Ok(EdtfDate {
            text: text.into(),
            start,
            end,
        })
    }

    /// The parsed date, read again from its text, which parsed when the
    /// date was made.
    fn edtf(&self) -> Option<Edtf> {
        Edtf::parse(&self.text).ok()
    }

    /// The text as written in the dataset.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The earliest calendar day the date covers.
    pub fn start(&self) -> NaiveDate {
        self.start
    }

    /// The latest calendar day the date covers (inclusive). For an
    /// ongoing period, which has no last day yet, the last day of its
    /// start: see [`EdtfDate::is_ongoing`].
    pub fn end(&self) -> NaiveDate {
        self.end
    }

    /// True for a period that has begun and not ended, written with an
    /// open end: `2025-01-20/..`.
    pub fn is_ongoing(&self) -> bool {
        self.text.ends_with("/..")
    }

    /// True when the date overlaps one of the calendar years `years`:
    /// a date from 30 December 2018 to 2 January 2019 is in 2018 and 2019.
    pub fn overlaps_years(&self, years: &std::ops::RangeInclusive<i32>) -> bool {
        self.start.year() <= *years.end()
            && (self.is_ongoing() || self.end.year() >= *years.start())
    }

    /// True when the date overlaps the inclusive day range `from..=to`
    /// (either side may be open).
    pub fn overlaps(&self, from: Option<NaiveDate>, to: Option<NaiveDate>) -> bool {
        from.is_none_or(|f| self.is_ongoing() || self.end >= f)
            && to.is_none_or(|t| self.start <= t)
    }

    /// The day span, when the date is given to the day: a single day, or an
    /// interval between two days. `None` for months, seasons and years.
    pub fn day_span(&self) -> Option<(NaiveDate, NaiveDate)> {
        let exact = |d: &edtf_core::Date| d.precision() == Precision::Day && !d.has_unspecified();
        let ok = match &self.edtf()? {
            Edtf::Date(d) => exact(d),
            Edtf::Interval(i) => match (i.start, i.end) {
                (IntervalEndpoint::Date(a), IntervalEndpoint::Date(b)) => exact(&a) && exact(&b),
                _ => false,
            },
            _ => false,
        };
        ok.then_some((self.start, self.end))
    }

    /// How far the date is known when it is not known to the day: "the
    /// month", "the season" or "the year" (the coarser end of an
    /// interval); `None` for a date given to the day.
    pub fn known_only_to(&self) -> Option<&'static str> {
        if self.day_span().is_some() {
            return None;
        }
        let rank = |p: Precision| match p {
            Precision::Day => 0,
            Precision::Month => 1,
            Precision::Season => 2,
            Precision::Year => 3,
        };
        let (a, b) = self.precisions();
        Some(match rank(a).max(rank(b)) {
            0 => "the day, with digits left unspecified",
            1 => "the month",
            2 => "the season",
            _ => "the year",
        })
    }

    /// The precision of the start and of the end (the same for a single
    /// date).
    pub fn precisions(&self) -> (Precision, Precision) {
        let of = |e: IntervalEndpoint| match e {
            IntervalEndpoint::Date(d) => d.precision(),
            _ => Precision::Year,
        };
        match &self.edtf() {
            Some(Edtf::Interval(i)) => (of(i.start), of(i.end)),
            Some(Edtf::Date(d)) => (d.precision(), d.precision()),
            _ => (Precision::Day, Precision::Day),
        }
    }

    /// True for an interval (`a/b`), false for a single date.
    pub fn is_interval(&self) -> bool {
        matches!(self.edtf(), Some(Edtf::Interval(_)))
    }

    /// A short human form: `7 Jul 2017`, `10–11 Nov 2017`, `autumn 2018`.
    pub fn human(&self) -> String {
        self.render(false)
    }

    /// The human form with weekdays for dates given to the day:
    /// `Mon 16 Jul 2018`, `Fri 30 Nov – Sat 1 Dec 2018`.
    pub fn human_long(&self) -> String {
        self.render(true)
    }

    fn render(&self, weekday: bool) -> String {
        // Every digit unspecified (`XXXX`): no date is known.
        if self.text.chars().all(|c| c == 'X') {
            return "undated".to_string();
        }
        let text = || self.text.to_string();
        match &self.edtf() {
            Some(Edtf::Date(d)) => human_date(d, weekday, true).unwrap_or_else(text),
            Some(Edtf::Interval(i)) => match (i.start, i.end) {
                (IntervalEndpoint::Date(a), IntervalEndpoint::Date(b)) => {
                    human_interval(&a, &b, weekday).unwrap_or_else(text)
                }
                (IntervalEndpoint::Date(a), IntervalEndpoint::Open) => {
                    human_date(&a, weekday, true).map_or_else(text, |a| format!("since {a}"))
                }
                _ => text(),
            },
            _ => text(),
        }
    }
}

fn bound_to_date(b: Bound) -> Option<NaiveDate> {
    match b {
        Bound::Date(d) => NaiveDate::from_ymd_opt(
            i32::try_from(d.year).ok()?,
            u32::from(d.month),
            u32::from(d.day),
        ),
        _ => None,
    }
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The name of a sub-year grouping code (ISO 8601-2 §4.8).
fn season_name(code: u8) -> Option<&'static str> {
    Some(match code {
        21 | 25 => "spring",
        22 | 26 => "summer",
        23 | 27 => "autumn",
        24 | 28 => "winter",
        29 => "spring (southern)",
        30 => "summer (southern)",
        31 => "autumn (southern)",
        32 => "winter (southern)",
        33 => "Q1",
        34 => "Q2",
        35 => "Q3",
        36 => "Q4",
        37 => "first third of",
        38 => "second third of",
        39 => "last third of",
        40 => "first half of",
        41 => "second half of",
        _ => return None,
    })
}

/// The parts of a plainly written date; `None` when it has unspecified
/// digits, which are shown as written.
struct Parts {
    year: i32,
    month: Option<u8>,
    day: Option<u8>,
    approximate: bool,
    uncertain: bool,
}

fn parts(d: &edtf_core::Date) -> Option<Parts> {
    if d.has_unspecified() {
        return None;
    }
    Some(Parts {
        year: i32::try_from(d.year.value()?).ok()?,
        month: match d.month {
            Some(m) => Some(m.value()?),
            None => None,
        },
        day: match d.day {
            Some(x) => Some(x.value()?),
            None => None,
        },
        approximate: d.is_approximate(),
        uncertain: d.is_uncertain(),
    })
}

fn qualify(p: &Parts, s: String) -> String {
    match (p.approximate, p.uncertain) {
        (false, false) => s,
        (true, false) => format!("c. {s}"),
        (false, true) => format!("{s}?"),
        (true, true) => format!("c. {s}?"),
    }
}

fn day_text(p: &Parts, weekday: bool) -> Option<String> {
    let day = p.day?;
    if weekday {
        let date = NaiveDate::from_ymd_opt(p.year, u32::from(p.month?), u32::from(day))?;
        Some(format!("{} {day}", date.format("%a")))
    } else {
        Some(day.to_string())
    }
}

fn month_text(m: u8) -> Option<&'static str> {
    MONTHS.get(usize::from(m).checked_sub(1)?).copied()
}

fn human_date(d: &edtf_core::Date, weekday: bool, with_year: bool) -> Option<String> {
    let p = parts(d)?;
    let year = if with_year {
        format!(" {}", p.year)
    } else {
        String::new()
    };
    let s = match (p.month, p.day) {
        (None, _) => p.year.to_string(),
        (Some(m), None) if m > 12 => {
            let name = season_name(m)?;
            format!("{name} {}", p.year)
        }
        (Some(m), None) => format!("{}{year}", month_text(m)?),
        (Some(m), Some(_)) => format!("{} {}{year}", day_text(&p, weekday)?, month_text(m)?),
    };
    Some(qualify(&p, s))
}

fn human_interval(a: &edtf_core::Date, b: &edtf_core::Date, weekday: bool) -> Option<String> {
    let (pa, pb) = (parts(a)?, parts(b)?);
    let plain = |p: &Parts| !p.approximate && !p.uncertain;
    if plain(&pa) && plain(&pb) && pa.year == pb.year {
        match (pa.month, pa.day, pb.month, pb.day) {
            (Some(ma), Some(_), Some(mb), Some(_)) if ma == mb => {
                // With weekdays the two sides are words, so they get spaces.
                let dash = if weekday { " – " } else { "–" };
                return Some(format!(
                    "{}{dash}{} {} {}",
                    day_text(&pa, weekday)?,
                    day_text(&pb, weekday)?,
                    month_text(ma)?,
                    pa.year
                ));
            }
            (Some(ma), Some(_), Some(mb), Some(_)) => {
                return Some(format!(
                    "{} {} – {} {} {}",
                    day_text(&pa, weekday)?,
                    month_text(ma)?,
                    day_text(&pb, weekday)?,
                    month_text(mb)?,
                    pa.year
                ));
            }
            (Some(ma), None, Some(mb), None) if ma <= 12 && mb <= 12 => {
                return Some(format!(
                    "{}–{} {}",
                    month_text(ma)?,
                    month_text(mb)?,
                    pa.year
                ));
            }
            // From a day to a later month of the same year: the year once.
            (Some(ma), Some(_), Some(mb), None) if mb <= 12 && ma < mb => {
                return Some(format!(
                    "{} {} – {} {}",
                    day_text(&pa, weekday)?,
                    month_text(ma)?,
                    month_text(mb)?,
                    pa.year
                ));
            }
            _ => {}
        }
    }
    if plain(&pa) && plain(&pb) && pa.month.is_none() && pb.month.is_none() {
        return Some(format!("{}–{}", pa.year, pb.year));
    }
    Some(format!(
        "{} – {}",
        human_date(a, weekday, true)?,
        human_date(b, weekday, true)?
    ))
}

impl fmt::Display for EdtfDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl FromStr for EdtfDate {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        EdtfDate::parse(s)
    }
}

impl PartialEq for EdtfDate {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}

impl Eq for EdtfDate {}

impl Ord for EdtfDate {
    /// Chronological: by first day, then last day, then text.
    fn cmp(&self, other: &Self) -> Ordering {
        (self.start, self.end, &self.text).cmp(&(other.start, other.end, &other.text))
    }
}

impl PartialOrd for EdtfDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Serialize for EdtfDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text)
    }
}

impl<'de> Deserialize<'de> for EdtfDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = std::borrow::Cow::<'de, str>::deserialize(d)?;
        EdtfDate::parse(&text).map_err(serde::de::Error::custom)
    }
}

impl schemars::JsonSchema for EdtfDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "EdtfDate".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "minLength": 1,
            "description": "An EDTF (ISO 8601-2) date with a definite first day and, unless ongoing, a last day: a day (2018-07-16), month (2018-11), season (2018-23), year (2018), or an interval between two of these (2017-11-10/2017-11-11); a context period that has not ended has an open end (2025-01-20/..).",
            "examples": ["2018-07-16", "2018-23", "2017-11-10/2017-11-11"]
        })
    }
}

/// A length of calendar time in years, months and days, for saying how far
/// apart two dates are ("6 years 1 month").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Span {
    /// Whole years.
    pub years: u32,
    /// Whole months after the years.
    pub months: u32,
    /// Days after the months.
    pub days: u32,
}

impl Span {
    /// The calendar span from `from` to `to`; zero when `to` is not after
    /// `from`.
    pub fn between(from: NaiveDate, to: NaiveDate) -> Span {
        if to <= from {
            return Span {
                years: 0,
                months: 0,
                days: 0,
            };
        }
        let mut months = (to.year() - from.year()) * 12 + to.month() as i32 - from.month() as i32;
        let add = |m: i32| from.checked_add_months(chrono::Months::new(m.max(0) as u32));
        while months > 0 && add(months).is_none_or(|d| d > to) {
            months -= 1;
        }
        let base = add(months).unwrap_or(from);
        let days = (to - base).num_days().max(0) as u32;
        let months = months.max(0) as u32;
        Span {
            years: months / 12,
            months: months % 12,
            days,
        }
    }

    /// The span nearest to `days` days, counting a year as 365.2425 days
    /// and a month as a twelfth of that: for lengths that are not between
    /// two dates, such as a mean. Negative or not-a-number is zero.
    pub fn about(days: f64) -> Span {
        const YEAR: f64 = 365.2425;
        const MONTH: f64 = YEAR / 12.0;
        let total = if days.is_finite() { days.max(0.0) } else { 0.0 };
        let years = (total / YEAR).floor();
        let rest = total - years * YEAR;
        let mut months = (rest / MONTH).floor();
        let mut left = (rest - months * MONTH).round();
        let mut years = years;
        // Rounding up the days may make a whole month, or a year.
        if left >= MONTH.round() {
            left = 0.0;
            months += 1.0;
        }
        if months >= 12.0 {
            months = 0.0;
            years += 1.0;
        }
        Span {
            years: years as u32,
            months: months as u32,
            days: left as u32,
        }
    }

    /// The span in words with "about" before it, as a length worked out
    /// from an average reads: "about 4 months 27 days".
    pub fn about_text(&self) -> String {
        format!("about {self}")
    }

    /// The span to the month, for a length not known to the day: the days
    /// rounded into the months (half a month or more is one more), or the
    /// days alone when it is under a month.
    pub fn rounded(&self) -> Span {
        if self.years == 0 && self.months == 0 {
            return *self;
        }
        let mut months = self.total_months() + u32::from(self.days >= 15);
        if months == 0 {
            months = 1;
        }
        Span {
            years: months / 12,
            months: months % 12,
            days: 0,
        }
    }

    /// The span in whole months, leaving out the days; used to decide
    /// whether a gap is long.
    pub fn total_months(&self) -> u32 {
        self.years * 12 + self.months
    }
}

impl fmt::Display for Span {
    /// `6 years 1 month`, `11 days`, `1 year 2 days`; `0 days` for zero.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let unit = |n: u32, one: &str, many: &str| {
            (n > 0).then(|| format!("{n} {}", if n == 1 { one } else { many }))
        };
        let words: Vec<String> = [
            unit(self.years, "year", "years"),
            unit(self.months, "month", "months"),
            unit(self.days, "day", "days"),
        ]
        .into_iter()
        .flatten()
        .collect();
        if words.is_empty() {
            f.write_str("0 days")
        } else {
            f.write_str(&words.join(" "))
        }
    }
}

#[cfg(test)]
mod tests;
