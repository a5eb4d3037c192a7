//! Properties that hold for any dataset, checked on generated ones.
//!
//! Each property runs 64 cases from a fixed seed, so `cargo test` checks
//! the same cases every time. To look for new failures, run with random
//! seeds and more cases:
//! `PROPTEST_RNG_SEED=random PROPTEST_CASES=2000 cargo test properties`.
//! A failure found is saved in `tests/cli/properties.regressions` and
//! tried first on every later run.

use std::borrow::Cow;
use std::cmp::Ordering;

use chrono::{Datelike, Duration, NaiveDate};
use proptest::prelude::*;
use proptest::sample::subsequence;
use proptest::test_runner::{FileFailurePersistence, RngSeed};
use summit::{
    ContextEvent, Coordinates, Dataset, EdtfDate, Encounter, Filter, Highlight, Origin, Outcome,
    Point, Quote, SortKey, Source, Variant, export, query,
};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The seed of `cargo test`'s cases.
const SEED: u64 = 0x5u64 << 60 | 2017_0707;

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64);
    // A fixed seed unless asked otherwise: `random`, or another number.
    let rng_seed = match std::env::var("PROPTEST_RNG_SEED").ok().as_deref() {
        Some("random") => RngSeed::Random,
        Some(n) => RngSeed::Fixed(n.parse().expect("PROPTEST_RNG_SEED is random or a number")),
        None => RngSeed::Fixed(SEED),
    };
    ProptestConfig {
        cases,
        rng_seed,
        // A failing case is kept in tests/cli/properties.regressions (in
        // git) and tried first on every later run, so a bug that random
        // data found once is checked for ever after.
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("regressions"))),
        ..ProptestConfig::default()
    }
}

const SOURCE_IDS: [&str; 3] = ["press-2018", "archive", "public-record"];

/// Words from which names and texts are made: ASCII, accented Latin,
/// Cyrillic, Greek, CJK, emoji and characters that need escaping in JSON,
/// CSV, Markdown or HTML.
const WORDS: &[&str] = &[
    "Helsinki",
    "Élysée",
    "São Paulo",
    "Zürich",
    "Москва",
    "Αθήνα",
    "大阪",
    "🤝",
    "O'Hare",
    "\"quoted\"",
    "comma, inside",
    "semi;colon",
    "back\\slash",
    "<tag>",
    "a & b",
    "line\nbreak",
    "tab\there",
    "ﬁnance",
    "İstanbul",
    "summit",
];

fn text(min: usize, max: usize) -> impl Strategy<Value = String> {
    (
        prop::collection::vec(prop::sample::select(WORDS), min..=max),
        prop_oneof!["[ -~]{0,8}", "\\PC{0,8}"],
    )
        .prop_map(|(words, tail)| {
            let mut s = words.join(" ");
            s.push_str(&tail);
            s
        })
}

/// A non-blank text: it starts with a word.
fn name() -> impl Strategy<Value = String> {
    text(1, 3)
}

fn day() -> impl Strategy<Value = NaiveDate> {
    (1990i32..2031, 1u32..=12, 1u32..=31).prop_map(|(y, m, d)| {
        (0..4)
            .find_map(|back| NaiveDate::from_ymd_opt(y, m, d - back))
            .expect("one of the last four days of a month exists")
    })
}

/// Every EDTF form the format uses: day, day interval, month, season,
/// year, and an interval between a month and a season.
fn edtf() -> impl Strategy<Value = EdtfDate> {
    prop_oneof![
        day().prop_map(|d| d.format("%Y-%m-%d").to_string()),
        (day(), 0i64..40).prop_map(|(d, n)| format!(
            "{}/{}",
            d.format("%Y-%m-%d"),
            (d + Duration::days(n)).format("%Y-%m-%d")
        )),
        day().prop_map(|d| d.format("%Y-%m").to_string()),
        (1990i32..2031, 21u32..=24).prop_map(|(y, s)| format!("{y}-{s}")),
        (1990i32..2031).prop_map(|y| y.to_string()),
        (1990i32..2030, 1u32..=12, 21u32..=23)
            .prop_map(|(y, m, s)| format!("{y}-{m:02}/{}-{s}", y + 1)),
    ]
    .prop_map(|text| EdtfDate::parse(&text).expect("generated dates are valid EDTF"))
}

