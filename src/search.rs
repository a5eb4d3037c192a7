//! Free-text search across every text field of the encounters, ranked.

use serde::Serialize;

use std::ops::ControlFlow;

use crate::date::EdtfDate;
use crate::fields::Field;
use crate::model::{ContextEvent, Encounter};
use crate::text::{contains_folded, find_folded, fold, fold_into};

/// What a search can find: an encounter, or a context event (a dated
/// event that is not an encounter, such as "Russia annexes Crimea").
#[derive(Debug, Clone, Copy)]
pub enum Record<'a> {
    /// An encounter.
    Encounter(&'a Encounter<'a>),
    /// A context event.
    Context(&'a ContextEvent),
}

impl<'a> Record<'a> {
    /// Its date.
    pub fn date(&self) -> &'a EdtfDate {
        match self {
            Record::Encounter(e) => &e.date,
            Record::Context(c) => &c.date,
        }
    }

    /// Its title.
    pub fn title(&self) -> &'a str {
        match self {
            Record::Encounter(e) => &e.title,
            Record::Context(c) => &c.title,
        }
    }

    /// The encounter, when it is one.
    pub fn encounter(&self) -> Option<&'a Encounter<'a>> {
        match self {
            Record::Encounter(e) => Some(e),
            Record::Context(_) => None,
        }
    }
}

/// One record that matched, with where and how well.
///
/// In JSON an encounter is named by its id, a context event by its date
/// and title, and `kind` says which (`encounter` or `context`).
#[derive(Debug, Clone)]
pub struct Hit<'a> {
    /// What matched.
    pub record: Record<'a>,
    /// Relevance: higher is better.
    pub score: u32,
    /// Names of the fields that matched, most telling first.
    pub fields: Vec<&'static str>,
    /// A short passage around the first match in the most telling field.
    pub snippet: String,
}

impl Serialize for Hit<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(None)?;
        match self.record {
            Record::Encounter(e) => {
                map.serialize_entry("kind", "record")?;
                map.serialize_entry("id", &e.id)?;
            }
            Record::Context(c) => {
                map.serialize_entry("kind", "context")?;
                map.serialize_entry("date", &c.date)?;
                map.serialize_entry("title", &c.title)?;
            }
        }
        map.serialize_entry("score", &self.score)?;
        map.serialize_entry("fields", &self.fields)?;
        map.serialize_entry("snippet", &self.snippet)?;
        map.end()
    }
}

/// The groups of fields search reads (a place is its city, country and
/// venue), most telling first, each with its weight; and each field read,
/// with the index of its group, in that order. From [`Field::searched`]:
/// by weight, then in the format's order.
struct Searched {
    groups: Vec<(&'static str, u32)>,
    fields: Vec<(Field, usize)>,
}

fn searched() -> &'static Searched {
    static SEARCHED: std::sync::OnceLock<Searched> = std::sync::OnceLock::new();
    SEARCHED.get_or_init(|| {
        let mut fields: Vec<(Field, &'static str, u32)> = Field::ALL
            .into_iter()
            .filter_map(|f| f.searched().map(|(group, weight)| (f, group, weight)))
            .collect();
        // Stable: the format's order among equal weights.
        fields.sort_by_key(|(_, _, weight)| std::cmp::Reverse(*weight));
        let mut groups: Vec<(&'static str, u32)> = Vec::new();
        let fields = fields
            .into_iter()
            .map(|(f, group, weight)| {
                let at = groups
                    .iter()
                    .position(|(g, _)| *g == group)
                    .unwrap_or_else(|| {
                        groups.push((group, weight));
                        groups.len() - 1
                    });
                (f, at)
            })
            .collect();
        Searched { groups, fields }
    })
}

/// Call `f` with each searchable text of `e` and the index of its group,
/// most telling first, until `f` says to stop. Nothing is allocated, so
/// matching many records costs only the reading.
fn visit<'a>(e: &'a Encounter<'_>, mut f: impl FnMut(usize, &'a str) -> ControlFlow<()>) {
    for &(field, group) in &searched().fields {
        if e.texts(field, &mut |text| f(group, text)).is_break() {
            return;
        }
    }
}

/// The searchable groups of an encounter, each with its weight and texts.
fn fields<'a>(e: &'a Encounter<'_>) -> Vec<(&'static str, u32, Vec<&'a str>)> {
    let mut out: Vec<_> = searched()
        .groups
        .iter()
        .map(|&(name, weight)| (name, weight, Vec::new()))
        .collect();
    visit(e, |group, text| {
        out[group].2.push(text);
        ControlFlow::Continue(())
    });
    out
}

