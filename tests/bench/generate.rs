//! Deterministic generator of large, realistic datasets in the summit
//! format, for the benchmark in `tests/bench/run.sh`.
//!
//!     cargo run --release --example generate -- 100000 > encounters-100k.json
//!
//! The same count always gives the same bytes. Every field of every record
//! is filled, records are about the size of the bundled ones (1.3 kB of
//! compact JSON), texts carry accents and other non-ASCII letters, and the
//! dates use each EDTF form summit reads: day, day interval, month, season
//! and year. Seasons are spring to autumn, so that every date's first and
//! last day fall in the year its text starts with: a year filter is then a
//! test of the text's first four digits, which the jq programs rely on.
//! Records are written in summit's chronological order, so `summit list`
//! and a jq `select` print the same records in the same order.
//!
//! Plain `std`, no crates: it builds in a second.

use std::cmp::Ordering;
use std::env;
use std::fmt::Write as _;
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

/// SplitMix64: small, fast, and the same on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n`.
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    /// `k` distinct items, in the order of `items`.
    fn some<'a, T>(&mut self, items: &'a [T], k: usize) -> Vec<&'a T> {
        let mut chosen = vec![false; items.len()];
        let mut left = k.min(items.len());
        while left > 0 {
            let i = self.below(items.len());
            if !chosen[i] {
                chosen[i] = true;
                left -= 1;
            }
        }
        items
            .iter()
            .zip(chosen)
            .filter(|(_, c)| *c)
            .map(|(t, _)| t)
            .collect()
    }
}

const PLACES: &[(&str, &str, &str)] = &[
    ("São Paulo", "Brazil", "Palácio dos Bandeirantes"),
    ("Zürich", "Switzerland", "Kongresshaus"),
    ("Kraków", "Poland", "Wawel Castle"),
    ("Reykjavík", "Iceland", "Höfði House"),
    ("Montréal", "Canada", "Palais des congrès"),
    ("Düsseldorf", "Germany", "Schloss Benrath"),
    ("Málaga", "Spain", "Palacio de Ferias y Congresos"),
    ("Helsinki", "Finland", "Presidential Palace"),
    ("Osaka", "Japan", "INTEX Osaka"),
    ("Da Nang", "Vietnam", "Furama Resort"),
    ("Buenos Aires", "Argentina", "Costa Salguero"),
    (
        "Anchorage",
        "United States",
        "Joint Base Elmendorf–Richardson",
    ),
    ("Paris", "France", "Élysée Palace"),
    ("Hamburg", "Germany", "Messehallen"),
    ("Genève", "Switzerland", "Villa La Grange"),
    ("İstanbul", "Türkiye", "Çırağan Palace"),
    ("Dubrovnik", "Croatia", "Rector’s Palace"),
    (
        "Nairobi",
        "Kenya",
        "Kenyatta International Convention Centre",
    ),
    ("Seoul", "South Korea", "Lotte Hotel"),
    ("Oslo", "Norway", "Akershus Fortress"),
    ("Valparaíso", "Chile", "Palacio Baburizza"),
    ("Tromsø", "Norway", "Polaria"),
    ("Łódź", "Poland", "Poznański Palace"),
    ("Bogotá", "Colombia", "Casa de Nariño"),
];

const LEADERS: &[&str] = &[
    "Amara Okafor",
    "Jürgen Böhm",
    "Lucía Fernández",
    "Søren Dahl",
    "Chen Wei",
    "Ngozi Eze",
    "Mikhail Orlov",
    "Aiko Tanaka",
    "François Lemaire",
    "Zeynep Yılmaz",
    "Ana Łukasiewicz",
    "Rafael Ortíz",
];

const OCCASIONS: &[&str] = &[
    "G20 summit",
    "Bilateral summit",
    "APEC summit",
    "State visit",
    "Commemoration of the armistice",
    "Working visit",
    "Trade conference",
    "Security forum",
];

