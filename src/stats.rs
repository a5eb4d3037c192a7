//! Summary statistics: the records counted by year and kind, the time the
//! two spent together and on the telephone, and the gaps between meetings
//! in person.
//!
//! Counts, totals and gaps are of the records a view chose; a gap is
//! always one of the whole record (see [`crate::gaps`]), and "since they
//! last met" and "since they last spoke" are of the whole record too, up
//! to the day asked, and say when that day is past the day the record was
//! checked through.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::date::Span;
use crate::gaps::{self, Gap};
use crate::model::{Channel, Encounter, Outcome, RecordKind, Tally};

/// Counts of one row of the year × kind table.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Meetings held.
    pub held: usize,
    /// Informal encounters.
    pub informal: usize,
    /// Cancelled meetings.
    pub cancelled: usize,
    /// Proposals that never became meetings.
    pub proposed: usize,
    /// Calls.
    pub call: usize,
    /// Envoy meetings.
    pub envoy: usize,
    /// All of them.
    pub total: usize,
}

impl Counts {
    fn add(&mut self, kind: RecordKind) {
        *self.slot(kind) += 1;
        self.total += 1;
    }

    fn slot(&mut self, kind: RecordKind) -> &mut usize {
        match kind {
            RecordKind::Held => &mut self.held,
            RecordKind::Informal => &mut self.informal,
            RecordKind::Cancelled => &mut self.cancelled,
            RecordKind::Proposed => &mut self.proposed,
            RecordKind::Call => &mut self.call,
            RecordKind::Envoy => &mut self.envoy,
        }
    }

    /// The count for one kind.
    pub fn get(&self, kind: RecordKind) -> usize {
        match kind {
            RecordKind::Held => self.held,
            RecordKind::Informal => self.informal,
            RecordKind::Cancelled => self.cancelled,
            RecordKind::Proposed => self.proposed,
            RecordKind::Call => self.call,
            RecordKind::Envoy => self.envoy,
        }
    }
}

/// A reference to a record in statistics output.
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
    /// What became of it.
    pub outcome: Outcome,
    /// What it is: a meeting held, a call, a proposal...
    pub kind: RecordKind,
}

impl Ref {
    fn of(e: &Encounter) -> Ref {
        Ref {
            id: e.id.to_string(),
            date: e.date.as_str().to_string(),
            human_date: e.date.human(),
            title: e.title.to_string(),
            outcome: e.outcome,
            kind: e.kind(),
        }
    }
}

/// A gap between two meetings in person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GapFigure {
    /// The meeting it starts after.
    pub from: Ref,
    /// The meeting it ends with.
    pub to: Ref,
    /// Its length in days (the shortest it can be).
    pub days: i64,
    /// The longest it can be, when a date is not known to the day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days_at_most: Option<i64>,
    /// Its length in words.
    pub text: String,
}

impl GapFigure {
    fn of(g: &Gap) -> GapFigure {
        let (days, most) = g.range();
        GapFigure {
            from: Ref::of(g.from),
            to: Ref::of(g.to),
            days,
            days_at_most: (most != days).then_some(most),
            text: g.text(),
        }
    }
}

/// The time from the last contact of a kind to the day asked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Since {
    /// The last such contact on or before the day.
    pub from: Ref,
    /// Days from its last day to the day asked.
    pub days: i64,
    /// The same in words.
    pub text: String,
    /// When the day asked is past the day the record is checked through:
    /// the days from the contact to that day, all that is known for
    /// sure (a later contact would not be in the record).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days_checked: Option<i64>,
}

/// The documented lengths of a kind of contact, added up.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Durations {
    /// The sum of the lengths the records give, in minutes.
    pub minutes: u32,
    /// The sum with each disputed length at the longest its sources give;
    /// the same as `minutes` when none is disputed.
    pub minutes_at_most: u32,
    /// The sum with each disputed length at the shortest.
    pub minutes_at_least: u32,
    /// How many were added.
    pub documented: usize,
    /// How many of those the sources give different lengths for.
    pub disputed: usize,
    /// How many have no documented length.
    pub undocumented: usize,
    /// What was counted, in words: "4 meetings held, 4 informal
    /// encounters".
    pub of: String,
}

impl Durations {
    fn of<'e, 'a: 'e>(records: impl Iterator<Item = &'e Encounter<'a>>) -> Durations {
        let mut d = Durations::default();
        let mut tally = Tally::default();
        for e in records {
            tally.add(e.kind());
            match e.duration_minutes {
                Some(m) => {
                    let [low, high] = e.duration_range_minutes.unwrap_or([m, m]);
                    d.minutes = d.minutes.saturating_add(m);
                    d.minutes_at_least = d.minutes_at_least.saturating_add(low.min(m));
                    d.minutes_at_most = d.minutes_at_most.saturating_add(high.max(m));
                    d.documented += 1;
                    d.disputed += usize::from(low != high);
                }
                None => d.undocumented += 1,
            }
        }
        d.of = tally.words();
        d
    }
}