fn cow(s: String) -> Cow<'static, str> {
    Cow::Owned(s)
}

fn cows(v: Vec<String>) -> Vec<Cow<'static, str>> {
    v.into_iter().map(Cow::Owned).collect()
}

fn outcome() -> impl Strategy<Value = Outcome> {
    prop::sample::select(Outcome::ALL.to_vec())
}

/// Source ids a highlight or quote may cite: none, or some of them.
fn cited() -> impl Strategy<Value = Vec<Cow<'static, str>>> {
    subsequence(SOURCE_IDS.to_vec(), 0..=2)
        .prop_map(|ids| ids.into_iter().map(Cow::Borrowed).collect())
}

/// A list item: one line (CSV writes lists one item per line).
fn item(text: impl Strategy<Value = String>) -> impl Strategy<Value = String> {
    text.prop_map(|s| s.replace(['\n', '\r'], " "))
}

fn quote() -> impl Strategy<Value = Quote<'static>> {
    (
        item(name()),
        item(text(1, 8)),
        prop::option::of(item(text(1, 4))),
        prop::option::weighted(0.3, edtf()),
        cited(),
        prop::collection::vec((item(text(1, 8)), cited()), 0..=1),
    )
        .prop_map(|(speaker, text, context, said, sources, variants)| Quote {
            speaker: cow(speaker),
            text: cow(text),
            context: context.map(cow),
            said,
            sources,
            variants: variants
                .into_iter()
                .map(|(text, sources)| Variant {
                    text: cow(text),
                    sources,
                })
                .collect(),
        })
}

/// A highlight: a plain string, or one that cites sources.
fn highlight() -> impl Strategy<Value = Highlight<'static>> {
    (item(text(1, 6)), cited()).prop_map(|(text, sources)| Highlight {
        text: cow(text),
        sources,
    })
}

