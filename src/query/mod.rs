//! Choosing and ordering encounters: a [`Filter`], the order ([`SortKey`],
//! [`GroupBy`]), and a [`Query`] that runs them over a dataset and says
//! what it [`Found`]; looking one encounter up ([`lookup`]); years as
//! people write them ([`years`]).

mod lookup;
mod order;
pub mod years;

use std::ops::RangeInclusive;

use chrono::NaiveDate;

pub use lookup::{Lookup, lookup};
pub use order::{GroupBy, SortKey, group, in_groups, sort};

use crate::Dataset;
use crate::model::{Channel, ContextEvent, Encounter, Outcome};

/// Criteria for choosing records.
///
/// Different criteria must all hold (AND); the values of one criterion are
/// alternatives (OR). An empty criterion does not restrict. Names (of a
/// country, a city, a participant, a topic) match whole words in any case
/// and without accents, and a country also by its codes and short names
/// ("US", "U.S.", "America"); never a piece of a word.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Calendar years (inclusive ranges) the encounter's date must overlap.
    pub years: Vec<RangeInclusive<i32>>,
    /// The encounter must not end before this day.
    pub from: Option<NaiveDate>,
    /// The encounter must not start after this day.
    pub to: Option<NaiveDate>,
    /// Allowed outcomes.
    pub outcomes: Vec<Outcome>,
    /// Allowed channels.
    pub channels: Vec<Channel>,
    /// Countries, by name, code or whole words of the name.
    pub countries: Vec<String>,
    /// Cities, by whole words of the name.
    pub cities: Vec<String>,
    /// Participants, by whole words of the name.
    pub participants: Vec<String>,
    /// Topics, by whole words.
    pub topics: Vec<String>,
    /// Searches, as `search` reads them: a record matches one when it
    /// contains all its words and quoted phrases, in any field `search`
    /// looks in (places, people and topics included).
    pub texts: Vec<String>,
}

impl Filter {
    /// True when the encounter meets every criterion.
    pub fn matches(&self, e: &Encounter) -> bool {
        self.matches_with(e, &self.text_terms())
    }

    /// The words and phrases of each `--text`, parsed once for a whole
    /// dataset rather than once per record.
    fn text_terms(&self) -> Vec<crate::search::Matcher> {
        self.texts
            .iter()
            .map(|t| crate::search::Matcher::new(t))
            .collect()
    }

    fn matches_with(&self, e: &Encounter, text_terms: &[crate::search::Matcher]) -> bool {
        self.matches_date(&e.date)
            && (self.outcomes.is_empty() || self.outcomes.contains(&e.outcome))
            && (self.channels.is_empty() || self.channels.contains(&e.channel))
            && (self.countries.is_empty()
                || self
                    .countries
                    .iter()
                    .any(|c| crate::names::names_country(&e.country, c)))
            && any_of(&self.cities, || std::iter::once(e.city.as_ref()))
            && any_of(&self.participants, || {
                e.participants.iter().map(AsRef::<str>::as_ref)
            })
            && any_of(&self.topics, || e.topics.iter().map(AsRef::<str>::as_ref))
            && (text_terms.is_empty() || text_terms.iter().any(|matcher| matcher.matches(e)))
    }

    /// True when `date` meets the date criteria (years, from, to); context
    /// events are filtered by these alone.
    pub fn matches_date(&self, date: &crate::date::EdtfDate) -> bool {
        (self.years.is_empty() || self.years.iter().any(|r| date.overlaps_years(r)))
            && date.overlaps(self.from, self.to)
    }

    /// The context events whose dates meet the date criteria and whose
    /// titles hold one of the `texts` searches (when any is given), in the
    /// order given. Context events have no outcome, place, people or
    /// topics, so those criteria leave them be.
    pub fn apply_context<'a>(&self, events: &'a [ContextEvent]) -> Vec<&'a ContextEvent> {
        let text_terms = self.text_terms();
        events
            .iter()
            .filter(|c| {
                self.matches_date(&c.date)
                    && (text_terms.is_empty()
                        || text_terms.iter().any(|m| m.matches_text(&c.title)))
            })
            .collect()
    }

    /// The encounters that match, in the order given.
    pub fn apply<'a, I>(&self, encounters: I) -> Vec<&'a Encounter<'a>>
    where
        I: IntoIterator<Item = &'a Encounter<'a>>,
    {
        // A filter that asks for nothing keeps everything, unread.
        if *self == Filter::default() {
            return encounters.into_iter().collect();
        }
        let text_terms = self.text_terms();
        encounters
            .into_iter()
            .filter(|e| self.matches_with(e, &text_terms))
            .collect()
    }
}

/// True when no names are given, or one of them names one of the texts
/// `hay` yields, by whole words (called again per name, so nothing is
/// collected).
fn any_of<'a, I: Iterator<Item = &'a str>>(names: &[String], hay: impl Fn() -> I) -> bool {
    names.is_empty()
        || names
            .iter()
            .any(|n| hay().any(|h| crate::names::names(h, n)))
}

