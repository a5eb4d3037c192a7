//! Choosing and ordering encounters: [`Filter`], [`SortKey`] and grouping.

use std::cmp::Ordering;
use std::ops::RangeInclusive;

use chrono::{Datelike, NaiveDate};

use crate::model::{ContextEvent, Encounter, Outcome};
use crate::text::contains_folded;

/// Criteria for choosing encounters.
///
/// Different criteria must all hold (AND); the values of one criterion are
/// alternatives (OR). An empty criterion does not restrict. Text criteria
/// match case- and accent-insensitive substrings.
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
    /// Substrings of the country.
    pub countries: Vec<String>,
    /// Substrings of the city.
    pub cities: Vec<String>,
    /// Substrings of a participant's name.
    pub participants: Vec<String>,
    /// Substrings of a topic.
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
            && any_of(&self.countries, || std::iter::once(e.country.as_ref()))
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
        let text_terms = self.text_terms();
        encounters
            .into_iter()
            .filter(|e| self.matches_with(e, &text_terms))
            .collect()
    }
}

/// True when no needles are given, or one of them occurs in one of the
/// texts `hay` yields (called again per needle, so nothing is collected).
fn any_of<'a, I: Iterator<Item = &'a str>>(needles: &[String], hay: impl Fn() -> I) -> bool {
    needles.is_empty() || needles.iter().any(|n| hay().any(|h| contains_folded(h, n)))
}

/// What to order encounters by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    /// Chronological.
    #[default]
    Date,
    /// Documented duration, shortest first; undocumented ones last.
    Duration,
    /// City, then country.
    Place,
    /// Held, informal, cancelled, proposed.
    Outcome,
    /// Title, alphabetically.
    Title,
}

impl SortKey {
    /// Every key, in the order they are offered.
    pub const ALL: [SortKey; 5] = [
        SortKey::Date,
        SortKey::Duration,
        SortKey::Place,
        SortKey::Outcome,
        SortKey::Title,
    ];

    /// The name used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            SortKey::Date => "date",
            SortKey::Duration => "duration",
            SortKey::Place => "place",
            SortKey::Outcome => "outcome",
            SortKey::Title => "title",
        }
    }

    /// What the order is.
    pub fn meaning(self) -> &'static str {
        match self {
            SortKey::Date => "oldest first",
            SortKey::Duration => "shortest first; undocumented last",
            SortKey::Place => "by city, then country",
            SortKey::Outcome => "held, informal, cancelled, proposed",
            SortKey::Title => "alphabetically by title",
        }
    }
}

/// Sort encounters by `key`, ties in chronological order; `reverse` flips the
/// order of the key but keeps ties chronological and missing durations last.
pub fn sort(encounters: &mut [&Encounter], key: SortKey, reverse: bool) {
    let flip = |o: Ordering| if reverse { o.reverse() } else { o };
    // Every sort here is stable: sorting by date first leaves ties of the
    // key in chronological order, and equal dates in the order given.
    if key != SortKey::Date {
        encounters.sort_by(|a, b| a.date.cmp(&b.date));
    }
    match key {
        SortKey::Date => encounters.sort_by(|a, b| flip(a.date.cmp(&b.date))),
        SortKey::Duration => {
            encounters.sort_by(|a, b| match (a.duration_minutes, b.duration_minutes) {
                (Some(x), Some(y)) => flip(x.cmp(&y)),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => Ordering::Equal,
            })
        }
        SortKey::Place => sort_folded(encounters, reverse, |e| {
            (crate::text::fold(&e.city), crate::text::fold(&e.country))
        }),
        SortKey::Outcome => encounters.sort_by(|a, b| flip(a.outcome.cmp(&b.outcome))),
        SortKey::Title => sort_folded(encounters, reverse, |e| crate::text::fold(&e.title)),
    }
}

/// Stable sort by a case- and accent-insensitive key, folded once per
/// encounter rather than at every comparison.
fn sort_folded<K: Ord>(
    encounters: &mut [&Encounter],
    reverse: bool,
    key: impl Fn(&Encounter) -> K,
) {
    if reverse {
        encounters.sort_by_cached_key(|e| std::cmp::Reverse(key(e)));
    } else {
        encounters.sort_by_cached_key(|e| key(e));
    }
}

/// How to split a list into titled sections.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupBy {
    /// By the year the encounter starts in.
    Year,
    /// By outcome.
    Outcome,
    /// By country.
    Country,
}

impl GroupBy {
    /// Every way of grouping, in the order they are offered.
    pub const ALL: [GroupBy; 3] = [GroupBy::Year, GroupBy::Outcome, GroupBy::Country];

