//! The timeline: encounters and context events in date order, with the long
//! gaps between meetings that took place made explicit.

use serde::Serialize;

use crate::date::Span;
use crate::gaps;
use crate::model::{ContextEvent, Encounter};

/// Gaps of at least this many months between consecutive meetings are
/// shown on the timeline.
pub const LONG_GAP_MONTHS: u32 = 6;

/// One line of the timeline.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Entry<'a> {
    /// A record.
    #[serde(rename = "record")]
    Encounter {
        /// The record.
        #[serde(flatten)]
        encounter: &'a Encounter<'a>,
    },
    /// A context event.
    Context {
        /// The event.
        #[serde(flatten)]
        event: &'a ContextEvent,
    },
    /// A long stretch without meeting in person.
    Gap {
        /// Id of the meeting before the gap.
        from: &'a str,
        /// Id of the meeting after the gap.
        to: &'a str,
        /// Length of the gap (the shortest it can be).
        span: Span,
        /// Its length in days (the shortest it can be).
        days: i64,
        /// The longest it can be, when a date is not known to the day.
        #[serde(skip_serializing_if = "Option::is_none")]
        days_at_most: Option<i64>,
        /// The length in words, e.g. "6 years 1 month", "about 7 months
        /// (204–233 days)".
        text: String,
    },
}

impl Entry<'_> {
    /// The first day of the entry, for ordering.
    fn start(&self) -> chrono::NaiveDate {
        match self {
            Entry::Encounter { encounter } => encounter.date.start(),
            Entry::Context { event } => event.date.start(),
            Entry::Gap { .. } => chrono::NaiveDate::MIN,
        }
    }
}

/// Build the timeline from records (any order) and context events: all in
/// date order, with an [`Entry::Gap`] after each meeting (and the records
/// of its day) that is followed by at least [`LONG_GAP_MONTHS`] without another. The gaps are
/// `record`'s, the whole record's (see [`gaps::of_record`]): a gap is
/// drawn when both its meetings are shown, never one between two shown
/// meetings that the whole record has others between.
pub fn build<'a>(
    record: &[gaps::Gap<'a>],
    encounters: &[&'a Encounter<'a>],
    context: &[&'a ContextEvent],
) -> Vec<Entry<'a>> {
    // Context goes before encounters that start the same day (stable sort).
    let mut all: Vec<Entry<'a>> = context
        .iter()
        .map(|c| Entry::Context { event: c })
        .chain(encounters.iter().map(|e| Entry::Encounter { encounter: e }))
        .collect();
    all.sort_by_key(Entry::start);

    let long: Vec<gaps::Gap<'a>> = gaps::among(record, encounters)
        .into_iter()
        .filter(|g| g.span().total_months() >= LONG_GAP_MONTHS)
        .collect();
    let mut out = Vec::with_capacity(all.len() + long.len());
    // A gap waits for the other records of its meeting's day (a proposal
    // made at the meeting, say), so that it reads as the time after them.
    let mut pending: Option<(chrono::NaiveDate, Entry<'a>)> = None;
    for entry in all {
        if let Some((day, gap)) = pending.take() {
            if entry.start() > day {
                out.push(gap);
            } else {
                pending = Some((day, gap));
            }
        }
        let gap = match &entry {
            Entry::Encounter { encounter } => long
                .iter()
                .find(|g| g.from.id == encounter.id)
                .map(|g| (encounter.date.end(), g)),
            _ => None,
        };
        out.push(entry);
        if let Some((day, g)) = gap {
            if let Some((_, earlier)) = pending.take() {
                out.push(earlier);
            }
            let (days, most) = g.range();
            let entry = Entry::Gap {
                from: &g.from.id,
                to: &g.to.id,
                span: g.span(),
                days,
                days_at_most: (most != days).then_some(most),
                text: g.text(),
            };
            pending = Some((day, entry));
        }
    }
    out.extend(pending.map(|(_, gap)| gap));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gaps_and_context_interleave() {
        let d = crate::testing::record();
        let encounters: Vec<&Encounter> = d.encounters.iter().collect();
        let context: Vec<&ContextEvent> = d.context.iter().collect();
        let t = build(
            &crate::gaps::between_meetings(&encounters),
            &encounters,
            &context,
        );
        let gaps: Vec<(&str, &str, String)> = t
            .iter()
            .filter_map(|e| match e {
                Entry::Gap { from, to, text, .. } => Some((*from, *to, text.clone())),
                _ => None,
            })
            .collect();
        let expect = |a: &'static str, b: &'static str, t: &str| (a, b, t.to_string());
        assert_eq!(
            gaps,
            [
                expect("2017-da-nang", "2018-helsinki", "8 months 5 days"),
                expect("2018-buenos-aires-dinner", "2019-osaka", "6 months 29 days"),
                expect("2019-osaka", "2025-alaska", "6 years 1 month 18 days"),
            ]
        );
        // The first entries are the 2014 and 2016 context events.
        assert!(matches!(t[0], Entry::Context { event } if event.date.as_str() == "2014"));
        // The Mueller report (April 2019) sits inside the gap before Osaka.
        let pos = |pred: &dyn Fn(&Entry) -> bool| t.iter().position(pred).unwrap();
        let gap = pos(&|e| matches!(e, Entry::Gap { to, .. } if *to == "2019-osaka"));
        let mueller =
            pos(&|e| matches!(e, Entry::Context { event } if event.title.contains("Mueller")));
        let osaka =
            pos(&|e| matches!(e, Entry::Encounter { encounter } if encounter.id == "2019-osaka"));
        assert!(gap < mueller && mueller < osaka);
        // The gap after Osaka follows the invitation made there that day.
        let after = pos(&|e| matches!(e, Entry::Gap { from, .. } if *from == "2019-osaka"));
        let invitation =
            pos(&|e| matches!(e, Entry::Encounter { encounter } if encounter.id == "2020-moscow"));
        assert_eq!(after, invitation + 1);
    }
}