fn encounter() -> impl Strategy<Value = Encounter<'static>> {
    (
        ("[a-z][a-z0-9-]{0,10}", name(), edtf(), name(), name()),
        (
            prop::option::of(name()),
            name(),
            outcome(),
            prop::option::of(0u32..600),
            // Coordinates to four decimals, as the bundled data has them.
            prop::option::of((
                -900_000i32..=900_000,
                -1_800_000i32..=1_800_000,
                any::<bool>(),
                subsequence(SOURCE_IDS.to_vec(), 0..=2),
            )),
        ),
        (
            prop::collection::vec(item(name()), 0..4),
            text(1, 12),
            // Now and then a highlight and a quote whose words are the
            // first one's again, citing other sources: each must keep
            // its own.
            (prop::collection::vec(highlight(), 0..4), any::<bool>()).prop_map(
                |(mut highlights, twice)| {
                    if twice && highlights.len() >= 2 {
                        highlights[1].text = highlights[0].text.clone();
                    }
                    highlights
                },
            ),
            (prop::collection::vec(quote(), 0..3), any::<bool>()).prop_map(
                |(mut quotes, twice)| {
                    if twice && quotes.len() >= 2 {
                        quotes[1].speaker = quotes[0].speaker.clone();
                        quotes[1].text = quotes[0].text.clone();
                        quotes[1].context = quotes[0].context.clone();
                    }
                    quotes
                },
            ),
            prop::collection::vec(item(name()), 0..4),
            subsequence(SOURCE_IDS.to_vec(), 1..=3),
        ),
        // The channel, a plan, a time, whether the first participant
        // sought it, and how far the sources' lengths spread.
        (
            prop_oneof![
                3 => Just(summit::Channel::Meeting),
                1 => Just(summit::Channel::Call),
                1 => Just(summit::Channel::Envoy),
            ],
            prop::option::weighted(0.3, edtf()),
            prop::option::weighted(0.2, (0u32..24, 0u32..60, -12i32..=14)),
            any::<bool>(),
            prop::option::weighted(0.2, (0u32..30, 0u32..30)),
        ),
    )
        .prop_map(
            |(
                (id, title, date, city, country),
                (venue, occasion, outcome, duration_minutes, coordinates),
                (participants, summary, highlights, quotes, topics, sources),
                (channel, planned, time, sought, spread),
            )| {
                let call = channel == summit::Channel::Call;
                // A call or an envoy meeting took place; a call has no place.
                let outcome = if channel == summit::Channel::Meeting {
                    outcome
                } else {
                    Outcome::Held
                };
                let (city, country, venue, coordinates) = if call {
                    (String::new(), String::new(), None, None)
                } else {
                    (city, country, venue, coordinates)
                };
                let time = time.map(|(h, m, offset)| {
                    let sign = if offset < 0 { '-' } else { '+' };
                    summit::ClockTime::parse(&format!("{h:02}:{m:02}{sign}{:02}:00", offset.abs()))
                        .unwrap()
                });
                Encounter {
                    id: cow(id),
                    title: cow(title),
                    channel,
                    date,
                    planned: planned.filter(|_| !outcome.took_place()),
                    time,
                    city: cow(city),
                    country: cow(country),
                    coordinates: coordinates.map(|(lat, lon, at_venue, sources)| Coordinates {
                        latitude: f64::from(lat) / 10_000.0,
                        longitude: f64::from(lon) / 10_000.0,
                        of: if at_venue && venue.is_some() {
                            Point::Venue
                        } else {
                            Point::City
                        },
                        sources: sources.into_iter().map(String::from).collect(),
                    }),
                    venue: venue.map(cow),
                    occasion: cow(occasion),
                    outcome,
                    initiated_by: participants
                        .first()
                        .filter(|_| sought)
                        .map(|p| cow(p.clone())),
                    duration_minutes,
                    duration_range_minutes: duration_minutes
                        .zip(spread)
                        .map(|(d, (less, more))| [d.saturating_sub(less), d + more]),
                    duration_note: None,
                    participants: cows(participants),
                    summary: cow(summary),
                    highlights,
                    quotes,
                    topics: cows(topics),
                    sources: sources.into_iter().map(Cow::Borrowed).collect(),
                }
            },
        )
}

fn dataset() -> impl Strategy<Value = Dataset<'static>> {
    (
        prop::collection::vec(encounter(), 0..24),
        prop::collection::vec((edtf(), name()), 0..4),
        name(),
    )
        .prop_map(|(mut encounters, context, title)| {
            // Ids must be unique: number them.
            for (i, e) in encounters.iter_mut().enumerate() {
                e.id = Cow::Owned(format!("{}-{i}", e.id.trim_end_matches('-')));
            }
            Dataset {
                schema: None,
                title: title.clone(),
                description: format!("Generated: {title}"),
                updated: NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
                checked_through: NaiveDate::from_ymd_opt(2026, 11, 27),
                sources: SOURCE_IDS
                    .iter()
                    .map(|id| Source {
                        id: (*id).to_string(),
                        title: format!("Source {id}"),
                        publisher: "Publisher".to_string(),
                        authors: vec!["Ann Author".to_string()],
                        date: Some(EdtfDate::parse("2025-08-15").unwrap()),
                        url: Some(format!("https://example.org/{id}")),
                        archive_url: None,
                        print_only: false,
                        note: None,
                    })
                    .collect(),
                encounters,
                context: context
                    .into_iter()
                    .map(|(date, title)| ContextEvent {
                        date,
                        title,
                        sources: vec!["public-record".to_string()],
                    })
                    .collect(),
            }
        })
}