/// One host country: the encounters there, and the envoy meetings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Host {
    /// The country.
    pub country: String,
    /// Meetings in person that took place there.
    pub encounters: usize,
    /// Envoy meetings there.
    pub envoy: usize,
}

/// Statistics over a selection of records.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    /// How many records were counted.
    pub records: usize,
    /// What the selection is, when it is not the whole record ("2017–2019;
    /// held"): every figure below but the whole record's covers only it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub covers: Option<String>,
    /// Counts per year the record's date starts in.
    pub by_year: BTreeMap<i32, Counts>,
    /// Counts over all years.
    pub totals: Counts,
    /// Where they met: per country, the meetings in person that took
    /// place there and the envoy meetings, most first (ties
    /// alphabetical). Invitations and cancelled meetings host nothing.
    pub by_country: Vec<Host>,
    /// The time they spent together in person, as documented.
    pub in_person: Durations,
    /// The time they spent on the telephone, as documented.
    pub on_the_phone: Durations,
    /// The earliest record counted, whatever it is.
    pub first: Option<Ref>,
    /// The latest record counted: it may be a meeting that was called off
    /// or never agreed.
    pub last: Option<Ref>,
    /// The longest of the whole record's gaps between meetings in person
    /// that fall among the records counted.
    pub longest_gap: Option<GapFigure>,
    /// How many such gaps.
    pub gaps: usize,
    /// Their mean, in days (the middle of a gap known only roughly).
    pub mean_gap_days: Option<f64>,
    /// The mean in words ("about 4 months 27 days").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mean_gap_text: Option<String>,
    /// Their median, in days.
    pub median_gap_days: Option<f64>,
    /// The median in words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub median_gap_text: Option<String>,
    /// The day "since" is measured to.
    pub as_of: NaiveDate,
    /// The day through which the record was checked, when it says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub checked_through: Option<NaiveDate>,
    /// Of the whole record: the time since they last met in person.
    pub since_last_meeting: Option<Since>,
    /// Of the whole record: the time since they last spoke on the
    /// telephone.
    pub since_last_call: Option<Since>,
}

/// The time since the last record of `record` that `is` picks, on or
/// before `as_of`: a contact under way that day counts, one that starts
/// after it does not.
pub fn since(
    record: &[&Encounter],
    is: impl Fn(&Encounter) -> bool,
    as_of: NaiveDate,
    checked_through: Option<NaiveDate>,
) -> Option<Since> {
    let last = record
        .iter()
        .filter(|e| is(e) && e.date.start() <= as_of)
        .max_by(|a, b| a.date.cmp(&b.date))?;
    let days = |to: NaiveDate| (to - last.date.end()).num_days().max(0);
    Some(Since {
        from: Ref::of(last),
        days: days(as_of),
        text: Span::between(last.date.end(), as_of).to_string(),
        days_checked: checked_through.filter(|c| *c < as_of).map(days),
    })
}

