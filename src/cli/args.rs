//! The flags several subcommands share, and the parsers that turn flag
//! values into library values.

use std::ops::RangeInclusive;

use chrono::NaiveDate;
use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Args, ValueEnum};
use summit::query::{Query, years};
use summit::{Channel, EdtfDate, Filter, Outcome, SortKey};

use super::report::UsageError;

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColourChoice {
    /// Colour on a terminal, unless NO_COLOR is set
    Auto,
    /// Always colour, even when piped
    Always,
    /// Never colour
    Never,
}

/// A value parser for one of a library enum's values: the names and
/// descriptions shown in `--help` are the library's own, so the command
/// line keeps no copy of them.
pub fn choice<T: Copy + Send + Sync + 'static>(
    all: &'static [T],
    name: fn(T) -> &'static str,
    meaning: fn(T) -> &'static str,
) -> impl TypedValueParser<Value = T> {
    PossibleValuesParser::new(
        all.iter()
            .map(move |v| PossibleValue::new(name(*v)).help(meaning(*v))),
    )
    .map(move |given| {
        *all.iter()
            .find(|v| name(**v) == given)
            .expect("clap accepts only the listed names")
    })
}

/// The outcomes one `--outcome` value names, and whether it asks for
/// meetings in person only (`met`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcomes(Vec<Outcome>, bool);

/// `--outcome`'s values: each outcome by name, and `met` for the meetings
/// in which the two met in person.
fn outcomes() -> impl TypedValueParser<Value = Outcomes> {
    const MET: &str = "met";
    let values = Outcome::ALL
        .iter()
        .map(|o| PossibleValue::new(o.as_str()).help(o.meaning()))
        .chain([PossibleValue::new(MET)
            .help("meetings held or informal: they met in person (no calls or envoy meetings)")]);
    // Written in any case: clap hands the value on as it was typed.
    PossibleValuesParser::new(values).map(|given| {
        let given = given.to_lowercase();
        Outcomes(
            Outcome::ALL
                .into_iter()
                .filter(|o| o.as_str() == given || (given == MET && o.took_place()))
                .collect(),
            given == MET,
        )
    })
}

/// `--channel`'s values, with their plurals.
pub fn channels() -> impl TypedValueParser<Value = Channel> {
    let values = Channel::ALL.iter().map(|c| {
        let plural: &'static str = match c {
            Channel::Meeting => "meetings",
            Channel::Call => "calls",
            Channel::Envoy => "envoys",
        };
        PossibleValue::new(c.as_str())
            .help(c.meaning())
            .alias(plural)
    });
    PossibleValuesParser::new(values).map(|given| {
        let given = given.to_lowercase();
        Channel::ALL
            .into_iter()
            .find(|c| c.as_str() == given || given.starts_with(c.as_str()))
            .expect("clap accepts only the listed names")
    })
}

/// Filter flags shared by every command that selects records.
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "Filters")]
pub struct FilterArgs {
    /// Only records dated in this year or range of years (2018, 2017..2019, 2018.., ..2019); repeatable
    #[arg(long, value_name = "YEAR", value_parser = parse_years, value_delimiter = ',')]
    pub year: Vec<RangeInclusive<i32>>,

    /// Only records whose date ends on or after this date (2018, 2018-07, 2018-07-16)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub from: Option<EdtfDate>,

    /// Only records whose date starts on or before this date (2018, 2018-07, 2018-07-16)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub to: Option<EdtfDate>,

    /// Only meetings with these outcomes, in any case (with --channel, the records of those channels with them); repeatable or comma-separated
    #[arg(long, value_name = "OUTCOME", value_delimiter = ',', ignore_case = true, value_parser = outcomes())]
    pub outcome: Vec<Outcomes>,

    /// Only these channels (default: all), in any case; repeatable or comma-separated
    #[arg(long, value_name = "CHANNEL", value_delimiter = ',', ignore_case = true, value_parser = channels())]
    pub channel: Vec<Channel>,

    /// Only in this country: its name, a word of it, or a code (US, UK, RU); repeatable or comma-separated
    #[arg(long, value_delimiter = ',', value_name = "NAME")]
    pub country: Vec<String>,