const TOPICS: &[&str] = &[
    "trade",
    "sanctions",
    "arms control",
    "energy",
    "climate",
    "election interference",
    "cyber security",
    "nuclear treaties",
    "grain exports",
    "migration",
];

const OUTCOMES: &[&str] = &["held", "informal", "cancelled", "proposed"];

const OPENINGS: &[&str] = &[
    "The two leaders met on the sidelines of a crowded gathering, with aides and interpreters close by.",
    "A stand-alone meeting, long planned and heavily covered by the press on both sides.",
    "Talks were announced a week ahead, after months of exchanges between the two foreign ministries.",
    "The encounter came at a tense moment, days after a new round of sanctions was announced.",
];

const MIDDLES: &[&str] = &[
    "They spoke about trade, energy and the future of the arms-control treaties, and agreed to keep their teams in touch.",
    "Both sides described the talks as “frank” and “useful”, while commentators at home called them a public-relations exercise.",
    "Officials later said that the leaders had disagreed on nearly every point but wanted to meet again before the year’s end.",
    "The press conference ran long, and one answer about election interference dominated the coverage for weeks.",
];

const ENDINGS: &[&str] = &[
    "A follow-up visit was discussed but never scheduled.",
    "No joint statement was issued; each side published its own summary of the meeting.",
    "Markets barely moved, and the next meeting took place more than a year later.",
    "Critics in parliament demanded a full account of what had been said without note-takers.",
];

const HIGHLIGHTS: &[&str] = &[
    "Only interpreters were present during the one-on-one.",
    "The meeting ran well past its scheduled forty minutes.",
    "An invitation for a return visit was made in public, surprising both delegations.",
    "The leaders exchanged gifts: a football and a book of photographs.",
    "A joint statement on grain exports was drafted but not signed.",
    "Reporters were kept outside for the whole conversation.",
    "Both ministers of foreign affairs joined for the last half hour.",
    "The talks were cut short by a change in the conference programme.",
];

const QUOTES: &[&str] = &[
    "we had a very, very good relationship, and that is a good thing, not a bad thing.",
    "nobody has been tougher on them than I have.",
    "the meeting was useful, and frank — as it should be between neighbours.",
    "we agreed to disagree, which is also a kind of progress.",
    "there will be consequences if the promises made today are not kept.",
    "I don’t see any reason why it wouldn’t be a success.",
];

const CONTEXTS: &[&str] = &[
    "At the joint press conference",
    "Speaking to reporters on the flight home",
    "In a statement published the next morning",
    "Asked whether the meeting had been worth it",
];

const SOURCES: &[(&str, &str, &str, &str)] = &[
    (
        "wire-2019",
        "Wire report on the year’s summits",
        "Agence Générale",
        "2019-12-30",
    ),
    (
        "archive-2021",
        "The meetings, a chronology",
        "Staatsarchiv Zürich",
        "2021-03",
    ),
    (
        "gazette-2024",
        "Who met whom, and where",
        "La Gaceta de Málaga",
        "2024",
    ),
    (
        "public-record",
        "Public record",
        "Government press offices",
        "2025",
    ),
];

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A date as summit sorts it: first day, last day, text.
struct Date {
    first: (i32, u32, u32),
    last: (i32, u32, u32),
    text: String,
}