impl Stats {
    /// The statistics of `shown`, a selection of `record` (the whole
    /// dataset, whose gaps and last contacts these are), measuring "since"
    /// up to `as_of` (usually today).
    pub fn compute(
        record: &[&Encounter],
        shown: &[&Encounter],
        as_of: NaiveDate,
        checked_through: Option<NaiveDate>,
    ) -> Stats {
        let mut sorted = shown.to_vec();
        sorted.sort_by(|a, b| a.date.cmp(&b.date));

        let mut by_year: BTreeMap<i32, Counts> = BTreeMap::new();
        let mut totals = Counts::default();
        let mut hosts: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
        for e in &sorted {
            by_year
                .entry(e.date.start().year())
                .or_default()
                .add(e.kind());
            totals.add(e.kind());
            if e.met_in_person() {
                hosts.entry(e.country.as_ref()).or_default().0 += 1;
            } else if e.channel == Channel::Envoy && e.took_place() {
                hosts.entry(e.country.as_ref()).or_default().1 += 1;
            }
        }
        let mut by_country: Vec<Host> = hosts
            .into_iter()
            .map(|(c, (encounters, envoy))| Host {
                country: c.to_string(),
                encounters,
                envoy,
            })
            .collect();
        by_country.sort_by(|a, b| {
            (b.encounters + b.envoy)
                .cmp(&(a.encounters + a.envoy))
                .then_with(|| a.country.cmp(&b.country))
        });

        let gaps: Vec<Gap> = gaps::among(&gaps::between_meetings(record), &sorted);
        let longest_gap = gaps.iter().max_by_key(|g| g.range()).map(GapFigure::of);
        let mut days: Vec<f64> = gaps.iter().map(Gap::middle_days).collect();
        days.sort_by(f64::total_cmp);
        let mean_gap_days =
            (!days.is_empty()).then(|| days.iter().sum::<f64>() / days.len() as f64);
        let median_gap_days = (!days.is_empty()).then(|| {
            let n = days.len();
            if n % 2 == 1 {
                days[n / 2]
            } else {
                (days[n / 2 - 1] + days[n / 2]) / 2.0
            }
        });
        Stats {
            records: sorted.len(),
            covers: None,
            by_year,
            totals,
            by_country,
            in_person: Durations::of(sorted.iter().copied().filter(|e| e.met_in_person())),
            on_the_phone: Durations::of(
                sorted
                    .iter()
                    .copied()
                    .filter(|e| e.channel == Channel::Call && e.took_place()),
            ),
            first: sorted.first().map(|e| Ref::of(e)),
            last: sorted.last().map(|e| Ref::of(e)),
            longest_gap,
            gaps: gaps.len(),
            mean_gap_text: mean_gap_days.map(|d| Span::about(d).about_text()),
            median_gap_text: median_gap_days.map(|d| Span::about(d).about_text()),
            mean_gap_days,
            median_gap_days,
            as_of,
            checked_through,
            since_last_meeting: since(record, |e| e.met_in_person(), as_of, checked_through),
            since_last_call: since(
                record,
                |e| e.channel == Channel::Call && e.took_place(),
                as_of,
                checked_through,
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// Each year's row counts the records dated in it by kind; the totals
    /// are the tally of every record counted.
    #[test]
    fn counts_by_year_and_kind_are_the_records_tally() {
        let d = crate::testing::record();
        let all: Vec<&Encounter> = d.encounters.iter().collect();
        let s = Stats::compute(&all, &all, day(2026, 12, 7), d.checked_through);
        let tally = Tally::of(all.iter().copied());
        for k in RecordKind::ALL {
            assert_eq!(s.totals.get(k), tally.get(k), "{k}");
            let by_years: usize = s.by_year.values().map(|c| c.get(k)).sum();
            assert_eq!(by_years, tally.get(k), "{k}");
        }
        assert_eq!((s.records, s.totals.total), (all.len(), all.len()));
        for (year, c) in &s.by_year {
            let dated = all.iter().filter(|e| e.date.start().year() == *year);
            assert_eq!(c.total, dated.count(), "{year}");
        }
        assert!(s.totals.call > 0 && s.totals.envoy > 0 && s.totals.proposed > 0);
    }

    /// A country hosts the meetings in person that took place there and
    /// the envoy meetings; never an invitation, a cancelled meeting or a
    /// call.
    #[test]
    fn only_what_took_place_there_is_hosted() {
        let d = crate::testing::record();
        let all: Vec<&Encounter> = d.encounters.iter().collect();
        let s = Stats::compute(&all, &all, day(2026, 12, 7), None);
        let hosted: usize = s.by_country.iter().map(|h| h.encounters).sum();
        let envoy: usize = s.by_country.iter().map(|h| h.envoy).sum();
        assert_eq!(hosted, all.iter().filter(|e| e.met_in_person()).count());
        assert_eq!(envoy, s.totals.envoy);
        assert!(s.by_country.iter().all(|h| !h.country.is_empty()));
        // Russia hosted no meeting in person, only envoys, though the
        // record holds invitations to Moscow.
        let russia = s.by_country.iter().find(|h| h.country == "Russia").unwrap();
        assert_eq!(russia.encounters, 0);
        assert!(russia.envoy > 0);
        assert!(all.iter().any(|e| e.country == "Russia" && !e.took_place()));
    }

    /// The time together counts the meetings in person, the time on the
    /// telephone the calls; each total gives the range where the sources
    /// differ on a length.
    #[test]
    fn time_together_and_on_the_phone_with_their_ranges() {
        let d = crate::testing::record();
        let all: Vec<&Encounter> = d.encounters.iter().collect();
        let s = Stats::compute(&all, &all, day(2026, 12, 7), None);
        let sum = |pick: &dyn Fn(&Encounter) -> bool, f: &dyn Fn(&Encounter) -> Option<u32>| {
            all.iter()
                .filter(|e| pick(e))
                .filter_map(|e| f(e))
                .sum::<u32>()
        };
        let met = |e: &Encounter| e.met_in_person();
        let call = |e: &Encounter| e.channel == Channel::Call;
        assert_eq!(s.in_person.minutes, sum(&met, &|e| e.duration_minutes));
        let low = |e: &Encounter| {
            e.duration_range_minutes
                .map(|r| r[0])
                .or(e.duration_minutes)
        };
        let high = |e: &Encounter| {
            e.duration_range_minutes
                .map(|r| r[1])
                .or(e.duration_minutes)
        };
        assert_eq!(s.in_person.minutes_at_least, sum(&met, &low));
        assert_eq!(s.in_person.minutes_at_most, sum(&met, &high));
        assert!(s.in_person.minutes_at_least < s.in_person.minutes_at_most);
        assert_eq!(s.on_the_phone.minutes, sum(&call, &|e| e.duration_minutes));
        assert_eq!(
            s.in_person.documented + s.in_person.undocumented,
            all.iter().filter(|e| met(e)).count()
        );
        assert_eq!(
            s.in_person.disputed,
            all.iter()
                .filter(|e| met(e) && e.duration_range_minutes.is_some())
                .count()
        );
        assert!(!s.in_person.of.contains("call") && s.on_the_phone.of.ends_with("calls"));
    }

    /// Gaps are the whole record's between occasions: meetings on one day
    /// are one occasion (no gap of 0 days), a selection keeps only the
    /// gaps both of whose meetings it holds, and never makes one of its
    /// own between meetings the record has others between.
    #[test]
    fn gaps_are_the_whole_records() {
        let d = crate::testing::record();
        let all: Vec<&Encounter> = d.encounters.iter().collect();
        let s = Stats::compute(&all, &all, day(2026, 12, 7), None);
        let record_gaps = gaps::between_meetings(&all);
        assert_eq!(s.gaps, record_gaps.len());
        assert!(record_gaps.iter().all(|g| g.days() > 0));
        let longest = s.longest_gap.unwrap();
        assert_eq!(
            (longest.from.id.as_str(), longest.to.id.as_str()),
            ("2019-osaka", "2025-alaska")
        );
        // The held meetings alone: Hamburg to Helsinki is not a gap of the
        // record (Da Nang lies between), so it is not counted.
        let held: Vec<&Encounter> = all
            .iter()
            .copied()
            .filter(|e| e.kind() == RecordKind::Held)
            .collect();
        let s = Stats::compute(&all, &held, day(2026, 12, 7), None);
        assert_eq!(s.gaps, 1);
        let g = s.longest_gap.unwrap();
        assert_eq!(
            (g.from.id.as_str(), g.to.id.as_str()),
            ("2019-osaka", "2025-alaska")
        );
        // The mean of one gap is that gap.
        assert_eq!(s.mean_gap_days, Some(g.days as f64));
    }

    /// Since they last met, and since they last spoke, are the whole
    /// record's up to the day asked; past the day the record is checked
    /// through, the days known for sure are given too.
    #[test]
    fn the_last_contacts_as_of_a_day() {
        let d = crate::testing::record();
        let all: Vec<&Encounter> = d.encounters.iter().collect();
        let met = |e: &Encounter| e.met_in_person();
        let checked = d.checked_through.unwrap();
        // Before Alaska, the last meeting was Osaka.
        let g = since(&all, met, day(2025, 1, 1), Some(checked)).unwrap();
        assert_eq!(
            (g.from.id.as_str(), g.days, g.days_checked),
            ("2019-osaka", 2014, None)
        );
        assert_eq!(g.text, "5 years 6 months 4 days");
        // The day of a meeting counts, and the time since is none.
        let g = since(&all, met, day(2025, 8, 15), None).unwrap();
        assert_eq!((g.from.id.as_str(), g.days), ("2025-alaska", 0));
        // On the second day of a two-day meeting, it is the last one.
        let g = since(&all, met, day(2017, 11, 11), None).unwrap();
        assert_eq!((g.from.id.as_str(), g.days), ("2017-da-nang", 0));
        assert!(since(&all, met, day(2017, 7, 6), None).is_none());
        // Past the day checked: the days to that day, all that is sure.
        let as_of = checked + chrono::Days::new(100);
        let g = since(&all, met, as_of, Some(checked)).unwrap();
        let alaska = d.encounter("2025-alaska").unwrap().date.end();
        assert_eq!(g.days_checked, Some((checked - alaska).num_days()));
        assert_eq!(g.days, (as_of - alaska).num_days());
        // A call is not a meeting; the last call is the last call.
        let s = Stats::compute(&all, &all[..1], as_of, Some(checked));
        let last_call = all
            .iter()
            .filter(|e| e.channel == Channel::Call)
            .max_by_key(|e| e.date.start())
            .unwrap();
        assert_eq!(s.since_last_call.unwrap().from.id, last_call.id);
        assert_eq!(s.since_last_meeting.unwrap().from.id, "2025-alaska");
    }

    #[test]
    fn empty_input() {
        let s = Stats::compute(&[], &[], day(2026, 11, 29), None);
        assert_eq!(s.records, 0);
        assert!(s.first.is_none() && s.longest_gap.is_none() && s.mean_gap_days.is_none());
        assert!(s.since_last_meeting.is_none() && s.since_last_call.is_none());
    }
}