    /// Only in this city (its name or a word of it); repeatable or comma-separated
    #[arg(long, value_delimiter = ',', value_name = "NAME")]
    pub city: Vec<String>,

    /// Only with this participant (a name or a word of it: putin); repeatable or comma-separated
    #[arg(long, value_delimiter = ',', value_name = "NAME")]
    pub participant: Vec<String>,

    /// Only with this topic (a topic or a word of it); repeatable or comma-separated
    #[arg(long, value_delimiter = ',', value_name = "TOPIC")]
    pub topic: Vec<String>,

    /// Only records containing every word (or "quoted phrase") of this text, in any field search looks in; repeat it for either of two texts (a comma is part of the text)
    #[arg(long, value_name = "TEXT")]
    pub text: Vec<String>,
}

impl FilterArgs {
    /// The library filter these flags describe.
    ///
    /// # Errors
    /// A usage error when `--from` is after `--to`.
    pub fn to_filter(&self) -> Result<Filter, UsageError> {
        if let (Some(from), Some(to)) = (&self.from, &self.to) {
            if from.start() > to.end() {
                return Err(UsageError(format!("--from {from} is after --to {to}")));
            }
        }
        Ok(Filter {
            years: self.year.clone(),
            from: self.from.as_ref().map(EdtfDate::start),
            to: self.to.as_ref().map(EdtfDate::end),
            outcomes: Outcome::ALL
                .into_iter()
                .filter(|o| self.outcome.iter().any(|set| set.0.contains(o)))
                .collect(),
            // An outcome is a meeting's: `--outcome held` alone asks for
            // meetings held, not the calls and envoy meetings that took
            // place; `--channel` says when those are meant. `met` is
            // always meetings in person.
            channels: {
                let met = self.outcome.iter().any(|set| set.1);
                let asked: Vec<Channel> = if self.channel.is_empty() && !self.outcome.is_empty() {
                    vec![Channel::Meeting]
                } else {
                    Channel::ALL
                        .into_iter()
                        .filter(|c| self.channel.contains(c))
                        .collect()
                };
                if met && !asked.is_empty() {
                    if !asked.contains(&Channel::Meeting) {
                        return Err(UsageError(
                            "--outcome met means meetings in person; --channel names no meetings (add --channel meeting, or leave --outcome met out)".into(),
                        ));
                    }
                    vec![Channel::Meeting]
                } else {
                    asked
                }
            },
            countries: self.country.clone(),
            cities: self.city.clone(),
            participants: self.participant.clone(),
            topics: self.topic.clone(),
            texts: self.text.clone(),
        })
    }

    /// The query of these flags alone: every match, oldest first.
    ///
    /// # Errors
    /// A usage error when `--from` is after `--to`.
    pub fn query(&self) -> Result<Query, UsageError> {
        Ok(Query {
            filter: self.to_filter()?,
            ..Query::default()
        })
    }
}

/// Ordering flags.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Order")]
pub struct SortArgs {
    /// Order by this key (ties stay in date order)
    #[arg(long, value_name = "KEY", default_value = "date",
          value_parser = choice(&SortKey::ALL, SortKey::as_str, SortKey::meaning))]
    pub sort: SortKey,

    /// Reverse the order
    #[arg(long)]
    pub reverse: bool,

    /// Show at most N records
    #[arg(long, value_name = "N", allow_negative_numbers = true, value_parser = parse_limit)]
    pub limit: Option<usize>,
}

impl SortArgs {
    /// The query these flags and `filter`'s describe.
    ///
    /// # Errors
    /// A usage error when `--from` is after `--to`.
    pub fn query(&self, filter: &FilterArgs) -> Result<Query, UsageError> {
        Ok(Query {
            filter: filter.to_filter()?,
            sort: self.sort,
            reverse: self.reverse,
            limit: self.limit,
            ..Query::default()
        })
    }
}

/// A year or a range of years, as `--year` and browse's `t` take them.
pub fn parse_years(s: &str) -> Result<RangeInclusive<i32>, String> {
    years::parse(s).map_err(|e| e.to_string())
}