/// A piece of `pool` (a few characters of one of its strings), in upper,
/// lower or its own case, or a fixed term, or random text.
fn term(pool: Vec<String>) -> impl Strategy<Value = String> {
    let piece = (
        any::<prop::sample::Index>(),
        any::<prop::sample::Index>(),
        1usize..6,
        0u8..3,
    )
        .prop_map(move |(which, at, len, case)| {
            let Some(s) = pool.get(which.index(pool.len().max(1))) else {
                return String::new();
            };
            let chars: Vec<char> = s.chars().collect();
            let from = at.index(chars.len().max(1)).min(chars.len());
            let piece: String = chars[from..(from + len).min(chars.len())].iter().collect();
            match case {
                0 => piece.to_uppercase(),
                1 => piece.to_lowercase(),
                _ => piece,
            }
        });
    prop_oneof![
        3 => piece,
        1 => prop::sample::select(vec!["É", "e", "SUMMIT", "zu", "ü", "İ", "i̇", "\""])
            .prop_map(str::to_string),
        1 => "\\PC{0,3}",
    ]
}

/// A dataset and a filter for it, whose text criteria are mostly pieces
/// of the dataset's own text, so that they often match.
fn dataset_and_filter() -> impl Strategy<Value = (Dataset<'static>, Filter)> {
    dataset().prop_flat_map(|d| {
        let pool = |f: &dyn Fn(&Encounter<'static>) -> Vec<String>| -> Vec<String> {
            d.encounters.iter().flat_map(f).collect()
        };
        let countries = pool(&|e| vec![e.country.to_string()]);
        let cities = pool(&|e| vec![e.city.to_string()]);
        let people = pool(&|e| e.participants.iter().map(|p| p.to_string()).collect());
        let topics = pool(&|e| e.topics.iter().map(|t| t.to_string()).collect());
        let texts = pool(&|e| {
            let mut v = vec![
                e.title.to_string(),
                e.occasion.to_string(),
                e.summary.to_string(),
            ];
            v.extend(e.highlights.iter().map(|h| h.text.to_string()));
            v.extend(e.quotes.iter().map(|q| q.text.to_string()));
            v
        });
        // Mostly empty criteria, so that the others are often what decides.
        let terms = |pool: Vec<String>| {
            prop_oneof![
                2 => Just(Vec::new()),
                1 => prop::collection::vec(term(pool), 1..3),
            ]
        };
        let years = (1990i32..2031, 0i32..4).prop_map(|(y, n)| y..=y + n);
        let filter = (
            prop_oneof![2 => Just(Vec::new()), 1 => prop::collection::vec(years, 1..3)],
            prop::option::weighted(0.3, day()),
            prop::option::weighted(0.3, day()),
            (
                subsequence(Outcome::ALL.to_vec(), 0..=4),
                subsequence(summit::Channel::ALL.to_vec(), 0..=3),
            ),
            (
                terms(countries),
                terms(cities),
                terms(people),
                terms(topics),
                terms(texts),
            ),
        )
            .prop_map(
                |(
                    years,
                    from,
                    to,
                    (outcomes, channels),
                    (countries, cities, participants, topics, texts),
                )| {
                    Filter {
                        years,
                        from,
                        to,
                        outcomes,
                        channels,
                        countries,
                        cities,
                        participants,
                        topics,
                        texts,
                    }
                },
            );
        (Just(d), filter)
    })
}