fn date(rng: &mut Rng, year: i32) -> Date {
    let month = 1 + rng.below(12) as u32;
    let dim = days_in_month(year, month);
    let day = 1 + rng.below(dim as usize) as u32;
    match rng.below(100) {
        // A single day.
        0..=54 => Date {
            first: (year, month, day),
            last: (year, month, day),
            text: format!("{year:04}-{month:02}-{day:02}"),
        },
        // Two to four days, possibly across a month, never across a year.
        55..=69 => {
            let (mut m, mut d) = (month, day);
            for _ in 0..1 + rng.below(3) {
                if d < days_in_month(year, m) {
                    d += 1;
                } else if m < 12 {
                    (m, d) = (m + 1, 1);
                }
            }
            if (m, d) == (month, day) {
                // 31 December: go back a day instead.
                let text = format!("{year:04}-12-30/{year:04}-12-31");
                return Date {
                    first: (year, 12, 30),
                    last: (year, 12, 31),
                    text,
                };
            }
            Date {
                first: (year, month, day),
                last: (year, m, d),
                text: format!("{year:04}-{month:02}-{day:02}/{year:04}-{m:02}-{d:02}"),
            }
        }
        // A month.
        70..=81 => Date {
            first: (year, month, 1),
            last: (year, month, dim),
            text: format!("{year:04}-{month:02}"),
        },
        // Spring, summer or autumn.
        82..=91 => {
            let season = 21 + rng.below(3) as u32;
            let first_month = 3 + 3 * (season - 21);
            let last_month = first_month + 2;
            Date {
                first: (year, first_month, 1),
                last: (year, last_month, days_in_month(year, last_month)),
                text: format!("{year:04}-{season}"),
            }
        }
        // A year.
        _ => Date {
            first: (year, 1, 1),
            last: (year, 12, 31),
            text: format!("{year:04}"),
        },
    }
}

/// Lowercase ASCII letters and hyphens, for ids.
fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let c = match c {
            'á' | 'à' | 'ã' | 'â' => 'a',
            'é' | 'è' | 'ê' => 'e',
            'í' | 'İ' | 'ı' => 'i',
            'ó' | 'ö' | 'ø' => 'o',
            'ú' | 'ü' => 'u',
            'ç' => 'c',
            'ł' | 'Ł' => 'l',
            'ź' | 'ż' => 'z',
            c => c.to_ascii_lowercase(),
        };
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out
}