/// A width in columns, from 20 to 1000: `--width`.
pub fn parse_width(s: &str) -> Result<u16, String> {
    match s.trim().parse::<u16>() {
        Ok(n) if (20..=1000).contains(&n) => Ok(n),
        Ok(n) if n < 20 => Err(format!(
            "{n} columns is too narrow; give a width from 20 to 1000 columns"
        )),
        _ => Err(format!(
            "\"{s}\" is not a width; give a number of columns from 20 to 1000"
        )),
    }
}

/// A day, `YYYY-MM-DD`: `stats --today`, `import --updated`.
pub fn parse_day(s: &str) -> Result<NaiveDate, String> {
    let t = s.trim();
    NaiveDate::parse_from_str(t, "%Y-%m-%d").map_err(|_| {
        // Written as a day, but one the calendar does not have.
        let shaped = t.len() == 10
            && t.bytes().enumerate().all(|(i, b)| {
                if i == 4 || i == 7 {
                    b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            });
        if shaped {
            format!("\"{s}\" is not a day of the calendar")
        } else {
            format!("\"{s}\" is not a day; expected YYYY-MM-DD, such as 2026-03-11")
        }
    })
}

/// Text to look for: trimmed, and not empty or blank.
pub fn parse_words(s: &str) -> Result<String, String> {
    let words = s.trim();
    if words.is_empty() {
        return Err("give some text to look for".to_string());
    }
    Ok(words.to_string())
}

fn parse_limit(s: &str) -> Result<usize, String> {
    s.trim()
        .parse()
        .map_err(|_| format!("\"{s}\" is not a count; expected a whole number, 0 or more"))
}

/// A day, month or year for `--from` and `--to`, or a message in the
/// words a user understands, with the form they probably meant.
fn parse_date(s: &str) -> Result<EdtfDate, String> {
    EdtfDate::parse(s.trim()).map_err(|_| {
        // Written as a day, but one the calendar does not have.
        if parse_day(s).is_err_and(|e| e.ends_with("is not a day of the calendar")) {
            return format!("\"{s}\" is not a day of the calendar");
        }
        let hint = meant_date(s.trim())
            .map(|d| format!(" (did you mean {d}?)"))
            .unwrap_or_default();
        format!("\"{s}\" is not a date{hint}; expected YYYY, YYYY-MM or YYYY-MM-DD")
    })
}

/// The date `s` probably means, written as summit reads dates: unpadded
/// months and days (`2018-7` is `2018-07`), and day/month/year or
/// month/day/year when only one reading is possible (`16/07/2018` is
/// `2018-07-16`).
fn meant_date(s: &str) -> Option<String> {
    let numbers =
        |sep: char| -> Option<Vec<u32>> { s.split(sep).map(|p| p.parse().ok()).collect() };
    let candidate = if let Some(parts) = numbers('-').filter(|p| (2..=3).contains(&p.len())) {
        let year = *parts.first()?;
        match parts[1..] {
            [m] => format!("{year:04}-{m:02}"),
            [m, d] => format!("{year:04}-{m:02}-{d:02}"),
            _ => return None,
        }
    } else if let Some([a, b, year]) = numbers('/')
        .as_deref()
        .and_then(|p| <[u32; 3]>::try_from(p).ok())
    {
        // Only when one reading is possible: the day is over 12.
        let (month, day) = match (a > 12, b > 12) {
            (true, false) => (b, a),
            (false, true) => (a, b),
            _ => return None,
        };
        format!("{year:04}-{month:02}-{day:02}")
    } else {
        return None;
    };
    (candidate != s && EdtfDate::parse(&candidate).is_ok()).then_some(candidate)
}

#[cfg(test)]
mod tests {
    use super::meant_date;

    #[test]
    fn dates_users_probably_meant() {
        assert_eq!(meant_date("2018-7").as_deref(), Some("2018-07"));
        assert_eq!(meant_date("2018-7-6").as_deref(), Some("2018-07-06"));
        assert_eq!(meant_date("16/07/2018").as_deref(), Some("2018-07-16"));
        assert_eq!(meant_date("07/16/2018").as_deref(), Some("2018-07-16"));
        // Either reading works: no guess.
        assert_eq!(meant_date("06/07/2018"), None);
        assert_eq!(meant_date("2018-13"), None);
        assert_eq!(meant_date("July 2018"), None);
        assert_eq!(meant_date("2018-07"), None);
    }
}
