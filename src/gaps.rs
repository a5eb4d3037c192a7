//! Time between meetings in person: the gaps between the encounters of
//! the whole record (meetings held or informal), and a record's
//! neighbours in time.
//!
//! A gap is a fact of the whole record, never of a selection: "six years
//! without meeting in person" counts from the last time the two were
//! together, whatever a view shows. Calls, envoy meetings, proposals and
//! cancelled meetings keep their place in the order, but they neither
//! open nor close a gap. Meetings on the same day, or on overlapping
//! days, are one occasion: no gap runs between them.

use serde::Serialize;

use crate::Dataset;
use crate::date::{EdtfDate, Span};
use crate::model::Encounter;

/// The stretch between two consecutive occasions of meeting in person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Gap<'a> {
    /// The meeting before the gap (of an occasion of several, the one
    /// that ends last).
    pub from: &'a Encounter<'a>,
    /// The meeting after it.
    pub to: &'a Encounter<'a>,
}

/// The earliest day a date's last day may be, and the latest its first
/// day may be: for a date known to the day (one day or several), its last
/// and first day; for a month, season or year, the other end of it.
fn ends(date: &EdtfDate) -> (chrono::NaiveDate, chrono::NaiveDate) {
    if date.day_span().is_some() {
        (date.end(), date.start())
    } else {
        (date.start(), date.end())
    }
}

impl Gap<'_> {
    /// From the last day of `from` to the first day of `to`, the shortest
    /// it can be; zero when they fall on the same day or overlap.
    pub fn span(&self) -> Span {
        Span::between(self.from.date.end(), self.to.date.start())
    }

    /// The shortest length in days.
    pub fn days(&self) -> i64 {
        (self.to.date.start() - self.from.date.end())
            .num_days()
            .max(0)
    }

    /// The shortest and longest length in days: the same figure when both
    /// meetings are dated to the day; a range when either is known only to
    /// the month, season or year.
    pub fn range(&self) -> (i64, i64) {
        let (earliest_end, _) = ends(&self.from.date);
        let (_, latest_start) = ends(&self.to.date);
        let longest = (latest_start - earliest_end).num_days().max(self.days());
        (self.days(), longest)
    }

    /// True when the length is known to the day.
    pub fn is_exact(&self) -> bool {
        let (a, b) = self.range();
        a == b
    }

    /// Its length in words: "6 years 1 month 18 days" when known to the
    /// day; "about 7 months (204–233 days)" when not.
    pub fn text(&self) -> String {
        match self.range() {
            (a, b) if a == b => self.span().to_string(),
            (a, b) => format!(
                "about {} ({a}–{b} days)",
                Span::about((a + b) as f64 / 2.0).rounded()
            ),
        }
    }

    /// The middle of its range in days: its length when exact.
    pub fn middle_days(&self) -> f64 {
        let (a, b) = self.range();
        (a + b) as f64 / 2.0
    }
}

/// A gap as the machine formats give it: the meetings on either side, by
/// id, and its length.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GapRecord {
    /// Id of the meeting before the gap.
    pub from: String,
    /// Id of the meeting after it.
    pub to: String,
    /// Its length in days (the shortest it can be).
    pub days: i64,
    /// The longest it can be, when a date is not known to the day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days_at_most: Option<i64>,
    /// Its length in words, e.g. "6 years 1 month 18 days".
    pub text: String,
}

impl From<&Gap<'_>> for GapRecord {
    fn from(g: &Gap<'_>) -> Self {
        let (days, most) = g.range();
        GapRecord {
            from: g.from.id.to_string(),
            to: g.to.id.to_string(),
            days,
            days_at_most: (most != days).then_some(most),
            text: g.text(),
        }
    }
}

/// The gaps between consecutive occasions of meeting in person among
/// `records` (in any order), oldest first. Give it the whole record: a
/// view of a selection keeps the gaps [`Gap::within`] it.
pub fn between_meetings<'a>(records: &[&'a Encounter<'a>]) -> Vec<Gap<'a>> {
    let mut met: Vec<&'a Encounter<'a>> = records
        .iter()
        .copied()
        .filter(|e| e.met_in_person())
        .collect();
    met.sort_by(|a, b| a.date.cmp(&b.date));
    let mut gaps = Vec::new();
    let mut last: Option<&'a Encounter<'a>> = None;
    for e in met {
        match last {
            // The same occasion: it ends when the last of it ends.
            Some(l) if e.date.start() <= l.date.end() => {
                if e.date.end() >= l.date.end() {
                    last = Some(e);
                }
            }
            Some(l) => {
                gaps.push(Gap { from: l, to: e });
                last = Some(e);
            }
            None => last = Some(e),
        }
    }
    gaps
}

/// The gaps of `record` both of whose meetings are among `shown`, in
/// their order: what a view of a selection draws.
pub fn among<'a>(record: &[Gap<'a>], shown: &[&Encounter]) -> Vec<Gap<'a>> {
    let ids: std::collections::HashSet<&str> = shown.iter().map(|e| e.id.as_ref()).collect();
    record
        .iter()
        .filter(|g| ids.contains(g.from.id.as_ref()) && ids.contains(g.to.id.as_ref()))
        .copied()
        .collect()
}

