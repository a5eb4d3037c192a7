//! Deterministic generator of large datasets in the summit format, for
//! the benchmarks in `tests/bench/`.
//!
//!     cargo run --release --example generate -- 100000 > encounters-100k.json
//!
//! Records are shaped like the bundled ones because they are the bundled
//! ones, cycled (meetings, calls and envoy meetings in the bundled
//! proportions): each is a bundled record (highlights and quotes that cite
//! their sources, coordinates with theirs, a duration note where the
//! original has one) with an id and a date of its own. The sources are
//! the bundled dataset's, so every citation resolves. The same count always
//! gives the same bytes.
//!
//! The dates use each EDTF form summit reads: day, day interval, month,
//! season and year. Seasons are spring to autumn, so that every date's
//! first and last day fall in the year its text starts with: a year filter
//! is then a test of the text's first four digits, which the jq programs
//! rely on. Records are written in summit's chronological order and in its
//! field order, so `summit list --format json` and a jq `select` print the
//! same records, byte for byte.

use std::borrow::Cow;
use std::env;
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use summit::{ContextEvent, Dataset, EdtfDate, Encounter};

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
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A date in `year`, as EDTF text: a day (55 %), two to four days within
/// the year (15 %), a month (12 %), spring to autumn (10 %), the year.
fn date(rng: &mut Rng, year: i32) -> String {
    let month = 1 + rng.below(12) as u32;
    let dim = days_in_month(year, month);
    let day = 1 + rng.below(dim as usize) as u32;
    match rng.below(100) {
        0..=54 => format!("{year:04}-{month:02}-{day:02}"),
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
                // 31 December: the two days before the year ends instead.
                format!("{year:04}-12-30/{year:04}-12-31")
            } else {
                format!("{year:04}-{month:02}-{day:02}/{year:04}-{m:02}-{d:02}")
            }
        }
        70..=81 => format!("{year:04}-{month:02}"),
        82..=91 => format!("{year:04}-{}", 21 + rng.below(3)),
        _ => format!("{year:04}"),
    }
}

fn generated(count: usize) -> Dataset<'static> {
    let bundled = Dataset::bundled().expect("the bundled dataset loads");
    let mut rng = Rng(0x5EED_0000 ^ count as u64);
    let mut encounters: Vec<Encounter<'static>> = (0..count)
        .map(|n| {
            let original = &bundled.encounters[rng.below(bundled.encounters.len())];
            let year = 2000 + rng.below(30) as i32;
            let text = date(&mut rng, year);
            Encounter {
                id: Cow::Owned(format!("{}-{n:06}", original.id)),
                date: EdtfDate::parse(&text).expect("the generator writes EDTF"),
                ..original.clone().into_owned()
            }
        })
        .collect();
    // Stable, so equal dates keep the order they were made in, as summit
    // keeps them.
    encounters.sort_by(|a, b| a.date.cmp(&b.date));
    let cited: Vec<String> = bundled
        .context
        .iter()
        .flat_map(|c| c.sources.clone())
        .collect();
    let context = (0..5 + count / 100)
        .map(|i| {
            let original = &bundled.context[i % bundled.context.len()];
            let text = date(&mut rng, 2000 + (i % 30) as i32);
            ContextEvent {
                date: EdtfDate::parse(&text).expect("the generator writes EDTF"),
                title: original.title.clone(),
                sources: vec![cited[i % cited.len()].clone()],
            }
        })
        .collect();
    Dataset {
        schema: None,
        title: format!("Generated benchmark timeline, {count} records"),
        description: "The bundled records, cycled with ids and dates of their own, made by \
                      tests/bench/generate.rs for measuring summit at scale."
            .into(),
        updated: bundled.updated,
        checked_through: None,
        sources: bundled.sources.clone(),
        encounters,
        context,
    }
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
    let written = serde_json::to_writer(&mut out, &generated(count))
        .map_err(io::Error::from)
        .and_then(|()| writeln!(out))
        .and_then(|()| out.flush());
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("generate: cannot write: {e}");
            ExitCode::FAILURE
        }
    }
}
