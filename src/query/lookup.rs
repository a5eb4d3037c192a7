//! Finding one encounter by a free-form query: an id, a prefix, a word.

use crate::model::Encounter;

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
    let prefixed = |e: &Encounter| e.id.starts_with(&q);
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
    // Every record the query names: by a prefix of its id, or by words of
    // its place or title ("washington" is the two invitations to
    // Washington and the meetings held there).
    let worded: Vec<&Encounter> = encounters
        .iter()
        .filter(|e| {
            prefixed(e)
                || [e.city.as_ref(), e.country.as_ref(), e.title.as_ref()]
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
