//! Summary statistics over a set of encounters.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::date::Span;
use crate::gaps;
use crate::model::{Encounter, Outcome};

/// Counts of one row of the year × outcome table.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct OutcomeCounts {
    /// Held meetings.
    pub held: usize,
    /// Informal encounters.
    pub informal: usize,
    /// Cancelled meetings.
    pub cancelled: usize,
    /// Proposals that never happened.
    pub proposed: usize,
    /// All of them.
    pub total: usize,
}

impl OutcomeCounts {
    fn add(&mut self, o: Outcome) {
        *match o {
            Outcome::Held => &mut self.held,
            Outcome::Informal => &mut self.informal,
            Outcome::Cancelled => &mut self.cancelled,
            Outcome::Proposed => &mut self.proposed,
        } += 1;
        self.total += 1;
    }

    /// The count for one outcome.
    pub fn get(&self, o: Outcome) -> usize {
        match o {
            Outcome::Held => self.held,
            Outcome::Informal => self.informal,
            Outcome::Cancelled => self.cancelled,
            Outcome::Proposed => self.proposed,
        }
    }
}

/// A reference to an encounter in statistics output.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Ref {
    /// Its id.
    pub id: String,
    /// Its date as written.
    pub date: String,
    /// Its date in words, for reading ("10–11 Nov 2017").
    #[serde(skip)]
    pub human_date: String,
    /// Its title.
    pub title: String,
    /// What became of it: a record may be a meeting that never took place.
    pub outcome: Outcome,
}

impl Ref {
    fn of(e: &Encounter) -> Ref {
        Ref {
            id: e.id.to_string(),
            date: e.date.as_str().to_string(),
            human_date: e.date.human(),
            title: e.title.to_string(),
            outcome: e.outcome,
        }
    }
}

/// A stretch of time between two meetings, or from the last meeting to
/// the day the statistics were made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Gap {
    /// The meeting it starts after.
    pub from: Ref,
    /// The meeting it ends with; `None` for the time since the last one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<Ref>,
    /// Its length in days.
    pub days: i64,
    /// Its length in words.
    pub text: String,
}

/// Statistics over a set of encounters.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    /// How many encounters.
    pub encounters: usize,
    /// Counts per year the encounter starts in.
    pub by_year: BTreeMap<i32, OutcomeCounts>,
    /// Counts over all years.
    pub totals: OutcomeCounts,
    /// Counts per host country, most first (ties alphabetical); an object
    /// in JSON, in the same order.
    #[serde(serialize_with = "in_order")]
    pub by_country: Vec<(String, usize)>,
    /// Sum of the documented durations of held and informal encounters.
    pub face_to_face_minutes: u32,
    /// Held and informal encounters whose duration is not documented.
    pub face_to_face_undocumented: usize,
    /// The earliest record, whatever its outcome.
    pub first: Option<Ref>,
    /// The latest record, whatever its outcome: it may be a meeting that
    /// was called off or never agreed.
    pub last: Option<Ref>,
    /// The day "since the last meeting" is measured to: the last meeting
    /// is the last one on or before it.
    pub as_of: NaiveDate,
    /// The day through which the dataset's record was checked, when it
    /// says: a meeting after it would not be counted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub checked_through: Option<NaiveDate>,
    /// The time from the last meeting that took place on or before
    /// `as_of` to `as_of`; `None` when none had by then.
    pub since_last_meeting: Option<Gap>,
    /// The longest gap between consecutive meetings that took place.
    pub longest_gap: Option<Gap>,
    /// Mean gap between consecutive meetings that took place, in days.
    pub mean_gap_days: Option<f64>,
    /// The mean gap in words, as near as whole days go ("about 4 months
    /// 27 days").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mean_gap_text: Option<String>,
    /// Median of those gaps, in days.
    pub median_gap_days: Option<f64>,
    /// The median gap in words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub median_gap_text: Option<String>,
}