    /// The name used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            GroupBy::Year => "year",
            GroupBy::Outcome => "outcome",
            GroupBy::Country => "country",
        }
    }

    /// What the groups are.
    pub fn meaning(self) -> &'static str {
        match self {
            GroupBy::Year => "by the year the encounter starts in",
            GroupBy::Outcome => "held, informal, cancelled, proposed",
            GroupBy::Country => "by host country, alphabetically",
        }
    }
}

/// Split a sorted list into titled groups, keeping the order within each
/// group. Groups come in their natural order (years ascending, outcomes in
/// their defined order, countries alphabetically), reversed when `reverse`.
pub fn group<'a>(
    encounters: &[&'a Encounter<'a>],
    by: GroupBy,
    reverse: bool,
) -> Vec<(String, Vec<&'a Encounter<'a>>)> {
    let key = |e: &Encounter| -> (i64, String) {
        match by {
            GroupBy::Year => (
                i64::from(e.date.start().year()),
                e.date.start().year().to_string(),
            ),
            GroupBy::Outcome => (e.outcome as i64, e.outcome.to_string()),
            GroupBy::Country => (0, crate::text::fold(&e.country)),
        }
    };
    let mut groups: Vec<((i64, String), String, Vec<&'a Encounter<'a>>)> = Vec::new();
    for e in encounters {
        let k = key(e);
        match groups.iter_mut().find(|(gk, _, _)| *gk == k) {
            Some((_, _, members)) => members.push(e),
            None => {
                let title = match by {
                    GroupBy::Country => e.country.to_string(),
                    _ => k.1.clone(),
                };
                groups.push((k, title, vec![e]));
            }
        }
    }
    groups.sort_by(|a, b| {
        if reverse {
            b.0.cmp(&a.0)
        } else {
            a.0.cmp(&b.0)
        }
    });
    groups
        .into_iter()
        .map(|(_, title, members)| (title, members))
        .collect()
}

/// The result of looking an encounter up by a free-form query.
#[derive(Debug)]
pub enum Lookup<'a> {
    /// Exactly one encounter fits.
    Found(&'a Encounter<'a>),
    /// Several fit equally well (chronological order).
    Ambiguous(Vec<&'a Encounter<'a>>),
    /// None fits; the ids of the closest encounters, best first.
    NotFound(Vec<&'a str>),
}

