//! summit's own CSV (`summit export --format csv`) back into a dataset.
//!
//! The CSV has every field of a record but the coordinates and the sources
//! each highlight and quote cites; with the original dataset as the base,
//! those come back from it, so export then import gives the dataset back.

use chrono::NaiveDate;

use super::{Carries, Draft, DraftEncounter, ImportError, Imported, Note};
use crate::Dataset;
use crate::fields::{Field, Shape};
use crate::model::{Quote, SAID, VARIANT, Variant};

/// The columns summit's CSV has, as `export --format csv` writes them;
/// `start` and `end` are worked out from `date`, so they are not read.
fn columns() -> impl Iterator<Item = &'static str> {
    crate::fields::Column::csv().into_iter().map(|c| c.as_str())
}

/// A quote as the CSV writes it, `Speaker: "words"` then ` (context)` if
/// any and its other renderings, back into its parts.
fn quote(cell: &str) -> Option<Quote<'static>> {
    let mut parts = cell.split(VARIANT);
    let first = parts.next()?;
    // ` [said 2018-07-25]` after the words and context, when given.
    let (first, said) = match first.strip_suffix(']').and_then(|f| f.rsplit_once(SAID)) {
        Some((before, day)) => (before, Some(crate::date::EdtfDate::parse(day).ok()?)),
        None => (first, None),
    };
    let (speaker, rest) = first.split_once(": \"")?;
    let variants = parts
        .map(|v| {
            Some(Variant {
                text: v.strip_suffix('"')?.to_string().into(),
                sources: Vec::new(),
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let (text, context) = match rest.rfind("\" (") {
        Some(i) if rest.ends_with(')') => (&rest[..i], Some(&rest[i + 3..rest.len() - 1])),
        _ => (rest.strip_suffix('"')?, None),
    };
    Some(Quote {
        speaker: speaker.to_string().into(),
        text: text.to_string().into(),
        context: context.map(|c| c.to_string().into()),
        said,
        sources: Vec::new(),
        variants,
    })
}

/// The items of a list cell: one per line, as written.
fn items(cell: &str) -> Vec<String> {
    cell.split('\n')
        .filter(|l| !l.trim().is_empty())
        .map(String::from)
        .collect()
}

/// The value of a cell of `field`'s column, by the field's shape: text as
/// written (an outcome or channel in any case), a list one item per line
/// or parted by "; ", a number of minutes, quotes and
/// highlights one per line. A cell that cannot be read is left empty and
/// said why. With the base's record of the same id, a quote written as the
/// base has it is the base's (its words, context and day), without its
/// sources, which come back later by place and content.
fn read_cell(
    field: Field,
    cell: &str,
    same: Option<&crate::model::Encounter>,
    unread: &mut Vec<String>,
) -> serde_json::Value {
    use serde_json::Value;
    let mut fail = |message: String| {
        unread.push(message);
        Value::Null
    };
    match field.shape() {
        // An outcome or channel in another case ("Held") is the one it
        // names, said so.
        Shape::Text if matches!(field, Field::Outcome | Field::Channel) => {
            let lower = cell.trim().to_lowercase();
            let known = match field {
                Field::Outcome => lower.parse::<crate::Outcome>().is_ok(),
                _ => lower.parse::<crate::Channel>().is_ok(),
            };
            if known && lower != cell {
                unread.push(format!("\"{cell}\" read as \"{lower}\""));
                Value::from(lower)
            } else {
                Value::from(cell)
            }
        }
        Shape::Text | Shape::Date | Shape::Time => Value::from(cell),
        // One item per line, as summit writes them; a cell written by hand
        // on one line may part them with "; ".
        Shape::List if !cell.contains('\n') && cell.contains("; ") => Value::from(
            cell.split("; ")
                .map(str::trim)
                .filter(|item| !item.is_empty())
                .collect::<Vec<_>>(),
        ),
        Shape::List => Value::from(items(cell)),
        Shape::Minutes if cell.is_empty() => Value::Null,
        Shape::Minutes => match cell.parse::<u32>() {
            Ok(m) => Value::from(m),
            Err(_) => fail(format!(
                "\"{cell}\" is not a whole number of minutes; left empty"
            )),
        },
        Shape::Range if cell.is_empty() => Value::Null,
        Shape::Range => {
            let pair = cell
                .split_once('-')
                .and_then(|(a, b)| {
                    Some([a.trim().parse::<u32>().ok()?, b.trim().parse::<u32>().ok()?])
                })
                .filter(|[a, b]| a <= b);
            match pair {
                Some(pair) => Value::from(pair.to_vec()),
                None => fail(format!(
                    "\"{cell}\" is not two whole numbers of minutes, shortest first (80-90); left empty"
                )),
            }
        }
        Shape::Highlights => Value::from(items(cell)),
        Shape::Quotes => {
            let mut quotes = Vec::new();
            for line_text in items(cell) {
                let known = same.and_then(|b| b.quotes.iter().find(|q| q.line() == line_text));
                match known
                    .cloned()
                    .map(|q| Quote {
                        sources: Vec::new(),
                        ..q.into_owned()
                    })
                    .or_else(|| quote(&line_text))
                {
                    Some(q) => quotes.push(q),
                    None => unread.push(format!(
                        "\"{line_text}\" is not Speaker: \"words\" (context); not imported"
                    )),
                }
            }
            serde_json::to_value(&quotes).unwrap_or(Value::Null)
        }
        Shape::Coordinates => Value::Null,
    }
}

/// Read summit's CSV.
///
/// # Errors
/// A CSV that cannot be read, or a header without summit's `id` column.
pub fn import(
    text: &str,
    base: Option<&Dataset>,
    today: NaiveDate,
) -> Result<Imported, ImportError> {
    let (mut reader, headers) = super::csv_with_header(text)?;
    let column = |name: &str| headers.iter().position(|h| h == name);
    if column("id").is_none() {
        return Err(ImportError::Columns {
            missing: vec!["id"],
            expected: format!(
                "summit's CSV starts {}",
                columns().collect::<Vec<_>>().join(",")
            ),
            found: headers,
        });
    }
    let mut notes = Vec::new();
    // `summit list --format csv` may give `place` ("City, Country") in
    // place of the two.
    let place_only = column("city").is_none() && column("country").is_none();
    for (i, h) in headers.iter().enumerate() {
        let known = columns().any(|c| c == h) || (h == "place" && place_only);
        if !known {
            notes.push(Note {
                at: format!("column {} ({h})", i + 1),
                message: "not a column of summit's CSV; not imported".into(),
            });
        }
    }
    let mut draft = Draft::new(base, today);
    for row in super::rows(&mut reader) {
        let (row, record) = row?;
        // Cells as written: summit's CSV holds the values exactly. A
        // spreadsheet that saved it again may end the lines inside a cell
        // with CRLF: they are line ends all the same.
        let cell = |name: &str| {
            let value = column(name).and_then(|i| record.get(i)).unwrap_or_default();
            if value.contains('\r') {
                value.replace("\r\n", "\n").replace('\r', "\n")
            } else {
                value.to_string()
            }
        };
        let id = cell("id");
        let mut e = DraftEncounter::new(format!("row {row}"));
        let same = base.and_then(|b| b.encounter(&id));
        for field in Field::ALL {
            if column(field.name()).is_none() {
                continue;
            }
            let mut unread = Vec::new();
            let value = read_cell(field, &cell(field.name()), same, &mut unread);
            e.set(field, value);
            notes.extend(unread.into_iter().map(|message| Note {
                at: format!("row {row}, column {}", field.name()),
                message,
            }));
        }
        if place_only {
            let place = cell("place");
            let (city, country) = match place.rsplit_once(", ") {
                Some((city, country)) => (city.to_string(), country.to_string()),
                None => (place, String::new()),
            };
            e.set(Field::City, city);
            e.set(Field::Country, country);
        }
        draft.encounters.push(e);
    }
    // A column the CSV has is carried, even where a cell is empty; one it
    // lacks (a CSV of a few columns) comes from the base.
    let carries = Carries::columns(|f| {
        column(f.name()).is_some()
            || (place_only
                && matches!(f, Field::City | Field::Country)
                && column("place").is_some())
    });
    draft.complete(base, &carries, &mut notes);
    Ok(Imported { draft, notes })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_split_back_into_their_parts() {
        let q = quote(r#"Vladimir Putin: "They will be punished." (At the APEC summit)"#).unwrap();
        assert_eq!(
            (q.speaker.as_ref(), q.text.as_ref(), q.context.as_deref()),
            (
                "Vladimir Putin",
                "They will be punished.",
                Some("At the APEC summit")
            )
        );
        let q = quote(r#"Trump: "a "great" day""#).unwrap();
        assert_eq!((q.text.as_ref(), q.context), ("a \"great\" day", None));
        assert!(quote("no quote here").is_none());
        // Words ending in a bracket that is not a context's.
        let q = quote(r#"Trump: "He said "no" (twice) today""#).unwrap();
        assert_eq!(
            (q.text.as_ref(), q.context),
            ("He said \"no\" (twice) today", None)
        );
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
    }

    const BASE: &str = r#"{"title": "t", "description": "d", "updated": "2026-11-29",
      "sources": [{"id": "s", "title": "S", "publisher": "P", "date": "2026"}],
      "encounters": [{"id": "a", "title": "A", "date": "2019", "city": "Oslo",
        "country": "Norway", "occasion": "Walk", "outcome": "informal", "summary": "S.",
        "quotes": [{"speaker": "Lind", "text": "Well", "context": "x\" (y", "sources": ["s"]},
                   {"speaker": "Lind", "text": "Again", "sources": ["s"]}],
        "sources": ["s"]}]}"#;

    /// The CSV of `BASE`'s one record.
    fn exported(base: &Dataset) -> String {
        let all: Vec<_> = base.encounters.iter().collect();
        let mut out = Vec::new();
        crate::export::csv::encounters(&mut out, &all, &crate::fields::Column::csv()).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_quote_that_reads_two_ways_is_the_base_s() {
        let base = Dataset::from_str_with(BASE, crate::Origin::Bundled).unwrap();
        let imported = import(&exported(&base), Some(&base), today()).unwrap();
        let q = &imported.draft.encounters[0].quotes()[0];
        assert_eq!(q, &base.encounters[0].quotes[0]);
        assert!(imported.notes.is_empty(), "{:?}", imported.notes);
    }

    #[test]
    fn crlf_inside_cells_reads_as_lf() {
        let base = crate::testing::record();
        let all: Vec<_> = base.encounters.iter().collect();
        let mut out = Vec::new();
        crate::export::csv::encounters(&mut out, &all, &crate::fields::Column::csv()).unwrap();
        let lf = String::from_utf8(out).unwrap();
        // Saved again by a spreadsheet: every line end CRLF, in cells too.
        let crlf = lf.replace("\r\n", "\n").replace('\n', "\r\n");
        assert!(crlf.matches("\r\n").count() > lf.matches("\r\n").count());
        let a = import(&lf, Some(&base), today()).unwrap();
        let b = import(&crlf, Some(&base), today()).unwrap();
        assert_eq!(a.draft.to_json(), b.draft.to_json());
        assert!(b.notes.is_empty(), "{:?}", b.notes);
        assert!(!b.draft.to_json().contains("\\r"));
        // Without a base too: lists split into the same items.
        let a = import(&lf, None, today()).unwrap();
        let b = import(&crlf, None, today()).unwrap();
        assert_eq!(a.draft.to_json(), b.draft.to_json());
    }

    #[test]
    fn an_edited_quote_is_noted_as_citing_nothing() {
        let base = Dataset::from_str_with(BASE, crate::Origin::Bundled).unwrap();
        let csv = exported(&base).replace("\"Again\"", "\"Again and again\"");
        let imported = import(&csv, Some(&base), today()).unwrap();
        let q = &imported.draft.encounters[0].quotes()[1];
        assert_eq!((q.text.as_ref(), q.sources.len()), ("Again and again", 0));
        assert_eq!(imported.notes.len(), 1, "{:?}", imported.notes);
        assert!(
            imported.notes[0]
                .message
                .starts_with("quote \"Again and again\" is not one of a's")
        );
    }

    #[test]
    fn place_stands_for_city_and_country_only_without_them() {
        let csv = "id,place\na,\"Oslo, Norway\"\n";
        let imported = import(csv, None, today()).unwrap();
        let e = &imported.draft.encounters[0];
        assert_eq!(
            (e.text(Field::City), e.text(Field::Country)),
            ("Oslo", "Norway")
        );
        assert!(imported.notes.is_empty(), "{:?}", imported.notes);
        // With a city column, place is not read, and said so.
        let csv = "id,place,city\na,\"Oslo, Norway\",Bergen\n";
        let imported = import(csv, None, today()).unwrap();
        let e = &imported.draft.encounters[0];
        assert_eq!(
            (e.text(Field::City), e.text(Field::Country)),
            ("Bergen", "")
        );
        assert_eq!(imported.notes[0].at, "column 2 (place)");
    }
}