/// A list of pairs as a JSON object, keeping their order.
fn in_order<S: serde::Serializer>(pairs: &[(String, usize)], s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = s.serialize_map(Some(pairs.len()))?;
    for (k, v) in pairs {
        map.serialize_entry(k, v)?;
    }
    map.end()
}

impl Stats {
    /// The time from the last meeting that took place among `encounters`
    /// (any order) on or before `as_of`, to `as_of`: a meeting under way
    /// that day counts, one that starts after it does not. `None` when
    /// none had taken place by then.
    pub fn since_last_meeting(encounters: &[&Encounter], as_of: NaiveDate) -> Option<Gap> {
        let last = encounters
            .iter()
            .filter(|e| e.outcome.took_place() && e.date.start() <= as_of)
            .max_by(|a, b| a.date.cmp(&b.date))?;
        Some(Gap {
            from: Ref::of(last),
            to: None,
            days: (as_of - last.date.end()).num_days().max(0),
            text: Span::between(last.date.end(), as_of).to_string(),
        })
    }

    /// Compute the statistics of `encounters`, measuring the time since
    /// the last meeting up to `as_of` (usually today).
    pub fn compute(encounters: &[&Encounter], as_of: NaiveDate) -> Stats {
        let mut sorted = encounters.to_vec();
        sorted.sort_by(|a, b| a.date.cmp(&b.date));

        let mut by_year: BTreeMap<i32, OutcomeCounts> = BTreeMap::new();
        let mut totals = OutcomeCounts::default();
        let mut countries: BTreeMap<&str, usize> = BTreeMap::new();
        let (mut minutes, mut undocumented) = (0u32, 0usize);
        for e in &sorted {
            by_year
                .entry(e.date.start().year())
                .or_default()
                .add(e.outcome);
            totals.add(e.outcome);
            *countries.entry(e.country.as_ref()).or_default() += 1;
            if e.outcome.took_place() {
                match e.duration_minutes {
                    Some(m) => minutes = minutes.saturating_add(m),
                    None => undocumented += 1,
                }
            }
        }
        let mut by_country: Vec<(String, usize)> = countries
            .into_iter()
            .map(|(c, n)| (c.to_string(), n))
            .collect();
        by_country.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));

        let gaps = gaps::between_meetings(&sorted);
        let longest_gap = gaps.iter().max_by_key(|g| g.days()).map(|g| Gap {
            from: Ref::of(g.from),
            to: Some(Ref::of(g.to)),
            days: g.days(),
            text: g.span().to_string(),
        });
        let since_last_meeting = Stats::since_last_meeting(&sorted, as_of);
        let mut days: Vec<i64> = gaps.iter().map(gaps::Gap::days).collect();
        days.sort_unstable();
        let mean_gap_days =
            (!days.is_empty()).then(|| days.iter().sum::<i64>() as f64 / days.len() as f64);
        let median_gap_days = (!days.is_empty()).then(|| {
            let n = days.len();
            if n % 2 == 1 {
                days[n / 2] as f64
            } else {
                (days[n / 2 - 1] + days[n / 2]) as f64 / 2.0
            }
        });

        Stats {
            mean_gap_text: mean_gap_days.map(|d| Span::about(d).about_text()),
            median_gap_text: median_gap_days.map(|d| Span::about(d).about_text()),
            encounters: sorted.len(),
            by_year,
            totals,
            by_country,
            face_to_face_minutes: minutes,
            face_to_face_undocumented: undocumented,
            first: sorted.first().map(|e| Ref::of(e)),
            last: sorted.last().map(|e| Ref::of(e)),
            as_of,
            checked_through: None,
            since_last_meeting,
            longest_gap,
            mean_gap_days,
            median_gap_days,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_statistics() {
        let d = crate::testing::record();
        let all: Vec<&Encounter> = d.encounters.iter().collect();
        let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
        let s = Stats::compute(&all, today);
        assert_eq!(s.encounters, 17);
        assert_eq!(
            s.by_year[&2018],
            OutcomeCounts {
                held: 1,
                informal: 2,
                cancelled: 1,
                proposed: 3,
                total: 7
            }
        );
        assert_eq!(
            s.totals,
            OutcomeCounts {
                held: 4,
                informal: 4,
                cancelled: 2,
                proposed: 7,
                total: 17
            }
        );
        // Most first, ties alphabetical.
        assert_eq!(s.by_country[0], ("Russia".to_string(), 3));
        assert_eq!(s.by_country[1], ("United States".to_string(), 3));
        assert_eq!(s.by_country[2], ("Argentina".to_string(), 2));
        assert_eq!(s.by_country[6], ("Hungary".to_string(), 1));
        // 135 + 60 + 120 + 15 + 80 + 150 minutes; Da Nang and Paris
        // undocumented.
        assert_eq!(s.face_to_face_minutes, 560);
        assert_eq!(s.face_to_face_undocumented, 2);
        assert_eq!(s.first.unwrap().id, "hamburg-2017");
        // The last record is the Budapest summit that was called off; the
        // last meeting, Alaska.
        assert_eq!(s.last.unwrap().id, "budapest-2025");
        let gap = s.longest_gap.unwrap();
        assert_eq!(gap.from.id, "osaka-2019");
        assert_eq!(gap.to.unwrap().id, "alaska-2025");
        let since = s.since_last_meeting.unwrap();
        assert_eq!((since.from.id.as_str(), since.days), ("alaska-2025", 471));
        assert_eq!(since.text, "1 year 3 months 14 days");
        assert_eq!(gap.days, 2240);
        // Gaps between encounters that took place: 0, 126, 247, 118, 19,
        // 210, 2240 days.
        assert_eq!(s.median_gap_days, Some(126.0));
        assert!((s.mean_gap_days.unwrap() - 2960.0 / 7.0).abs() < 1e-9);
        // 422.9 days: a year (365.2425), a month (30.4), 27 days.
        assert_eq!(
            s.mean_gap_text.as_deref(),
            Some("about 1 year 1 month 27 days")
        );
        assert_eq!(s.median_gap_text.as_deref(), Some("about 4 months 4 days"));
    }

    #[test]
    fn the_last_meeting_as_of_a_day() {
        let d = crate::testing::record();
        let all: Vec<&Encounter> = d.encounters.iter().collect();
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let since = |as_of| Stats::since_last_meeting(&all, as_of);
        // Before Alaska, the last meeting was Osaka.
        let g = since(day(2025, 1, 1)).unwrap();
        assert_eq!((g.from.id.as_str(), g.days), ("osaka-2019", 2014));
        assert_eq!(g.text, "5 years 6 months 4 days");
        // The day of a meeting counts, and the time since is none.
        let g = since(day(2025, 8, 15)).unwrap();
        assert_eq!((g.from.id.as_str(), g.days), ("alaska-2025", 0));
        let g = since(day(2025, 8, 14)).unwrap();
        assert_eq!(g.from.id, "osaka-2019");
        // On the second day of a two-day meeting, it is the last one.
        let g = since(day(2017, 11, 11)).unwrap();
        assert_eq!((g.from.id.as_str(), g.days), ("da-nang-2017", 0));
        // Before the first meeting there is none.
        assert!(since(day(2017, 7, 6)).is_none());
        // Two meetings that day: the later in the record, the dinner.
        assert_eq!(
            since(day(2017, 7, 7)).unwrap().from.id,
            "hamburg-2017-dinner"
        );
    }

    #[test]
    fn empty_input() {
        let s = Stats::compute(&[], NaiveDate::from_ymd_opt(2026, 11, 29).unwrap());
        assert_eq!(s.encounters, 0);
        assert!(s.first.is_none() && s.longest_gap.is_none() && s.mean_gap_days.is_none());
        assert!(s.since_last_meeting.is_none());
    }
}
