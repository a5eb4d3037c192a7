//! A sheet made from Knight Lab's TimelineJS Google Sheets template,
//! downloaded as CSV, into a dataset.
//!
//! The `title` row gives the dataset's title and description; `era` rows
//! become context events; every other row an encounter, its Headline the
//! title, its Text (HTML allowed) the summary, a Group that names an
//! outcome the outcome. The date comes from Year, Month and Day (and the
//! End columns), or from Display Date when it says what the columns
//! cannot: a season ("autumn 2018") or an approximate year ("c. 2019").
//! Media, times and backgrounds have no place in a summit record: each
//! such cell is noted.

use chrono::NaiveDate;

use super::{
    Carries, Draft, DraftContext, DraftEncounter, ImportError, Imported, Note, kind_named,
    outcome_named, plain, slug,
};
use crate::Dataset;
use crate::fields::{Field, Importer};

/// The template's columns, and Unique ID, which TimelineJS's own JSON
/// has and a sheet may add: the record's id.
pub const COLUMNS: [&str; 20] = [
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Alt Text",
    "Type",
    "Group",
    "Background",
    "Unique ID",
];

/// Columns summit has no field for.
const NOT_KEPT: [(&str, &str); 8] = [
    (
        "Time",
        "a sheet's time has no UTC offset, which summit's time needs",
    ),
    (
        "End Time",
        "a sheet's time has no UTC offset, which summit's time needs",
    ),
    ("Media", "summit keeps no media"),
    ("Media Credit", "summit keeps no media"),
    ("Media Caption", "summit keeps no media"),
    ("Media Thumbnail", "summit keeps no media"),
    ("Alt Text", "summit keeps no media"),
    ("Background", "summit keeps no backgrounds"),
];

/// Year, month and day cells as EDTF: `2018`, `2018-07`, `2018-07-16`.
/// An error names the cell at fault: "Year", "Month" or "Day".
fn edtf(year: &str, month: &str, day: &str) -> Result<Option<String>, (&'static str, String)> {
    if year.is_empty() {
        return match (month.is_empty(), day.is_empty()) {
            (true, true) => Ok(None),
            (false, _) => Err(("Month", "a month without a year".into())),
            (true, false) => Err(("Day", "a day without a year".into())),
        };
    }
    let y: i32 = year
        .parse()
        .map_err(|_| ("Year", format!("\"{year}\" is not a year")))?;
    if !(1..=9999).contains(&y) {
        return Err(("Year", format!("{y} is not a year from 1 to 9999")));
    }
    if month.is_empty() {
        return if day.is_empty() {
            Ok(Some(format!("{y:04}")))
        } else {
            Err(("Day", "a day without a month".into()))
        };
    }
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let named = || {
        let m = month.to_ascii_lowercase();
        (m.len() >= 3)
            .then(|| MONTHS.iter().position(|n| m.starts_with(n)))
            .flatten()
            .map(|i| i as u32 + 1)
    };
    let m: u32 = month
        .parse()
        .ok()
        .or_else(named)
        .filter(|m| (1..=12).contains(m))
        .ok_or_else(|| ("Month", format!("\"{month}\" is not a month from 1 to 12")))?;
    if day.is_empty() {
        return Ok(Some(format!("{y:04}-{m:02}")));
    }
    let d: u32 = day
        .parse()
        .map_err(|_| ("Day", format!("\"{day}\" is not a day of the month")))?;
    NaiveDate::from_ymd_opt(y, m, d)
        .map(|date| Some(date.format("%Y-%m-%d").to_string()))
        .ok_or_else(|| {
            (
                "Day",
                format!("{y:04}-{m:02}-{d:02} is not a day of the calendar"),
            )
        })
}

/// What Display Date says that the columns cannot, as EDTF: a season, or
/// an approximate or uncertain year.
fn display_date(text: &str) -> Option<String> {
    let folded = crate::text::fold(text);
    let words: Vec<&str> = folded
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let year = |w: &str| {
        w.parse::<u32>()
            .ok()
            .filter(|y| (1..=9999).contains(y))
            .map(|y| format!("{y:04}"))
    };
    match words.as_slice() {
        [first, y] => {
            let code = match *first {
                "spring" => 21,
                "summer" => 22,
                "autumn" | "fall" => 23,
                "winter" => 24,
                "c." | "c" | "ca." | "circa" | "about" | "around" => {
                    return year(y).map(|y| format!("{y}~"));
                }
                _ => return None,
            };
            year(y).map(|y| format!("{y}-{code}"))
        }
        [y] if y.ends_with('?') => year(y.trim_end_matches('?')).map(|y| format!("{y}?")),
        _ => None,
    }
}