/// Text as the filters compare it, written out here rather than taken from
/// the library: canonical decomposition, combining marks dropped, every
/// character lowercased (not only ASCII letters).
fn fold(s: &str) -> String {
    s.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The meaning of each criterion, written out plainly (folding whole
/// strings, no fast paths), to check the real filter against.
fn satisfies(f: &Filter, e: &Encounter) -> bool {
    let has = |hay: &str, needle: &str| fold(hay).contains(&fold(needle));
    // A name is named by whole words of it, in order.
    let words = |s: &str| -> Vec<String> {
        fold(s)
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
            .map(String::from)
            .collect()
    };
    let names = |hay: &str, needle: &str| {
        let (h, n) = (words(hay), words(needle));
        !n.is_empty() && h.windows(n.len()).any(|w| w == n.as_slice())
    };
    let any = |needles: &[String], hays: &[&str]| {
        needles.is_empty() || needles.iter().any(|n| hays.iter().any(|h| names(h, n)))
    };
    // A country also by its codes and other names (the library's table,
    // tested on its own).
    let country = |n: &String| names(&e.country, n) || summit::names::names_country(&e.country, n);
    let (first, last) = (e.date.start(), e.date.end());
    // --text looks where search looks.
    let mut texts: Vec<&str> = vec![&e.title, &e.city, &e.country, &e.occasion, &e.summary];
    texts.extend(e.venue.as_deref());
    texts.extend(e.participants.iter().map(|p| &**p));
    texts.extend(e.topics.iter().map(|t| &**t));
    texts.extend(e.highlights.iter().map(|h| &*h.text));
    for q in &e.quotes {
        texts.push(&q.text);
        texts.push(&q.speaker);
        texts.extend(q.context.as_deref());
    }
    let participants: Vec<&str> = e.participants.iter().map(|p| &**p).collect();
    let topics: Vec<&str> = e.topics.iter().map(|t| &**t).collect();
    (f.years.is_empty()
        || f.years
            .iter()
            .any(|r| (first.year()..=last.year()).any(|y| r.contains(&y))))
        && f.from.is_none_or(|from| last >= from)
        && f.to.is_none_or(|to| first <= to)
        && (f.outcomes.is_empty() || f.outcomes.contains(&e.outcome))
        && (f.channels.is_empty() || f.channels.contains(&e.channel))
        && (f.countries.is_empty() || f.countries.iter().any(country))
        && any(&f.cities, &[&e.city])
        && any(&f.participants, &participants)
        && any(&f.topics, &topics)
        && (f.texts.is_empty()
            || f.texts.iter().any(|t| {
                words_and_phrases(t)
                    .iter()
                    .all(|w| texts.iter().any(|h| has(h, w)))
            }))
}

/// A search's words and quoted phrases: between quote marks (straight or
/// curly) is a phrase, outside them words; an unclosed quote runs to the end.
fn words_and_phrases(query: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, part) in query.split(['"', '\u{201c}', '\u{201d}']).enumerate() {
        if i % 2 == 1 {
            if !part.trim().is_empty() {
                out.push(part.trim().to_string());
            }
        } else {
            out.extend(part.split_whitespace().map(String::from));
        }
    }
    out
}

fn json_of(d: &Dataset) -> String {
    let all: Vec<&Encounter> = d.encounters.iter().collect();
    let context: Vec<&ContextEvent> = d.context.iter().collect();
    let mut out = Vec::new();
    let selection = export::Selection {
        dataset: d,
        encounters: &all,
        context: &context,
    };
    export::json::write(&mut out, &selection.subset()).unwrap();
    String::from_utf8(out).unwrap()
}

fn sort_key_order(key: SortKey, a: &Encounter, b: &Encounter) -> Ordering {
    let folded = |s: &str| fold(s);
    match key {
        SortKey::Date => a.date.cmp(&b.date),
        SortKey::Duration => a.duration_minutes.cmp(&b.duration_minutes),
        SortKey::Place => {
            (folded(&a.city), folded(&a.country)).cmp(&(folded(&b.city), folded(&b.country)))
        }
        SortKey::Kind => a.kind().cmp(&b.kind()),
        // By the title's words: what opens it before a letter or digit
        // (a quotation mark) does not count.
        SortKey::Title => {
            let words = |t: &str| folded(t.trim_start_matches(|c: char| !c.is_alphanumeric()));
            words(&a.title).cmp(&words(&b.title))
        }
    }
}

const SORT_KEYS: [SortKey; 5] = [
    SortKey::Date,
    SortKey::Duration,
    SortKey::Place,
    SortKey::Kind,
    SortKey::Title,
];

proptest! {
    #![proptest_config(config())]

    /// Every generated dataset is valid, and reading its JSON back gives
    /// the same dataset.
    #[test]
    fn generated_datasets_load_and_round_trip(d in dataset()) {
        let json = serde_json::to_string_pretty(&d).unwrap();
        let loaded = Dataset::from_str_with(&json, Origin::Bundled)
            .map_err(|e| TestCaseError::fail(format!("{e}\n{json}")))?;
        prop_assert_eq!(&loaded, &d);
    }

    /// The filter keeps exactly the encounters that meet every criterion,
    /// in the order given.
    #[test]
    fn filter_keeps_exactly_the_matching_encounters((d, f) in dataset_and_filter()) {
        let kept = f.apply(&d.encounters);
        let expected: Vec<&Encounter> =
            d.encounters.iter().filter(|e| satisfies(&f, e)).collect();
        prop_assert_eq!(kept, expected);
    }

    /// An outcome filter and its complement split the data in two.
    #[test]
    fn outcome_filter_and_complement_partition(d in dataset(), chosen in subsequence(Outcome::ALL.to_vec(), 1..4)) {
        let rest: Vec<Outcome> = Outcome::ALL.into_iter().filter(|o| !chosen.contains(o)).collect();
        let inside = Filter { outcomes: chosen, ..Filter::default() }.apply(&d.encounters);
        let outside = Filter { outcomes: rest, ..Filter::default() }.apply(&d.encounters);
        prop_assert_eq!(inside.len() + outside.len(), d.encounters.len());
        for e in &d.encounters {
            let a = inside.iter().any(|x| std::ptr::eq(*x, e));
            let b = outside.iter().any(|x| std::ptr::eq(*x, e));
            prop_assert!(a != b, "{} is in {} halves", e.id, u8::from(a) + u8::from(b));
        }
    }

    /// Sorting gives a permutation in key order; ties are chronological,
    /// and equal dates keep the input order. Undocumented durations come
    /// last in both directions.
    #[test]
    fn sort_orders_and_is_stable(d in dataset(), k in 0usize..5, reverse in any::<bool>()) {
        let key = SORT_KEYS[k];
        let input: Vec<&Encounter> = d.encounters.iter().collect();
        let mut sorted = input.clone();
        query::sort(&mut sorted, key, reverse);
        let position = |e: &Encounter| input.iter().position(|x| std::ptr::eq(*x, e)).unwrap();
        let mut seen: Vec<usize> = sorted.iter().map(|e| position(e)).collect();
        seen.sort_unstable();
        prop_assert_eq!(seen, (0..input.len()).collect::<Vec<_>>());
        for pair in sorted.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let order = match (key, a.duration_minutes, b.duration_minutes) {
                (SortKey::Duration, Some(_), None) => Ordering::Less,
                (SortKey::Duration, None, Some(_)) => Ordering::Greater,
                _ if reverse => sort_key_order(key, a, b).reverse(),
                _ => sort_key_order(key, a, b),
            };
            let tie = || a.date.cmp(&b.date).then(position(a).cmp(&position(b)));
            prop_assert!(
                order == Ordering::Less || (order == Ordering::Equal && tie() == Ordering::Less),
                "{} before {} sorting by {:?}, reverse {}", a.id, b.id, key, reverse
            );
        }
    }

    /// `export --format json`, loaded again and exported again, gives the
    /// same bytes.
    #[test]
    fn json_export_is_a_fixed_point(d in dataset()) {
        let first = json_of(&d);
        let loaded = Dataset::from_str_with(&first, Origin::Bundled).unwrap();
        prop_assert_eq!(json_of(&loaded), first);
    }

    /// The same through the command: `summit export --format json` of a
    /// dataset, loaded and exported again, gives the same bytes, and they
    /// are the library's export of it in date order (the command's default
    /// sort).
    #[test]
    fn json_export_through_the_command_is_a_fixed_point(d in dataset()) {
        let dir = tempfile::tempdir().unwrap();
        let run = |name: &str, text: &str| -> String {
            let path = dir.path().join(name);
            std::fs::write(&path, text).unwrap();
            crate::common::stdout_of(&["--data", path.to_str().unwrap(), "export", "--format", "json"])
        };
        let first = run("first.json", &serde_json::to_string(&d).unwrap());
        let mut sorted = d.clone();
        sorted.encounters = d.chronological().into_iter().cloned().collect();
        prop_assert_eq!(&first, &json_of(&sorted));
        prop_assert_eq!(run("second.json", &first), first);
    }

    /// CSV output reads back, with a CSV reader, into one row per encounter
    /// with the same ids and dates in the same order.
    #[test]
    fn csv_reads_back(d in dataset()) {
        let all: Vec<&Encounter> = d.encounters.iter().collect();
        let mut out = Vec::new();
        export::csv::encounters(&mut out, &all, &summit::fields::Column::csv()).unwrap();
        let mut reader = csv::Reader::from_reader(out.as_slice());
        let header = reader.headers().unwrap().clone();
        prop_assert_eq!(&header[0], "id");
        let rows: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>().unwrap();
        prop_assert_eq!(rows.len(), all.len());
        let column = |name: &str| header.iter().position(|h| h == name).unwrap();
        let (title, date) = (column("title"), column("date"));
        for (row, e) in rows.iter().zip(&all) {
            prop_assert_eq!(row.len(), header.len());
            prop_assert_eq!(&row[0], &*e.id);
            prop_assert_eq!(&row[title], &*e.title);
            prop_assert_eq!(&row[date], e.date.as_str());
        }
    }

    /// summit's CSV imported with the dataset it came from as the base
    /// gives that dataset back: what the CSV cannot carry (coordinates,
    /// the sources of highlights and quotes) comes from the base.
    #[test]
    fn csv_export_then_import_with_its_base_gives_it_back(d in dataset()) {
        let all: Vec<&Encounter> = d.encounters.iter().collect();
        let mut out = Vec::new();
        export::csv::encounters(&mut out, &all, &summit::fields::Column::csv()).unwrap();
        let csv = String::from_utf8(out).unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
        let imported = summit::import::csv::import(&csv, Some(&d), today).unwrap();
        prop_assert!(imported.notes.is_empty(), "{:?}", imported.notes);
        let json = imported.draft.to_json();
        let back = Dataset::from_str_with(&json, Origin::Bundled)
            .map_err(|e| TestCaseError::fail(format!("{e}\n{json}")))?;
        prop_assert_eq!(&back, &d);
    }

    /// Any string either parses as a date or is refused; a parsed date has
    /// its first day no later than its last, and its human forms are made
    /// without panicking.
    #[test]
    fn dates_parse_or_fail_cleanly(
        s in prop_oneof![
            "\\PC{0,24}",
            "[0-9X?~%/.-]{0,24}",
            "-?[0-9]{1,6}(-[0-9X]{1,2}){0,2}[?~%]?(/-?[0-9]{1,6}(-[0-9X]{1,2}){0,2}[?~%]?)?",
            "(\\.\\.)?/?[0-9]{4}(-[0-9]{2})?/?(\\.\\.)?",
        ]
    ) {
        if let Ok(d) = EdtfDate::parse(&s) {
            prop_assert!(d.start() <= d.end(), "{s}: {} > {}", d.start(), d.end());
            let _ = (d.human(), d.human_long(), d.precisions(), d.day_span());
        }
    }

    /// The loader refuses bad bytes with an error, never a panic: random
    /// bytes, and valid documents cut short or with a byte changed.
    #[test]
    fn loader_never_panics(
        noise in prop::collection::vec(any::<u8>(), 0..256),
        d in dataset(),
        cut in any::<prop::sample::Index>(),
        at in any::<prop::sample::Index>(),
        byte in any::<u8>(),
    ) {
        let _ = Dataset::from_bytes(&noise, Origin::Bundled);
        let _ = summit::dataset::check(&noise, &Origin::Bundled);
        let json = json_of(&d).into_bytes();
        let short = &json[..cut.index(json.len())];
        let _ = Dataset::from_bytes(short, Origin::Bundled);
        let _ = summit::dataset::check(short, &Origin::Bundled);
        let mut changed = json.clone();
        let i = at.index(changed.len());
        changed[i] = byte;
        let _ = Dataset::from_bytes(&changed, Origin::Bundled);
        let _ = summit::dataset::check(&changed, &Origin::Bundled);
    }
}