impl Filter {
    /// What the filter chooses, in words, for a figure that covers only
    /// it: "2017–2019; held; in Germany or Finland"; `None` for a filter
    /// that chooses everything.
    pub fn describe(&self) -> Option<String> {
        let or = |items: Vec<String>| items.join(" or ");
        let mut parts = Vec::new();
        if !self.years.is_empty() {
            parts.push(
                self.years
                    .iter()
                    .map(|r| match (r.start(), r.end()) {
                        (a, b) if a == b => a.to_string(),
                        (a, b) => format!("{a}–{b}"),
                    })
                    .collect::<Vec<_>>()
                    .join(", "),
            );
        }
        let day = |d: NaiveDate| d.format("%-d %b %Y").to_string();
        match (self.from, self.to) {
            (Some(f), Some(t)) => parts.push(format!("{} to {}", day(f), day(t))),
            (Some(f), None) => parts.push(format!("from {}", day(f))),
            (None, Some(t)) => parts.push(format!("to {}", day(t))),
            (None, None) => {}
        }
        if !self.channels.is_empty() {
            parts.push(or(self
                .channels
                .iter()
                .map(|c| match c {
                    Channel::Meeting => "meetings".to_string(),
                    Channel::Call => "calls".to_string(),
                    Channel::Envoy => "envoy meetings".to_string(),
                })
                .collect()));
        }
        if !self.outcomes.is_empty() {
            parts.push(or(self.outcomes.iter().map(|o| o.to_string()).collect()));
        }
        for (words, names) in [
            ("in", &self.countries),
            ("in", &self.cities),
            ("with", &self.participants),
            ("on", &self.topics),
        ] {
            if !names.is_empty() {
                parts.push(format!("{words} {}", or(names.clone())));
            }
        }
        if !self.texts.is_empty() {
            parts.push(format!(
                "matching {}",
                or(self.texts.iter().map(|t| format!("“{t}”")).collect())
            ));
        }
        (!parts.is_empty()).then(|| parts.join("; "))
    }
}

/// A question put to a dataset: which encounters, in what order, how
/// many at most.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// Which encounters (and context events).
    pub filter: Filter,
    /// In what order.
    pub sort: SortKey,
    /// The order reversed (ties stay in date order).
    pub reverse: bool,
    /// At most this many.
    pub limit: Option<usize>,
    /// Leave the context events out.
    pub no_context: bool,
}

/// What a [`Query`] found.
#[derive(Debug, Clone)]
pub struct Found<'a> {
    /// The encounters, in order, cut to the limit.
    pub encounters: Vec<&'a Encounter<'a>>,
    /// The context events the filter's dates and texts choose, in the
    /// dataset's order.
    pub context: Vec<&'a ContextEvent>,
    /// How many encounters matched, before the limit.
    pub matching: usize,
    /// How many the dataset has.
    pub total: usize,
    /// What a reader should be told: why nothing is shown, and what may
    /// have been meant.
    pub notes: Vec<Note>,
}

/// Something a reader should be told of what a [`Query`] found. The
/// caller puts it into words, naming its own ways of asking (a command
/// line's flags, say); [`Note`]'s `Display` is the plain statement.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Note {
    /// The dataset has no records at all.
    EmptyDataset,
    /// Records exist, but the filter matches none of them.
    NoneMatch {
        /// The years most likely meant, written in full, when a year of
        /// the filter looks written with two digits ("2018" for "18").
        years_meant: Option<String>,
        /// How many context events the filter's texts find.
        context_events: usize,
    },
    /// Records matched, and a limit of none shows none of them.
    LimitZero {
        /// How many matched.
        matching: usize,
    },
}

impl std::fmt::Display for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Note::EmptyDataset => f.write_str("the dataset has no records"),
            Note::NoneMatch {
                years_meant,
                context_events,
            } => {
                f.write_str("no records match the filters")?;
                if let Some(years) = years_meant {
                    write!(f, "; years are written in full: did you mean {years}?")?;
                }
                if *context_events > 0 {
                    write!(
                        f,
                        "; {context_events} context event{} {}",
                        if *context_events == 1 { "" } else { "s" },
                        if *context_events == 1 {
                            "matches"
                        } else {
                            "match"
                        }
                    )?;
                }
                Ok(())
            }
            Note::LimitZero { matching } => write!(
                f,
                "a limit of 0 shows none of the {}",
                crate::model::records(*matching).replacen(' ', " matching ", 1)
            ),
        }
    }
}

impl Query {
    /// Run the query over `dataset`.
    pub fn run<'a>(&self, dataset: &'a Dataset<'a>) -> Found<'a> {
        let mut encounters = self.filter.apply(&dataset.encounters);
        let context = if self.no_context {
            Vec::new()
        } else {
            self.filter.apply_context(&dataset.context)
        };
        let mut notes = Vec::new();
        if dataset.encounters.is_empty() {
            notes.push(Note::EmptyDataset);
        } else if encounters.is_empty() {
            notes.push(Note::NoneMatch {
                years_meant: years::meant(&self.filter.years, dataset),
                // What the texts find, not what the dates alone choose.
                context_events: if self.filter.texts.is_empty() {
                    0
                } else {
                    context.len()
                },
            });
        }
        sort(&mut encounters, self.sort, self.reverse);
        let matching = encounters.len();
        if let Some(n) = self.limit {
            if n == 0 && matching > 0 {
                notes.push(Note::LimitZero { matching });
            }
            encounters.truncate(n);
        }
        Found {
            encounters,
            context,
            matching,
            total: dataset.encounters.len(),
            notes,
        }
    }
}

impl Found<'_> {
    /// What the list shows, and of what: "3 of 17 records: 1 meeting held,
    /// 2 informal encounters", or when the limit cut the list, "1 shown of
    /// 7 matching (17 records in all): 1 call".
    pub fn summary(&self) -> String {
        let shown = self.encounters.len();
        let what = crate::model::Tally::of(self.encounters.iter().copied());
        let head = if shown < self.matching {
            format!(
                "{shown} shown of {} matching ({} in all)",
                self.matching,
                crate::model::records(self.total)
            )
        } else {
            format!("{shown} of {}", crate::model::records(self.total))
        };
        if shown == 0 {
            head
        } else {
            format!("{head}: {}", what.words())
        }
    }
}

#[cfg(test)]
mod tests;