/// The gaps of the whole dataset.
pub fn of_record<'a>(dataset: &'a Dataset<'a>) -> Vec<Gap<'a>> {
    let all: Vec<&Encounter> = dataset.encounters.iter().collect();
    between_meetings(&all)
}

/// The records and the meetings just before and after a record.
#[derive(Debug, Clone, Copy, Default)]
pub struct Neighbours<'a> {
    /// The record just before, whatever it is.
    pub previous_record: Option<&'a Encounter<'a>>,
    /// The record just after.
    pub next_record: Option<&'a Encounter<'a>>,
    /// The last meeting in person before it.
    pub previous_meeting: Option<&'a Encounter<'a>>,
    /// The first meeting in person after it.
    pub next_meeting: Option<&'a Encounter<'a>>,
}

/// The neighbours of `e` in `dataset`, in chronological order.
pub fn neighbours<'a>(dataset: &'a Dataset<'a>, e: &Encounter) -> Neighbours<'a> {
    neighbours_in(&dataset.chronological(), e)
}

/// The neighbours of `e` among `all`, which are in chronological order:
/// for a caller that keeps that order rather than sorting at every call.
/// The records before and after are among `all`; so are the meetings, so
/// give the whole record for those to be the whole record's.
pub fn neighbours_in<'a>(all: &[&'a Encounter<'a>], e: &Encounter) -> Neighbours<'a> {
    // By address first: a record of the dataset is found without
    // comparing ids.
    let Some(i) = all
        .iter()
        .position(|x| std::ptr::eq(*x, e))
        .or_else(|| all.iter().position(|x| x.id == e.id))
    else {
        return Neighbours::default();
    };
    let met = |x: &&&Encounter| x.met_in_person();
    Neighbours {
        previous_record: i.checked_sub(1).map(|p| all[p]),
        next_record: all.get(i + 1).copied(),
        previous_meeting: all[..i].iter().rev().find(met).copied(),
        next_meeting: all[i + 1..].iter().find(met).copied(),
    }
}

/// [`neighbours_in`], with the records before and after taken among
/// those of `channels` only (all when empty): the previous and next call,
/// say. The meetings before and after are the whole record's still.
pub fn neighbours_of_channels<'a>(
    all: &[&'a Encounter<'a>],
    e: &Encounter,
    channels: &[crate::model::Channel],
) -> Neighbours<'a> {
    let mut n = neighbours_in(all, e);
    if channels.is_empty() {
        return n;
    }
    let Some(i) = all.iter().position(|x| std::ptr::eq(*x, e) || x.id == e.id) else {
        return n;
    };
    let kept = |x: &&&Encounter| channels.contains(&x.channel);
    n.previous_record = all[..i].iter().rev().find(kept).copied();
    n.next_record = all[i + 1..].iter().find(kept).copied();
    n
}

