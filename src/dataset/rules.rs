//! The dataset's own rules: everything the JSON types cannot say (id
//! syntax, unique ids, non-empty text, sources that resolve).

use std::collections::{HashMap, HashSet};

use crate::error::Kind;
use crate::model::{ContextEvent, Encounter, Source};
use crate::path::JsonPath;

mod channel;

use channel::channel_rules;

/// A rule problem: where, what kind, and what is wrong.
pub(crate) type Problem = (JsonPath, Kind, String);

/// The records to check, each with its index in the document. A record
/// that did not parse is simply absent; `sources_complete` says whether
/// every source parsed, without which references cannot be judged.
pub(crate) struct Records<'d, 'a> {
    /// Also require every highlight and quote to cite a source, and every
    /// source to have a URL unless it is print-only.
    pub strict: bool,
    pub sources: Vec<(usize, &'d Source)>,
    pub sources_complete: bool,
    pub encounters: Vec<(usize, &'d Encounter<'a>)>,
    pub context: Vec<(usize, &'d ContextEvent)>,
}

/// Every rule problem in `records`, in document order.
pub(crate) fn problems(records: &Records) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut say =
        |path: JsonPath, kind: Kind, message: String| problems.push((path, kind, message));

    let mut source_ids = HashSet::with_capacity(records.sources.len());
    for &(i, s) in &records.sources {
        // Paths are made only for problems: most datasets have none, and
        // a large one would otherwise make millions of them.
        let at = |field: &str| JsonPath::field("sources").index(i).at(field);
        if let Some(m) = id_problem(&s.id) {
            say(at("id"), Kind::BadId, m);
        } else if !source_ids.insert(s.id.as_str()) {
            say(
                at("id"),
                Kind::DuplicateId,
                format!("duplicate source id \"{}\"", s.id),
            );
        }
        require(&mut say, &s.title, || at("title"));
        require(&mut say, &s.publisher, || at("publisher"));
        for (field, url) in [("url", &s.url), ("archive_url", &s.archive_url)] {
            if let Some(m) = url.as_deref().and_then(url_problem) {
                say(at(field), Kind::BadUrl, m);
            }
        }
        if records.strict {
            if let Some(m) = s.url.as_deref().and_then(not_the_work) {
                say(at("url"), Kind::NotTheWork, m);
            }
            if let Some(date) = &s.date {
                placeholder(
                    &mut say,
                    date,
                    Some("give the date the work shows, or leave it out"),
                    || at("date"),
                );
            }
        }
        if records.strict && s.url.is_none() && !s.print_only {
            say(
                at("id"),
                Kind::Uncited,
                format!(
                    "source \"{}\" has no url; give one, or mark it \"print_only\": true",
                    s.id
                ),
            );
        }
    }
    let all_ids: Vec<&str> = records.sources.iter().map(|(_, s)| s.id.as_str()).collect();
    // `required`: the record must cite at least one source.
    let check_refs = |say: &mut dyn FnMut(JsonPath, Kind, String),
                      refs: &mut dyn ExactSizeIterator<Item = &str>,
                      required: bool,
                      strict_only: bool,
                      base: &dyn Fn() -> JsonPath| {
        if required && refs.len() == 0 {
            let kind = if strict_only {
                Kind::Uncited
            } else {
                Kind::NoSource
            };
            say(base(), kind, "at least one source is required".to_string());
        }
        if !records.sources_complete {
            return;
        }
        for (j, r) in refs.enumerate() {
            if !source_ids.contains(r) {
                let hint = crate::suggest::did_you_mean(r, all_ids.iter().copied());
                say(
                    base().index(j),
                    Kind::UnknownSource(r.into()),
                    format!("source \"{r}\" is not in the dataset's sources{hint}"),
                );
            }
        }
    };

    let mut first_seen: HashMap<&str, usize> = HashMap::with_capacity(records.encounters.len());
    for &(i, e) in &records.encounters {
        let at = |field: &str| JsonPath::field("encounters").index(i).at(field);
        if records.strict {
            placeholder(&mut say, &e.date, None, || at("date"));
        }
        if e.date.is_ongoing() {
            say(
                at("date"),
                Kind::Format,
                format!(
                    "\"{}\" has no last day; a record's date ends (an open end, `..`, is for ongoing context periods)",
                    e.date.as_str()
                ),
            );
        }
        if let Some(m) = id_problem(&e.id) {
            say(at("id"), Kind::BadId, m);
        } else if let Some(&first) = first_seen.get(e.id.as_ref()) {
            say(
                at("id"),
                Kind::DuplicateId,
                format!(
                    "duplicate id \"{}\" (first used by encounters[{first}])",
                    e.id
                ),
            );
        } else {
            first_seen.insert(e.id.as_ref(), i);
        }
        channel_rules(&mut say, e, &at, records.strict);
        for (field, items) in [("participants", &e.participants), ("topics", &e.topics)] {
            for (j, item) in items.iter().enumerate() {
                one_line(&mut say, item, || at(field).index(j));
            }
        }
        for (j, h) in e.highlights.iter().enumerate() {
            let highlight = || at("highlights").index(j);
            require(&mut say, &h.text, highlight);
            one_line(&mut say, &h.text, highlight);
            let sources = || highlight().at("sources");
            let mut refs = h.sources.iter().map(AsRef::as_ref);
            check_refs(&mut say, &mut refs, records.strict, true, &sources);
        }
        for (j, q) in e.quotes.iter().enumerate() {
            let quote = |field: &str| at("quotes").index(j).at(field);
            require(&mut say, &q.speaker, || quote("speaker"));
            require(&mut say, &q.text, || quote("text"));
            one_line(&mut say, &q.speaker, || quote("speaker"));
            one_line(&mut say, &q.text, || quote("text"));
            if let Some(context) = &q.context {
                one_line(&mut say, context, || quote("context"));
            }
            let mut refs = q.sources.iter().map(AsRef::as_ref);
            check_refs(&mut say, &mut refs, records.strict, true, &|| {
                quote("sources")
            });
            for (k, v) in q.variants.iter().enumerate() {
                let variant = || at("quotes").index(j).at("variants").index(k);
                require(&mut say, &v.text, || variant().at("text"));
                one_line(&mut say, &v.text, || variant().at("text"));
                let mut refs = v.sources.iter().map(AsRef::as_ref);
                check_refs(&mut say, &mut refs, records.strict, true, &|| {
                    variant().at("sources")
                });
            }
        }
        if let Some(c) = &e.coordinates {
            let coordinates = |field: &str| at("coordinates").at(field);
            for (field, value, limit) in [
                ("latitude", c.latitude, 90.0),
                ("longitude", c.longitude, 180.0),
            ] {
                if !(-limit..=limit).contains(&value) {
                    say(
                        coordinates(field),
                        Kind::Coordinates,
                        format!("{value} is out of range: from -{limit} to {limit} degrees"),
                    );
                }
            }
            if c.of == crate::model::Point::Venue && e.venue.is_none() {
                say(
                    coordinates("of"),
                    Kind::Coordinates,
                    "\"venue\", but the record names no venue; give its venue or use \"city\""
                        .to_string(),
                );
            }
            let mut refs = c.sources.iter().map(String::as_str);
            check_refs(&mut say, &mut refs, records.strict, true, &|| {
                coordinates("sources")
            });
        }
        let mut refs = e.sources.iter().map(AsRef::as_ref);
        check_refs(&mut say, &mut refs, true, false, &|| at("sources"));
    }
    for &(i, c) in &records.context {
        let at = |field: &str| JsonPath::field("context").index(i).at(field);
        require(&mut say, &c.title, || at("title"));
        if records.strict {
            placeholder(&mut say, &c.date, None, || at("date"));
        }
        let mut refs = c.sources.iter().map(String::as_str);
        check_refs(&mut say, &mut refs, true, false, &|| at("sources"));
    }
    problems
}

/// What the rules can still say of records that did not parse (their
/// indexes not in `parsed`): an id's form, an id used before or after, the
/// sources cited that the dataset does not have (when every source parsed,
/// `sources`), a place a meeting lacks. Read from the text of each, field
/// by field, as far as it has the format's shape.
pub(crate) fn unparsed(
    raw: &[&serde_json::value::RawValue],
    parsed: &[usize],
    sources: Option<&[&str]>,
) -> Vec<Problem> {
    use serde_json::Value;
    let mut problems = Vec::new();
    let records: Vec<Option<serde_json::Map<String, Value>>> = raw
        .iter()
        .map(|r| serde_json::from_str(r.get()).ok())
        .collect();
    let id = |i: usize| records[i].as_ref()?.get("id")?.as_str();
    for (i, record) in records.iter().enumerate() {
        let Some(record) = record else { continue };
        if parsed.contains(&i) {
            // A parsed record whose id a record that did not parse used
            // first.
            if let Some(first) =
                id(i).and_then(|me| (0..i).find(|j| !parsed.contains(j) && id(*j) == Some(me)))
            {
                problems.push(duplicate(i, id(i).unwrap_or_default(), first));
            }
            continue;
        }
        let at = |field: &str| JsonPath::field("encounters").index(i).at(field);
        if let Some(me) = id(i) {
            if let Some(m) = id_problem(me) {
                problems.push((at("id"), Kind::BadId, m));
            } else if let Some(first) = (0..i).find(|j| id(*j) == Some(me)) {
                problems.push(duplicate(i, me, first));
            }
        }
        // The sources cited, wherever they are.
        if let Some(known) = sources {
            let mut cited: Vec<(JsonPath, String)> = Vec::new();
            let mut list = |path: JsonPath, v: Option<&Value>| {
                for (j, s) in v
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .enumerate()
                {
                    if let Some(s) = s.as_str() {
                        cited.push((path.clone().index(j), s.to_string()));
                    }
                }
            };
            list(at("sources"), record.get("sources"));
            list(
                at("coordinates").at("sources"),
                record.get("coordinates").and_then(|c| c.get("sources")),
            );
            for (name, items) in [
                ("highlights", record.get("highlights")),
                ("quotes", record.get("quotes")),
            ] {
                for (j, item) in items
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .enumerate()
                {
                    list(at(name).index(j).at("sources"), item.get("sources"));
                    for (k, v) in item
                        .get("variants")
                        .and_then(Value::as_array)
                        .into_iter()
                        .flatten()
                        .enumerate()
                    {
                        list(
                            at(name).index(j).at("variants").index(k).at("sources"),
                            v.get("sources"),
                        );
                    }
                }
            }
            for (path, s) in cited {
                if !known.contains(&s.as_str()) {
                    let hint = crate::suggest::did_you_mean(&s, known.iter().copied());
                    problems.push((
                        path,
                        Kind::UnknownSource(s.as_str().into()),
                        format!("source \"{s}\" is not in the dataset's sources{hint}"),
                    ));
                }
            }
        }
        // A meeting's place.
        let channel: crate::model::Channel = record
            .get("channel")
            .and_then(Value::as_str)
            .and_then(|c| c.parse().ok())
            .unwrap_or_default();
        for field in ["city", "country"] {
            let blank = record
                .get(field)
                .and_then(Value::as_str)
                .is_none_or(|t| t.trim().is_empty());
            if channel.has_place()
                && blank
                && !matches!(record.get(field), Some(v) if !v.is_string())
            {
                problems.push((
                    at(field),
                    Kind::Empty,
                    format!("missing {field}: a {channel} has a place (only a call has none)"),
                ));
            }
        }
    }
    problems
}

fn duplicate(i: usize, id: &str, first: usize) -> Problem {
    (
        JsonPath::field("encounters").index(i).at("id"),
        Kind::DuplicateId,
        format!("duplicate id \"{id}\" (first used by encounters[{first}])"),
    )
}

fn require(
    say: &mut dyn FnMut(JsonPath, Kind, String),
    value: &str,
    path: impl FnOnce() -> JsonPath,
) {
    if value.trim().is_empty() {
        say(path(), Kind::Empty, "must not be empty".to_string());
    }
}

/// List items are one line each: CSV writes a list one item per line, and
/// reads it back by splitting the lines.
fn one_line(
    say: &mut dyn FnMut(JsonPath, Kind, String),
    value: &str,
    path: impl FnOnce() -> JsonPath,
) {
    // Bytes, not characters, many at a time: a line break is one byte in
    // UTF-8, and this runs over every list item of a dataset.
    if memchr::memchr2(b'\n', b'\r', value.as_bytes()).is_some() {
        say(
            path(),
            Kind::LineBreak,
            "must be one line (CSV writes a list one item per line)".to_string(),
        );
    }
}

/// Why `id` is not a valid id, if it is not.
fn id_problem(id: &str) -> Option<String> {
    if id.is_empty() {
        return Some("id must not be empty".to_string());
    }
    id.chars()
        .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-'))
        .map(|c| {
            format!("invalid id \"{id}\": {c:?} is not allowed; use lowercase letters, digits and hyphens")
        })
}

/// Why `url` is not an absolute http(s) URL, if it is not.
fn url_problem(url: &str) -> Option<String> {
    if url.chars().any(char::is_whitespace) {
        return Some(format!("invalid url \"{url}\": it contains spaces"));
    }
    let Some(rest) = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
    else {
        return Some(format!(
            "invalid url \"{url}\"; expected an absolute http:// or https:// URL"
        ));
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if host.contains('.') || host.starts_with("localhost") {
        None
    } else {
        Some(format!(
            "invalid url \"{url}\": no host name after the scheme"
        ))
    }
}

/// For publication, a date with unspecified digits (`XXXX`, `2018-XX`) is
/// a placeholder. An optional date is left out when it is not known, as
/// `leave_out` advises; a required one (a record's, a context event's)
/// cannot be, so the advice is to give it as far as it is known.
fn placeholder(
    say: &mut dyn FnMut(JsonPath, Kind, String),
    date: &crate::date::EdtfDate,
    leave_out: Option<&str>,
    path: impl Fn() -> JsonPath,
) {
    let text = date.as_str();
    if !text.contains(['X', 'x']) {
        return;
    }
    let advice = match leave_out {
        Some(advice) => advice.to_string(),
        None => {
            // The date's leading parts that are known: "2019" of "2019-XX".
            let known: Vec<&str> = text
                .split(['/', '-'])
                .take_while(|part| !part.is_empty() && !part.contains(['X', 'x']))
                .collect();
            if known.is_empty() {
                "a date is required here: give it as far as it is known, a year (\"2019\") or a month (\"2019-05\")".to_string()
            } else {
                format!(
                    "a date is required here: give it as far as it is known, \"{}\"",
                    known.join("-")
                )
            }
        }
    };
    say(
        path(),
        Kind::PlaceholderDate,
        format!("\"{text}\" is a placeholder date; {advice}"),
    );
}

/// Hosts that carry other sites' works: copies of Wikipedia articles, news
/// aggregators and machine translations. A source is cited at the work's
/// own address (the note may say which copy was read).
const COPY_HOSTS: &[(&str, &str)] = &[
    ("translate.goog", "a machine translation"),
    ("translate.google.", "a machine translation"),
    ("wikitrans.net", "a machine translation"),
    ("zxc.wiki", "a machine translation"),
    ("worddisk.com", "a copy of a wiki's article"),
    ("piglix.com", "a copy of a wiki's article"),
    ("menafn.com", "a news aggregator"),
    ("newsbreak.com", "a news aggregator"),
    ("newszop.com", "a news aggregator"),
    ("deepnewz.com", "a news aggregator"),
    ("daily8.com", "a news aggregator"),
    ("ground.news", "a news aggregator"),
    ("news-pravda.com", "a news aggregator"),
];

/// The Wikimedia projects' own domains, and other works with "wiki" in
/// their name: a host with "wiki" in its name outside them is a copy of a
/// wiki's article.
const WIKIMEDIA: &[&str] = &[
    "wikileaks.org",
    "wikihow.com",
    "wikipedia.org",
    "wikimedia.org",
    "wikidata.org",
    "wikisource.org",
    "wikinews.org",
    "wikiquote.org",
    "wikivoyage.org",
    "wiktionary.org",
    "wikibooks.org",
    "wikiversity.org",
];

/// Why `url` is not the work itself, when it is on a mirror, an
/// aggregator or a machine translation.
pub(crate) fn not_the_work(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest
        .split(['/', '?', '#'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let on = |domain: &str| host == domain || host.ends_with(&format!(".{domain}"));
    let what = COPY_HOSTS
        .iter()
        .find(|(domain, _)| host.contains(domain))
        .map(|(_, what)| *what)
        .or_else(|| {
            (host.contains("wiki") && !WIKIMEDIA.iter().any(|d| on(d)))
                .then_some("a copy of a wiki's article")
        })?;
    Some(format!(
        "{host} is {what}, not the work itself; cite the work at its own address and say in the note which copy was read"
    ))
}

#[cfg(test)]
mod tests {
    use super::{not_the_work, url_problem};

    #[test]
    fn the_work_at_its_own_address_not_a_copy() {
        for own in [
            "https://en.wikipedia.org/wiki/Hamburg",
            "https://simple.wikipedia.org/wiki/Buenos_Aires",
            "https://sco.m.wikipedia.org/wiki/Budapest",
            "https://www.wikidata.org/wiki/Q1055",
            "https://wikileaks.org/plusd/cables/x.html",
            "https://www.geonames.org/3054643",
            "https://www.reuters.com/world/x",
            "https://apnews.com/article/x",
        ] {
            assert_eq!(not_the_work(own), None, "{own}");
        }
        for (copy, what) in [
            (
                "https://www.wikiplanet.click/enciclopedia/en/Hamburg",
                "a copy of a wiki",
            ),
            (
                "https://askwikinow.com/view_html.php?q=Osaka",
                "a copy of a wiki",
            ),
            ("https://www.wikiwand.com/en/Moscow", "a copy of a wiki"),
            ("http://piglix.com/piglix/Elbe", "a copy of a wiki"),
            (
                "https://www.worddisk.com/wiki/Washington",
                "a copy of a wiki",
            ),
            (
                "https://epo.wikitrans.net/Budapest",
                "a machine translation",
            ),
            ("https://de.zxc.wiki/wiki/Helsinki", "a machine translation"),
            (
                "https://www-reuters-com.translate.goog/x",
                "a machine translation",
            ),
            ("https://menafn.com/1109/x", "a news aggregator"),
            ("HTTPS://WWW.DAILY8.COM/en/article/x", "a news aggregator"),
        ] {
            let m = not_the_work(copy).unwrap_or_else(|| panic!("{copy}"));
            assert!(m.contains(what) && m.contains("not the work itself"), "{m}");
        }
    }

    #[test]
    fn urls_must_be_absolute_http() {
        assert_eq!(url_problem("https://www.reuters.com/world/x"), None);
        assert_eq!(
            url_problem("http://en.kremlin.ru/events/president/news/58017"),
            None
        );
        assert!(
            url_problem("www.reuters.com/x")
                .unwrap()
                .contains("expected an absolute")
        );
        assert!(url_problem("ftp://example.org/x").is_some());
        assert!(url_problem("https:///x").unwrap().contains("no host"));
        assert!(
            url_problem("https://exa mple.org")
                .unwrap()
                .contains("spaces")
        );
        assert!(url_problem("/relative/path").is_some());
    }
}