/// A query prepared for matching many records: its words and phrases,
/// folded once.
#[derive(Debug, Clone, Default)]
pub struct Matcher {
    /// Each word or phrase, folded, as the spellings any of which finds it
    /// (a name's transliterations: see [`crate::names::spellings`]).
    terms: Vec<Vec<String>>,
}

thread_local! {
    /// The folded text of the field being matched, reused record to record.
    static FOLDED: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

impl Matcher {
    /// The matcher for `query`'s words and phrases (see [`terms`]).
    pub fn new(query: &str) -> Self {
        Self::from_terms(&terms(query))
    }

    /// The matcher for words and phrases already split out.
    pub fn from_terms(terms: &[String]) -> Self {
        Matcher {
            terms: terms
                .iter()
                .map(|t| crate::names::spellings(&fold(t)))
                .collect(),
        }
    }

    /// True when the query has no words, so it matches everything.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Where the words and phrases occur in `text`, case and accents
    /// ignored: ranges of character positions, in order, not overlapping;
    /// for showing what matched.
    pub fn highlights(&self, text: &str) -> Vec<std::ops::Range<usize>> {
        // Fold character by character, remembering which character each
        // folded byte came from.
        let mut folded = String::new();
        let mut from: Vec<usize> = Vec::new();
        let mut one = String::new();
        for (i, c) in text.chars().enumerate() {
            let mut buf = [0u8; 4];
            fold_into(c.encode_utf8(&mut buf), &mut one);
            folded.push_str(&one);
            from.extend(std::iter::repeat_n(i, one.len()));
        }
        let mut ranges: Vec<std::ops::Range<usize>> = Vec::new();
        for term in self.terms.iter().flatten().filter(|t| !t.is_empty()) {
            for (at, _) in folded.match_indices(term.as_str()) {
                let last = at + term.len() - 1;
                ranges.push(from[at]..from[last] + 1);
            }
        }
        ranges.sort_by_key(|r| (r.start, r.end));
        let mut merged: Vec<std::ops::Range<usize>> = Vec::new();
        for r in ranges {
            match merged.last_mut() {
                Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
                _ => merged.push(r),
            }
        }
        merged
    }

    /// True when every word and phrase occurs in `text` (case and accents
    /// ignored): how a context event, which has only its title, matches.
    pub fn matches_text(&self, text: &str) -> bool {
        FOLDED.with_borrow_mut(|folded| {
            fold_into(text, folded);
            self.terms
                .iter()
                .all(|t| t.iter().any(|s| folded.contains(s.as_str())))
        })
    }

    /// True when every word and phrase occurs in some searchable field of
    /// `e` (case and accents ignored). Each text is folded once, however
    /// many terms there are, and reading stops when all have been found.
    pub fn matches(&self, e: &Encounter<'_>) -> bool {
        self.terms.chunks(64).all(|terms| {
            let all = u64::MAX >> (64 - terms.len());
            let mut found = 0u64;
            FOLDED.with_borrow_mut(|folded| {
                visit(e, |_, text| {
                    fold_into(text, folded);
                    for (i, term) in terms.iter().enumerate() {
                        if found & (1 << i) == 0 && term.iter().any(|s| folded.contains(s.as_str()))
                        {
                            found |= 1 << i;
                        }
                    }
                    if found == all {
                        ControlFlow::Break(())
                    } else {
                        ControlFlow::Continue(())
                    }
                });
            });
            found == all
        })
    }
}

/// The words and quoted phrases of `query`: `putin "fake news"` is the
/// word `putin` and the phrase `fake news`. Straight and curly quotes both
/// work; an unclosed quote runs to the end.
pub fn terms(query: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut in_phrase = false;
    let mut flush = |current: &mut String| {
        let t = current.trim();
        if !t.is_empty() {
            out.push(t.to_string());
        }
        current.clear();
    };
    for c in query.chars() {
        match c {
            '"' | '\u{201c}' | '\u{201d}' => {
                flush(&mut current);
                in_phrase = !in_phrase;
            }
            c if c.is_whitespace() && !in_phrase => flush(&mut current),
            c => current.push(c),
        }
    }
    flush(&mut current);
    out
}

/// True when every one of `terms` occurs in some searchable field of `e`
/// (the fields `search` looks in, places included). No terms match all.
/// To match many records, prepare a [`Matcher`] once instead.
#[cfg(test)]
pub(crate) fn matches_all(e: &Encounter<'_>, terms: &[String]) -> bool {
    Matcher::from_terms(terms).matches(e)
}

/// Search `encounters` and `context` events for `query` (case- and
/// accent-insensitive), best first; ties in date order. A record matches
/// when it contains every word and quoted phrase of the query (see
/// [`terms`]), each in any field; a context event has only its title.
pub fn search<'a>(
    encounters: &[&'a Encounter<'a>],
    context: &[&'a ContextEvent],
    query: &str,
) -> Vec<Hit<'a>> {
    let terms = terms(query);
    let mut hits: Vec<Hit<'a>> = Vec::new();
    if terms.is_empty() {
        return hits;
    }
    let matcher = Matcher::from_terms(&terms);
    // Each term with the spellings that find it.
    let spelled: Vec<&[String]> = matcher.terms.iter().map(Vec::as_slice).collect();
    // The first spelling of `term` found in `text`, if any.
    let found_as = |text: &str, term: &[String]| -> Option<String> {
        term.iter().find(|s| contains_folded(text, s)).cloned()
    };
    for c in context {
        if matcher.matches_text(&c.title) {
            // Scored as an encounter's title would be.
            let occurrences: u32 = spelled
                .iter()
                .filter_map(|t| found_as(&c.title, t))
                .map(|s| find_folded(&c.title, &s).len().clamp(1, 5) as u32)
                .sum();
            let first = found_as(&c.title, spelled[0]).unwrap_or_default();
            hits.push(Hit {
                record: Record::Context(c),
                score: searched().groups[0].1 * 10 * terms.len() as u32 + occurrences,
                fields: vec!["title"],
                snippet: make_snippet(&c.title, &first, 80),
            });
        }
    }
    for e in encounters {
        if !matcher.matches(e) {
            continue;
        }
        let mut score = 0;
        let mut matched = Vec::new();
        // The snippet comes from prose when the prose matched: it shows the
        // match in context, where a title or tag would only repeat it.
        let mut snippet: Option<(usize, String)> = None;
        for (name, weight, texts) in fields(e) {
            let mut hit_here = false;
            for term in &spelled {
                let found: Vec<(&str, String)> = texts
                    .iter()
                    .filter_map(|t| found_as(t, term).map(|s| (*t, s)))
                    .collect();
                if found.is_empty() {
                    continue;
                }
                hit_here = true;
                let occurrences: u32 = found
                    .iter()
                    .map(|(t, s)| find_folded(t, s).len().max(1) as u32)
                    .sum();
                score += weight * 10 + occurrences.min(5);
                let rank = ["quotes", "highlights", "summary"]
                    .iter()
                    .position(|p| *p == name)
                    .unwrap_or(3);
                if snippet.as_ref().is_none_or(|(r, _)| rank < *r) {
                    snippet = Some((rank, make_snippet(found[0].0, &found[0].1, 80)));
                }
            }
            if hit_here {
                matched.push(name);
            }
        }
        hits.push(Hit {
            record: Record::Encounter(e),
            score,
            fields: matched,
            snippet: snippet.map(|(_, s)| s).unwrap_or_default(),
        });
    }
    hits.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then_with(|| a.record.date().cmp(b.record.date()))
    });
    hits
}

/// About `width` characters of `text` around the first match of `query`,
/// with "…" where text was cut.
pub(crate) fn make_snippet(text: &str, query: &str, width: usize) -> String {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    if chars.len() <= width {
        return text.to_string();
    }
    let start_byte = find_folded(text, query).first().map_or(0, |r| r.start);
    let at = chars
        .iter()
        .position(|(i, _)| *i >= start_byte)
        .unwrap_or(0);
    let mut from = at.saturating_sub(width / 3);
    let to = (from + width).min(chars.len());
    from = to.saturating_sub(width).min(from);
    // Prefer to start and end on word boundaries.
    while from > 0 && from < at && !chars[from - 1].1.is_whitespace() {
        from += 1;
    }
    let byte = |i: usize| chars.get(i).map_or(text.len(), |c| c.0);
    let mut s = text[byte(from)..byte(to)].trim().to_string();
    if from > 0 {
        s.insert(0, '…');
    }
    if to < chars.len() {
        s.push('…');
    }
    s
}

#[cfg(test)]
mod tests;