/// A JSON string literal.
fn json(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn list(items: &[&str], indent: &str) -> String {
    let mut out = String::from("[");
    for (i, item) in items.iter().enumerate() {
        out.push_str(if i == 0 { "\n" } else { ",\n" });
        let _ = write!(out, "{indent}  {}", json(item));
    }
    let _ = write!(out, "\n{indent}]");
    out
}

struct Record {
    date: Date,
    body: String,
}

fn encounter(rng: &mut Rng, n: usize) -> Record {
    let year = 2000 + rng.below(30) as i32;
    let date = date(rng, year);
    let (city, country, venue) = rng.pick(PLACES);
    let occasion = rng.pick(OCCASIONS);
    let outcome = rng.pick(OUTCOMES);
    let k = 2 + rng.below(3);
    let participants: Vec<&str> = rng.some(LEADERS, k).into_iter().copied().collect();
    let summary = format!(
        "{} {} {}",
        rng.pick(OPENINGS),
        rng.pick(MIDDLES),
        rng.pick(ENDINGS)
    );
    let k = 4 + rng.below(2);
    let highlights: Vec<&str> = rng.some(HIGHLIGHTS, k).into_iter().copied().collect();
    let k = 2 + rng.below(3);
    let topics: Vec<&str> = rng.some(TOPICS, k).into_iter().copied().collect();
    let k = 1 + rng.below(2);
    let sources: Vec<&str> = rng.some(SOURCES, k).into_iter().map(|s| s.0).collect();
    let mut quotes = String::from("[");
    for i in 0..2 {
        quotes.push_str(if i == 0 { "\n" } else { ",\n" });
        let _ = write!(
            quotes,
            "      {{\n        \"speaker\": {},\n        \"text\": {},\n        \"context\": {}\n      }}",
            json(rng.pick(&participants)),
            json(rng.pick(QUOTES)),
            json(rng.pick(CONTEXTS)),
        );
    }
    quotes.push_str("\n    ]");
    let body = format!(
        concat!(
            "{{\n",
            "    \"id\": {id},\n",
            "    \"title\": {title},\n",
            "    \"date\": {date},\n",
            "    \"city\": {city},\n",
            "    \"country\": {country},\n",
            "    \"venue\": {venue},\n",
            "    \"occasion\": {occasion},\n",
            "    \"outcome\": {outcome},\n",
            "    \"duration_minutes\": {duration},\n",
            "    \"participants\": {participants},\n",
            "    \"summary\": {summary},\n",
            "    \"highlights\": {highlights},\n",
            "    \"quotes\": {quotes},\n",
            "    \"topics\": {topics},\n",
            "    \"sources\": {sources}\n",
            "  }}"
        ),
        id = json(&format!("{}-{year}-{n:06}", slug(city))),
        title = json(&format!("{occasion} in {city}")),
        date = json(&date.text),
        city = json(city),
        country = json(country),
        venue = json(venue),
        occasion = json(occasion),
        outcome = json(outcome),
        duration = 5 + rng.below(236),
        participants = list(&participants, "    "),
        summary = json(&summary),
        highlights = list(&highlights, "    "),
        quotes = quotes,
        topics = list(&topics, "    "),
        sources = list(&sources, "    "),
    );
    Record { date, body }
}

fn chronological(a: &Date, b: &Date) -> Ordering {
    (a.first, a.last, &a.text).cmp(&(b.first, b.last, &b.text))
}

fn write(out: &mut impl Write, count: usize) -> io::Result<()> {
    let mut rng = Rng(0x5EED_0000 ^ count as u64);
    let mut records: Vec<Record> = (0..count).map(|n| encounter(&mut rng, n)).collect();
    // Stable, so equal dates keep the order they were made in, as in summit.
    records.sort_by(|a, b| chronological(&a.date, &b.date));

    writeln!(out, "{{")?;
    writeln!(
        out,
        "  \"title\": {},",
        json(&format!("Generated benchmark timeline, {count} encounters"))
    )?;
    writeln!(
        out,
        "  \"description\": {},",
        json(
            "Invented leaders and meetings, made by tests/bench/generate.rs for measuring summit at scale."
        )
    )?;
    writeln!(out, "  \"updated\": \"2026-11-28\",")?;
    writeln!(out, "  \"sources\": [")?;
    for (i, (id, title, publisher, date)) in SOURCES.iter().enumerate() {
        let sep = if i + 1 < SOURCES.len() { "," } else { "" };
        writeln!(
            out,
            "    {{\n      \"id\": {},\n      \"title\": {},\n      \"publisher\": {},\n      \"authors\": [\n        \"Marta Nováková\"\n      ],\n      \"date\": {},\n      \"url\": \"https://example.org/{id}\",\n      \"note\": \"Invented for the benchmark.\"\n    }}{sep}",
            json(id),
            json(title),
            json(publisher),
            json(date),
        )?;
    }
    writeln!(out, "  ],")?;
    writeln!(out, "  \"encounters\": [")?;
    for (i, r) in records.iter().enumerate() {
        let sep = if i + 1 < records.len() { "," } else { "" };
        writeln!(out, "  {}{sep}", r.body)?;
    }
    writeln!(out, "  ],")?;
    writeln!(out, "  \"context\": [")?;
    let events = 5 + count / 100;
    for i in 0..events {
        let year = 2000 + (i % 30) as i32;
        let d = date(&mut rng, year);
        let sep = if i + 1 < events { "," } else { "" };
        writeln!(
            out,
            "    {{\n      \"date\": {},\n      \"title\": {},\n      \"sources\": [\n        \"public-record\"\n      ]\n    }}{sep}",
            json(&d.text),
            json(&format!(
                "{} elected in {}",
                rng.pick(LEADERS),
                rng.pick(PLACES).1
            )),
        )?;
    }
    writeln!(out, "  ]")?;
    writeln!(out, "}}")?;
    out.flush()
}

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let count = match args.as_slice() {
        [n] => n.parse::<usize>().ok(),
        _ => None,
    };
    let Some(count) = count else {
        eprintln!("usage: generate COUNT > FILE.json");
        return ExitCode::from(2);
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match write(&mut out, count) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("generate: cannot write: {e}");
            ExitCode::FAILURE
        }
    }
}
