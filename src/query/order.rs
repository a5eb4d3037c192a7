//! The order of a list: sorting by a key, and splitting it into groups.

use std::cmp::Ordering;

use chrono::Datelike;

use crate::model::Encounter;

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
    /// By kind: held, informal, cancelled, proposed, call, envoy.
    Kind,
    /// Title, alphabetically.
    Title,
}

impl SortKey {
    /// Every key, in the order they are offered.
    pub const ALL: [SortKey; 5] = [
        SortKey::Date,
        SortKey::Duration,
        SortKey::Place,
        SortKey::Kind,
        SortKey::Title,
    ];

    /// The name used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            SortKey::Date => "date",
            SortKey::Duration => "duration",
            SortKey::Place => "place",
            SortKey::Kind => "kind",
            SortKey::Title => "title",
        }
    }

    /// What the order is.
    pub fn meaning(self) -> &'static str {
        match self {
            SortKey::Date => "oldest first",
            SortKey::Duration => "shortest first; undocumented last",
            SortKey::Place => "by city, then country",
            SortKey::Kind => "held, informal, cancelled, proposed, call, envoy",
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
        SortKey::Kind => encounters.sort_by(|a, b| flip(a.kind().cmp(&b.kind()))),
        // By its words: an opening quotation mark does not sort first.
        SortKey::Title => sort_folded(encounters, reverse, |e| {
            crate::text::fold(e.title.trim_start_matches(|c: char| !c.is_alphanumeric()))
        }),
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
    /// By kind: held, informal, cancelled, proposed, call, envoy.
    Kind,
    /// By country.
    Country,
}

impl GroupBy {
    /// Every way of grouping, in the order they are offered.
    pub const ALL: [GroupBy; 3] = [GroupBy::Year, GroupBy::Kind, GroupBy::Country];

    /// The name used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            GroupBy::Year => "year",
            GroupBy::Kind => "kind",
            GroupBy::Country => "country",
        }
    }

    /// What the groups are.
    pub fn meaning(self) -> &'static str {
        match self {
            GroupBy::Year => "by the year the record's date starts in",
            GroupBy::Kind => "held, informal, cancelled, proposed, call, envoy",
            GroupBy::Country => "by country, alphabetically (calls, which have none, last)",
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
            GroupBy::Kind => (e.kind() as i64, e.kind().noun(2).to_string()),
            // A call has no country: its group comes last.
            GroupBy::Country if e.country.is_empty() => (1, String::new()),
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
                    GroupBy::Country if e.country.is_empty() => "no country (calls)".to_string(),
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

/// Write `encounters` with `body`, whole when `by` is `None`, else a group
/// at a time: a blank line between groups, each under the line `heading`
/// makes of its title and size. What the table and the Markdown list both
/// do.
///
/// # Errors
/// Those of the writer and of `body`.
pub fn in_groups<'a>(
    w: &mut dyn std::io::Write,
    encounters: &[&'a Encounter<'a>],
    by: Option<GroupBy>,
    reverse: bool,
    heading: impl Fn(&str, usize) -> String,
    mut body: impl FnMut(&mut dyn std::io::Write, &[&'a Encounter<'a>]) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let Some(by) = by else {
        return body(w, encounters);
    };
    for (i, (title, members)) in group(encounters, by, reverse).iter().enumerate() {
        if i > 0 {
            writeln!(w)?;
        }
        writeln!(w, "{}", heading(title, members.len()))?;
        body(w, members)?;
    }
    Ok(())
}