/// Find one encounter by id, unique id prefix, or words of its city,
/// country, venue or title (case- and accent-insensitive), in that order of
/// preference.
pub fn lookup<'a>(encounters: &'a [Encounter], query: &str) -> Lookup<'a> {
    let q = crate::text::fold(query.trim());
    let by_date = |mut v: Vec<&'a Encounter<'a>>| {
        v.sort_by(|a, b| a.date.cmp(&b.date));
        v
    };
    if let Some(e) = encounters.iter().find(|e| e.id == q) {
        return Lookup::Found(e);
    }
    let pick = |v: Vec<&'a Encounter<'a>>| match v.len() {
        0 => None,
        1 => Some(Lookup::Found(v[0])),
        _ => Some(Lookup::Ambiguous(by_date(v))),
    };
    let prefixed: Vec<&Encounter> = encounters.iter().filter(|e| e.id.starts_with(&q)).collect();
    if let Some(found) = pick(prefixed) {
        return found;
    }
    let words = |s: &str| -> Vec<String> {
        crate::text::fold(s)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let wanted = words(&q);
    let has_words = |field: &str| {
        let have = words(field);
        !wanted.is_empty() && have.windows(wanted.len()).any(|w| w == wanted.as_slice())
    };
    let worded: Vec<&Encounter> = encounters
        .iter()
        .filter(|e| {
            [e.city.as_ref(), e.country.as_ref(), e.title.as_ref()]
                .into_iter()
                .chain(e.venue.as_deref())
                .any(has_words)
        })
        .collect();
    if let Some(found) = pick(worded) {
        return found;
    }
    let mut scored: Vec<(f64, &str)> = encounters
        .iter()
        .map(|e| {
            let score = [e.id.as_ref(), e.city.as_ref(), e.country.as_ref()]
                .iter()
                .map(|s| strsim::jaro_winkler(&q, &crate::text::fold(s)))
                .fold(0.0, f64::max);
            (score, e.id.as_ref())
        })
        .filter(|(score, _)| *score >= 0.8)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    Lookup::NotFound(scored.into_iter().take(3).map(|(_, id)| id).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Dataset;

    fn ids(v: &[&Encounter]) -> Vec<String> {
        v.iter().map(|e| e.id.to_string()).collect()
    }

    fn run(filter: Filter) -> Vec<String> {
        let d = Dataset::bundled().unwrap();
        let mut v = filter.apply(&d.encounters);
        sort(&mut v, SortKey::Date, false);
        ids(&v)
    }

    #[test]
    fn year_filter_overlaps() {
        let got = run(Filter {
            years: vec![2018..=2018],
            ..Filter::default()
        });
        assert_eq!(
            got,
            [
                "helsinki-2018",
                "washington-2018",
                "paris-2018",
                "buenos-aires-2018"
            ]
        );
        let got = run(Filter {
            years: vec![2019..=2025],
            ..Filter::default()
        });
        assert_eq!(
            got,
            ["osaka-2019", "moscow-2020", "alaska-2025", "budapest-2025"]
        );
        let got = run(Filter {
            years: vec![2017..=2017, 2025..=2025],
            ..Filter::default()
        });
        assert_eq!(got.len(), 5);
    }

    #[test]
    fn date_range_filter_overlaps() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        // Autumn 2018 runs from September to November.
        let got = run(Filter {
            from: day(2018, 10, 1),
            to: day(2018, 11, 30),
            ..Filter::default()
        });
        assert_eq!(got, ["washington-2018", "paris-2018", "buenos-aires-2018"]);
        let got = run(Filter {
            from: day(2018, 12, 1),
            to: day(2018, 12, 1),
            ..Filter::default()
        });
        assert_eq!(got, ["buenos-aires-2018"]);
    }

    #[test]
    fn outcome_filter_and_complement_partition() {
        let d = Dataset::bundled().unwrap();
        let held = Filter {
            outcomes: vec![Outcome::Held],
            ..Filter::default()
        };
        let rest = Filter {
            outcomes: vec![Outcome::Informal, Outcome::Cancelled, Outcome::Proposed],
            ..Filter::default()
        };
        let (a, b) = (held.apply(&d.encounters), rest.apply(&d.encounters));
        assert_eq!(a.len() + b.len(), d.encounters.len());
        assert!(a.iter().all(|e| !b.iter().any(|f| f.id == e.id)));
        assert_eq!(
            ids(&a),
            ["hamburg-2017", "helsinki-2018", "osaka-2019", "alaska-2025"]
        );
    }

    #[test]
    fn text_criteria_are_case_insensitive_substrings() {
        let got = run(Filter {
            countries: vec!["UNITED".into()],
            ..Filter::default()
        });
        assert_eq!(got, ["washington-2018", "alaska-2025"]);
        let got = run(Filter {
            cities: vec!["aires".into()],
            ..Filter::default()
        });
        assert_eq!(got, ["buenos-aires-2018"]);
        let got = run(Filter {
            participants: vec!["lavrov".into()],
            ..Filter::default()
        });
        assert_eq!(got, ["hamburg-2017", "alaska-2025"]);
        let got = run(Filter {
            topics: vec!["SYRIA".into()],
            ..Filter::default()
        });
        assert_eq!(got, ["hamburg-2017", "da-nang-2017"]);
        let got = run(Filter {
            texts: vec!["fake news".into()],
            ..Filter::default()
        });
        assert_eq!(got, ["osaka-2019"]);
        let got = run(Filter {
            texts: vec!["abjectly".into()],
            ..Filter::default()
        });
        assert_eq!(got, ["helsinki-2018"]);
    }

    #[test]
    fn context_events_are_chosen_by_date_alone() {
        let d = Dataset::bundled().unwrap();
        let dates = |f: Filter| -> Vec<String> {
            f.apply_context(&d.context)
                .iter()
                .map(|c| c.date.as_str().to_string())
                .collect()
        };
        assert_eq!(
            dates(Filter {
                years: vec![2020..=2022],
                // Not a date criterion: context events have no outcome.
                outcomes: vec![Outcome::Cancelled],
                ..Filter::default()
            }),
            ["2020-11", "2022-02-24"]
        );
        assert_eq!(
            dates(Filter {
                from: NaiveDate::from_ymd_opt(2025, 2, 1),
                ..Filter::default()
            }),
            ["2025-02-28", "2025-08-06", "2025-10-16"]
        );
    }

    #[test]
    fn context_events_are_chosen_by_their_text_too() {
        let d = Dataset::bundled().unwrap();
        let titles = |f: Filter| -> Vec<String> {
            f.apply_context(&d.context)
                .iter()
                .map(|c| c.title.clone())
                .collect()
        };
        let crimea = titles(Filter {
            texts: vec!["crimea".into()],
            ..Filter::default()
        });
        assert_eq!(crimea.len(), 1, "{crimea:?}");
        assert!(crimea[0].starts_with("Russia annexes Crimea"));
        // Either of two searches; each needs all its words.
        let either = titles(Filter {
            texts: vec!["crimea".into(), "oval office".into()],
            ..Filter::default()
        });
        assert_eq!(either.len(), 2, "{either:?}");
        assert!(
            titles(Filter {
                texts: vec!["crimea oval".into()],
                ..Filter::default()
            })
            .is_empty()
        );
        // Dates still apply.
        assert!(
            titles(Filter {
                texts: vec!["crimea".into()],
                years: vec![2015..=2025],
                ..Filter::default()
            })
            .is_empty()
        );
    }

    #[test]
    fn criteria_combine_with_and_values_with_or() {
        let got = run(Filter {
            years: vec![2018..=2018],
            outcomes: vec![Outcome::Held, Outcome::Cancelled],
            ..Filter::default()
        });
        assert_eq!(got, ["helsinki-2018", "buenos-aires-2018"]);
        let got = run(Filter {
            countries: vec!["japan".into(), "finland".into()],
            ..Filter::default()
        });
        assert_eq!(got, ["helsinki-2018", "osaka-2019"]);
    }

    #[test]
    fn sorts_are_stable_and_reversible() {
        let d = Dataset::bundled().unwrap();
        let mut v: Vec<&Encounter> = d.encounters.iter().collect();
        sort(&mut v, SortKey::Duration, false);
        assert_eq!(
            &ids(&v)[..5],
            [
                "hamburg-2017-dinner",
                "osaka-2019",
                "helsinki-2018",
                "hamburg-2017",
                "alaska-2025"
            ]
        );
        // Undocumented durations stay last, in date order, both ways.
        assert_eq!(ids(&v)[5], "da-nang-2017");
        sort(&mut v, SortKey::Duration, true);
        assert_eq!(
            &ids(&v)[..6],
            [
                "alaska-2025",
                "hamburg-2017",
                "helsinki-2018",
                "osaka-2019",
                "hamburg-2017-dinner",
                "da-nang-2017"
            ]
        );

        sort(&mut v, SortKey::Outcome, false);
        // Ties (same outcome) keep chronological order.
        assert_eq!(
            &ids(&v)[..4],
            ["hamburg-2017", "helsinki-2018", "osaka-2019", "alaska-2025"]
        );
        sort(&mut v, SortKey::Outcome, true);
        assert_eq!(&ids(&v)[..2], ["washington-2018", "moscow-2020"]);

        sort(&mut v, SortKey::Title, false);
        assert_eq!(&ids(&v)[..3], ["alaska-2025", "da-nang-2017", "paris-2018"]);
        sort(&mut v, SortKey::Place, false);
        assert_eq!(ids(&v)[0], "alaska-2025");
        sort(&mut v, SortKey::Date, true);
        assert_eq!(ids(&v)[0], "budapest-2025");
    }

    #[test]
    fn groups_in_natural_order() {
        let d = Dataset::bundled().unwrap();
        let mut v: Vec<&Encounter> = d.encounters.iter().collect();
        sort(&mut v, SortKey::Date, false);
        let titles: Vec<String> = group(&v, GroupBy::Year, false)
            .into_iter()
            .map(|g| g.0)
            .collect();
        assert_eq!(titles, ["2017", "2018", "2019", "2020", "2025"]);
        let g = group(&v, GroupBy::Outcome, false);
        assert_eq!(
            g.iter().map(|g| g.1.len()).collect::<Vec<_>>(),
            [4, 3, 2, 2]
        );
        let titles: Vec<String> = group(&v, GroupBy::Country, true)
            .into_iter()
            .map(|g| g.0)
            .collect();
        assert_eq!(titles[0], "Vietnam");
    }

    #[test]
    fn lookup_by_id_prefix_and_words() {
        let d = Dataset::bundled().unwrap();
        let found = |q: &str| match lookup(&d.encounters, q) {
            Lookup::Found(e) => e.id.clone(),
            other => panic!("{q}: {other:?}"),
        };
        assert_eq!(found("helsinki-2018"), "helsinki-2018");
        assert_eq!(found("HELSINKI"), "helsinki-2018");
        assert_eq!(found("osa"), "osaka-2019");
        assert_eq!(found("hamburg-2017"), "hamburg-2017");
        assert_eq!(found("Alaska"), "alaska-2025");
        assert_eq!(found("finland"), "helsinki-2018");
        assert_eq!(found("elbphilharmonie"), "hamburg-2017-dinner");
        match lookup(&d.encounters, "hamburg") {
            Lookup::Ambiguous(v) => assert_eq!(ids(&v), ["hamburg-2017", "hamburg-2017-dinner"]),
            other => panic!("{other:?}"),
        }
        match lookup(&d.encounters, "united states") {
            Lookup::Ambiguous(v) => assert_eq!(ids(&v), ["washington-2018", "alaska-2025"]),
            other => panic!("{other:?}"),
        }
        match lookup(&d.encounters, "helsinki-2019") {
            Lookup::NotFound(s) => assert_eq!(s[0], "helsinki-2018"),
            other => panic!("{other:?}"),
        }
        match lookup(&d.encounters, "zzzz") {
            Lookup::NotFound(s) => assert!(s.is_empty()),
            other => panic!("{other:?}"),
        }
    }
}