/// How far apart two records are, `earlier` then `later`, in words: the
/// span from the end of one to the start of the other ("8 months 5
/// days"), "about …" with the range in days when either is not dated to
/// the day, or `None` when they fall on the same day or overlap.
pub fn distance(earlier: &Encounter, later: &Encounter) -> Option<String> {
    let (end, start) = (earlier.date.end(), later.date.start());
    if start <= end {
        return None;
    }
    Some(
        Gap {
            from: earlier,
            to: later,
        }
        .text(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::Build;

    fn ids<'a>(e: Option<&'a Encounter<'a>>) -> Option<&'a str> {
        e.map(|e| e.id.as_ref())
    }

    #[test]
    fn gaps_only_between_meetings_in_person_that_took_place() {
        let d = crate::testing::record();
        let all: Vec<&Encounter> = d.encounters.iter().collect();
        let gaps: Vec<(String, String, i64)> = between_meetings(&all)
            .iter()
            .map(|g| (g.from.id.to_string(), g.to.id.to_string(), g.days()))
            .collect();
        // The two Hamburg meetings of one day are one occasion: no gap of
        // 0 days between them. Calls, envoy meetings and proposals
        // neither open nor close a gap.
        let expected = [
            ("2017-hamburg-dinner", "2017-da-nang", 126),
            ("2017-da-nang", "2018-helsinki", 247),
            ("2018-helsinki", "2018-paris", 118),
            ("2018-paris", "2018-buenos-aires-dinner", 19),
            ("2018-buenos-aires-dinner", "2019-osaka", 210),
            ("2019-osaka", "2025-alaska", 2240),
        ];
        let expected: Vec<(String, String, i64)> = expected
            .iter()
            .map(|(a, b, n)| (a.to_string(), b.to_string(), *n))
            .collect();
        assert_eq!(gaps, expected);
        let last = between_meetings(&all).pop().unwrap();
        assert_eq!(last.text(), "6 years 1 month 18 days");
        assert!(last.is_exact());
        assert!(between_meetings(&all[..1]).is_empty());
    }

    /// Meetings on one day or on overlapping days are one occasion; the
    /// gap after it runs from the last day of the one that ends last.
    #[test]
    fn an_occasion_of_several_meetings_ends_when_the_last_ends() {
        let d = Build::new()
            .meeting("talks", "2020-03-01/2020-03-03", "held")
            .meeting("dinner", "2020-03-02", "informal")
            .meeting("walk", "2020-03-03", "informal")
            .call("call", "2020-03-10")
            .meeting("later", "2020-03-20", "held")
            .dataset();
        let all: Vec<&Encounter> = d.encounters.iter().collect();
        let gaps = between_meetings(&all);
        assert_eq!(gaps.len(), 1);
        assert_eq!(
            (gaps[0].from.id.as_ref(), gaps[0].to.id.as_ref()),
            ("walk", "later")
        );
        assert_eq!(
            (gaps[0].days(), gaps[0].text()),
            (17, "17 days".to_string())
        );
    }

    /// A meeting known only to the month (or season, or year) makes the
    /// gaps beside it "about" a length, with its range in days: from the
    /// end of the month to the next meeting, to its start.
    #[test]
    fn a_gap_beside_a_month_is_about_a_range() {
        let d = Build::new()
            .meeting("before", "2019-01-15", "held")
            .meeting("sometime", "2019-06", "informal")
            .meeting("after", "2020-01-15", "held")
            .dataset();
        let all: Vec<&Encounter> = d.encounters.iter().collect();
        let gaps = between_meetings(&all);
        // 15 Jan to 1–30 Jun 2019: 137 to 166 days.
        assert_eq!(gaps[0].range(), (137, 166));
        assert!(!gaps[0].is_exact());
        assert_eq!(gaps[0].text(), "about 5 months (137–166 days)");
        // 1–30 Jun 2019 to 15 Jan 2020: 199 to 228 days.
        assert_eq!(gaps[1].range(), (199, 228));
        assert_eq!(gaps[1].text(), "about 7 months (199–228 days)");
        let record = GapRecord::from(&gaps[1]);
        assert_eq!((record.days, record.days_at_most), (199, Some(228)));
        // So is the distance `show` gives.
        let e = |id: &str| d.encounter(id).unwrap();
        assert_eq!(
            distance(e("sometime"), e("after")).as_deref(),
            Some("about 7 months (199–228 days)")
        );
    }

    /// A selection draws the whole record's gaps it holds both ends of,
    /// never one of its own between meetings the record has others
    /// between.
    #[test]
    fn a_selection_keeps_only_the_records_gaps() {
        let d = crate::testing::record();
        let all: Vec<&Encounter> = d.encounters.iter().collect();
        let held: Vec<&Encounter> = all
            .iter()
            .copied()
            .filter(|e| e.outcome == crate::model::Outcome::Held && e.met_in_person())
            .collect();
        let kept = among(&between_meetings(&all), &held);
        let ids: Vec<(&str, &str)> = kept.iter().map(|g| (&*g.from.id, &*g.to.id)).collect();
        assert_eq!(ids, [("2019-osaka", "2025-alaska")]);
        // Between the held meetings alone there would be three.
        assert_eq!(between_meetings(&held).len(), 3);
    }

    /// A record that is not the dataset's own (a copy) is found by its id.
    #[test]
    fn a_copy_of_a_record_has_the_same_neighbours() {
        let d = crate::testing::record();
        let all = d.chronological();
        let copy = d.encounter("2019-osaka").unwrap().clone();
        let n = neighbours_in(&all, &copy);
        assert_eq!(ids(n.previous_meeting), Some("2018-buenos-aires-dinner"));
        assert_eq!(ids(n.next_meeting), Some("2025-alaska"));
    }

    #[test]
    fn neighbours_tell_records_from_meetings() {
        let d = crate::testing::record();
        // Records of any kind beside it; meetings in person only.
        let n = neighbours(&d, d.encounter("2025-alaska").unwrap());
        assert_eq!(ids(n.previous_record), Some("2025-08-06-witkoff"));
        assert_eq!(ids(n.previous_meeting), Some("2019-osaka"));
        assert_eq!(ids(n.next_record), Some("2025-08-19-call"));
        assert_eq!(ids(n.next_meeting), None);
        let n = neighbours(&d, d.encounter("2018-washington").unwrap());
        assert_eq!(ids(n.previous_record), Some("2018-helsinki"));
        assert_eq!(ids(n.previous_meeting), Some("2018-helsinki"));
        assert_eq!(ids(n.next_record), Some("2018-moscow"));
        assert_eq!(ids(n.next_meeting), Some("2018-paris"));
        let n = neighbours(&d, d.encounter("2019-osaka").unwrap());
        assert_eq!(ids(n.next_record), Some("2020-moscow"));
        assert_eq!(ids(n.next_meeting), Some("2025-alaska"));
    }

    #[test]
    fn distance_is_none_on_the_same_day() {
        let d = crate::testing::record();
        let e = |id| d.encounter(id).unwrap();
        assert_eq!(distance(e("2017-hamburg"), e("2017-hamburg-dinner")), None);
        assert_eq!(
            distance(e("2019-osaka"), e("2025-alaska")).map(|s| s.to_string()),
            Some("6 years 1 month 18 days".to_string())
        );
    }
}