/// Read a TimelineJS template sheet exported as CSV.
///
/// # Errors
/// A CSV that cannot be read, or a header without the template's Year and
/// Headline columns.
pub fn import(
    text: &str,
    base: Option<&Dataset>,
    today: NaiveDate,
) -> Result<Imported, ImportError> {
    let (mut reader, headers) = super::csv_with_header(text)?;
    let column = |name: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    if text.trim_start().starts_with(['{', '[']) {
        return Err(ImportError::Json);
    }
    let missing: Vec<&'static str> = ["Year", "Headline"]
        .into_iter()
        .filter(|c| column(c).is_none())
        .collect();
    if !missing.is_empty() {
        return Err(ImportError::Columns {
            missing,
            expected: format!(
                "the TimelineJS template's columns are {}",
                COLUMNS.join(", ")
            ),
            found: headers,
        });
    }
    let mut notes = Vec::new();
    // Columns the template does not have (a Tag column some copies add,
    // a column of one's own): what is in them is not imported.
    let extra: Vec<(usize, &String)> = headers
        .iter()
        .enumerate()
        .filter(|(_, h)| !COLUMNS.iter().any(|c| c.eq_ignore_ascii_case(h)))
        .collect();
    if column("Group").is_none() {
        notes.push(Note {
            at: "the sheet".into(),
            message: "has no Group column, so no row says its outcome; outcomes are left empty"
                .into(),
        });
    }
    let mut draft = Draft::new(base, today);
    let mut titled = false;
    for row in super::rows(&mut reader) {
        let (row, record) = row?;
        let cell = |name: &str| {
            column(name)
                .and_then(|i| record.get(i))
                .unwrap_or_default()
                .trim()
                .to_string()
        };
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let kind = cell("Type").to_ascii_lowercase();
        for &(i, name) in &extra {
            if let Some(value) = record.get(i).map(str::trim).filter(|v| !v.is_empty()) {
                let name = if name.is_empty() {
                    format!("{} (no name)", i + 1)
                } else {
                    name.clone()
                };
                notes.push(Note {
                    at: format!("row {row}, column {name}"),
                    message: format!(
                        "not a column of the TimelineJS template; not imported: {value}"
                    ),
                });
            }
        }
        for (name, why) in NOT_KEPT {
            let value = cell(name);
            if !value.is_empty() {
                notes.push(Note {
                    at: format!("row {row}, column {name}"),
                    message: format!("not imported ({why}): {value}"),
                });
            }
        }
        if kind == "title" {
            draft.title = plain(&cell("Headline"));
            draft.description = plain(&cell("Text"));
            titled = true;
            continue;
        }
        // Said once the base (if any) has had its say: it may fill the field.
        let mut pending: Vec<(Field, Note)> = Vec::new();
        let mut bad_date = |column: String, message: String| {
            pending.push((
                Field::Date,
                Note {
                    at: format!("row {row}, column {column}"),
                    message: format!("{message}; the date is left empty"),
                },
            ));
        };
        let start = edtf(&cell("Year"), &cell("Month"), &cell("Day"));
        let end = edtf(&cell("End Year"), &cell("End Month"), &cell("End Day"));
        let mut date = match (start, end) {
            (Err((column, e)), _) => {
                bad_date(column.to_string(), e);
                String::new()
            }
            (_, Err((column, e))) => {
                bad_date(format!("End {column}"), e);
                String::new()
            }
            (Ok(None), _) => {
                bad_date("Year".into(), "no year".into());
                String::new()
            }
            (Ok(Some(s)), Ok(Some(e))) if s != e => format!("{s}/{e}"),
            (Ok(Some(s)), _) => s,
        };
        let shown = cell("Display Date");
        if let Some(said) = display_date(&shown) {
            // The wording says more than the columns; it must be of the
            // same year.
            if date.is_empty() || date.get(..4) == said.get(..4) {
                date = said;
            } else {
                notes.push(Note {
                    at: format!("row {row}, column Display Date"),
                    message: format!(
                        "\"{shown}\" is not in the year of the Year column; the columns' date is kept"
                    ),
                });
            }
        }
        let title = plain(&cell("Headline"));
        let year = date.get(..4).and_then(|y| y.parse().ok());
        if kind == "era" {
            notes.extend(pending.into_iter().map(|(_, n)| n));
            draft.context.push(DraftContext {
                date,
                title,
                sources: Vec::new(),
            });
            continue;
        }
        let group = cell("Group");
        // A group that names a kind of record ("calls", "envoy meetings",
        // as summit's own export has them) gives its channel and outcome.
        let kind = kind_named(&group);
        let channel = kind.map(|k| match k {
            crate::model::RecordKind::Call => crate::model::Channel::Call,
            crate::model::RecordKind::Envoy => crate::model::Channel::Envoy,
            _ => crate::model::Channel::Meeting,
        });
        let outcome = outcome_named(&group).or_else(|| kind.map(|_| crate::model::Outcome::Held));
        if outcome.is_none() && !group.is_empty() {
            pending.push((
                Field::Outcome,
                Note {
                    at: format!("row {row}, column Group"),
                    message: format!(
                        "\"{group}\" names no outcome (held, informal, cancelled, proposed); the outcome is left empty"
                    ),
                },
            ));
        }
        // A Unique ID names the record, so a headline edited in the
        // sheet keeps its record; else the headline and year make one.
        let id = match cell("Unique ID") {
            given if given.is_empty() => slug(&title, year),
            given => given,
        };
        let mut e = DraftEncounter::new(format!("row {row}"))
            .with(Field::Id, id)
            .with(Field::Title, title)
            .with(Field::Date, date)
            .with(
                Field::Outcome,
                outcome.map(|o| o.as_str().to_string()).unwrap_or_default(),
            )
            .with(Field::Summary, plain(&cell("Text")))
            .with(
                Field::Channel,
                channel
                    .filter(|c| *c != crate::model::Channel::Meeting)
                    .map(|c| c.as_str())
                    .unwrap_or_default(),
            );
        e.pending = pending;
        draft.encounters.push(e);
    }
    if !titled && base.is_none() {
        notes.push(Note {
            at: "the sheet".into(),
            message: "has no title row (Type \"title\"); the dataset's title is left empty".into(),
        });
    }
    draft.complete(base, &Carries::of(Importer::TimelineJs), &mut notes);
    Ok(Imported { draft, notes })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_make_edtf_dates() {
        assert_eq!(edtf("2018", "7", "16"), Ok(Some("2018-07-16".into())));
        assert_eq!(edtf("2018", "11", ""), Ok(Some("2018-11".into())));
        assert_eq!(edtf("2018", "March", "9"), Ok(Some("2018-03-09".into())));
        assert_eq!(edtf("2019", "", ""), Ok(Some("2019".into())));
        assert_eq!(edtf("", "", ""), Ok(None));
        assert_eq!(edtf("2018", "2", "30").unwrap_err().0, "Day");
        assert_eq!(edtf("2018", "13", "").unwrap_err().0, "Month");
        assert_eq!(
            edtf("MMXVIII", "", ""),
            Err(("Year", "\"MMXVIII\" is not a year".into()))
        );
        assert_eq!(edtf("", "3", "").unwrap_err().0, "Month");
    }

    #[test]
    fn a_column_the_template_lacks_is_noted_where_it_has_text() {
        let sheet = "Year,Month,Day,Headline,Text,Group,Tag\n\
                     2019,9,2,Walk in Oslo,<p>A walk.</p>,informal,nordic\n\
                     2020,,,Riga summit,Called off.,cancelled,\n";
        let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
        let imported = import(sheet, None, today).unwrap();
        let e = &imported.draft.encounters;
        assert_eq!(e.len(), 2);
        assert_eq!(
            (e[0].text(Field::Date), e[0].text(Field::Outcome)),
            ("2019-09-02", "informal")
        );
        assert_eq!(e[1].text(Field::Date), "2020");
        // An end on the day it starts is no range.
        let sheet = "Year,Month,Day,End Year,End Month,End Day,Headline\n\
                     2019,9,2,2019,9,2,Walk in Oslo\n2019,9,2,2019,9,3,Two days\n";
        let e = import(sheet, None, today).unwrap().draft.encounters;
        assert_eq!(
            (e[0].text(Field::Date), e[1].text(Field::Date)),
            ("2019-09-02", "2019-09-02/2019-09-03")
        );
        let notes: Vec<String> = imported
            .notes
            .iter()
            .map(|n| format!("{}: {}", n.at, n.message))
            .collect();
        assert_eq!(
            notes,
            [
                "row 2, column Tag: not a column of the TimelineJS template; not imported: nordic",
                "the sheet: has no title row (Type \"title\"); the dataset's title is left empty"
            ]
        );
    }

    #[test]
    fn display_date_wording() {
        assert_eq!(display_date("autumn 2018").as_deref(), Some("2018-23"));
        assert_eq!(display_date("Fall, 2018").as_deref(), Some("2018-23"));
        assert_eq!(display_date("c. 2019").as_deref(), Some("2019~"));
        assert_eq!(display_date("2019?").as_deref(), Some("2019?"));
        assert_eq!(display_date("summer 2019").as_deref(), Some("2019-22"));
        assert_eq!(display_date("Winter 2020").as_deref(), Some("2020-24"));
        assert_eq!(display_date("2019"), None);
        assert_eq!(display_date("16 July 2018"), None);
        assert_eq!(display_date(""), None);
    }
}
