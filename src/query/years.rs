//! Years as people write them: a year or a range (`2018`, `2017..2019`,
//! open at either end: `2018..`, `..2019`), and the full year a two-digit
//! one most likely means.

use std::ops::RangeInclusive;

use chrono::Datelike;

use crate::Dataset;
pub use crate::error::YearsError;

/// The first and last year a range may name: an open end is one of them.
const FIRST: i32 = 1;
const LAST: i32 = 9999;

fn year(s: &str) -> Result<i32, YearsError> {
    let year: i32 = s
        .trim()
        .parse()
        .map_err(|_| YearsError::NotAYear(s.to_string()))?;
    if !(FIRST..=LAST).contains(&year) {
        return Err(YearsError::OutOfRange(year));
    }
    Ok(year)
}

/// A year or a range of years: `2018`, `2017..2019`, or open at one end,
/// `2018..` (from 2018 on) and `..2019` (up to 2019).
///
/// # Errors
/// What is wrong, and what would be right.
pub fn parse(s: &str) -> Result<RangeInclusive<i32>, YearsError> {
    match s.split_once("..") {
        Some((a, b)) if a.trim().is_empty() && b.trim().is_empty() => {
            Err(YearsError::Empty(s.to_string()))
        }
        Some((a, b)) => {
            let a = if a.trim().is_empty() { FIRST } else { year(a)? };
            let b = if b.trim().is_empty() { LAST } else { year(b)? };
            if a > b {
                return Err(YearsError::Backwards {
                    text: s.to_string(),
                    from: a,
                    to: b,
                });
            }
            Ok(a..=b)
        }
        None => year(s).map(|y| y..=y),
    }
}

/// A range as it is written: `2018`, `2017..2019`, `2018..`, `..2019`.
pub fn text(range: &RangeInclusive<i32>) -> String {
    match (*range.start(), *range.end()) {
        (a, b) if a == b => a.to_string(),
        (FIRST, b) => format!("..{b}"),
        (a, LAST) => format!("{a}.."),
        (a, b) => format!("{a}..{b}"),
    }
}

/// The first of `ranges` that names a year under 100, as people write a
/// year with two digits.
pub fn written_short(ranges: &[RangeInclusive<i32>]) -> Option<&RangeInclusive<i32>> {
    let short = |y: i32| (0..100).contains(&y);
    // An open start is year 1: not a year anyone wrote.
    ranges
        .iter()
        .find(|r| (short(*r.start()) && *r.start() != FIRST) || short(*r.end()))
}

/// For the first of `ranges` that names a year under 100 (as people write
/// a year with two digits), the range it most likely means, in the
/// century where `dataset` has records: `18` is `2018` in a dataset of
/// 2014 to 2025. `None` when no range looks so, or it means itself.
pub fn meant(ranges: &[RangeInclusive<i32>], dataset: &Dataset) -> Option<String> {
    let short = |y: i32| (0..100).contains(&y);
    let range = written_short(ranges)?;
    let first = dataset
        .encounters
        .iter()
        .map(|e| e.date.start().year())
        .min()?;
    let last = dataset
        .encounters
        .iter()
        .map(|e| e.date.end().year())
        .max()?;
    let full = |y: i32| {
        if !short(y) {
            return y;
        }
        (first / 100..=last / 100)
            .map(|c| c * 100 + y)
            .find(|full| (first..=last).contains(full))
            .unwrap_or(last / 100 * 100 + y)
    };
    let (a, b) = (*range.start(), *range.end());
    let meant = if a == b {
        full(a)..=full(a)
    } else {
        (if a == FIRST { a } else { full(a) })..=(if b == LAST { b } else { full(b) })
    };
    (meant != *range).then(|| text(&meant))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_ranges_of_years() {
        assert_eq!(parse("2018..").unwrap(), 2018..=9999);
        assert_eq!(parse("..2019").unwrap(), 1..=2019);
        assert_eq!(parse("2017..2019").unwrap(), 2017..=2019);
        assert_eq!(parse(" 2018 ").unwrap(), 2018..=2018);
        assert_eq!(parse("2018..2018").unwrap(), 2018..=2018);
        assert_eq!(parse(".."), Err(YearsError::Empty("..".into())));
        let backwards = parse("2019..2017").unwrap_err();
        assert_eq!(
            backwards,
            YearsError::Backwards {
                text: "2019..2017".into(),
                from: 2019,
                to: 2017
            }
        );
        assert!(backwards.to_string().contains("write 2017..2019"));
        assert_eq!(parse("0"), Err(YearsError::OutOfRange(0)));
        assert!(
            parse("10000")
                .unwrap_err()
                .to_string()
                .contains("out of range (1 to 9999)")
        );
        assert_eq!(parse("soon"), Err(YearsError::NotAYear("soon".into())));
        assert!(
            parse("soon")
                .unwrap_err()
                .to_string()
                .contains("\"soon\" is not a year")
        );
        // One error type for the library: each cause is a variant of it.
        let error: crate::Error = parse("soon").unwrap_err().into();
        assert!(matches!(
            error,
            crate::Error::Years(YearsError::NotAYear(_))
        ));
    }

    #[test]
    fn ranges_read_as_written() {
        for written in ["2018", "2017..2019", "2018..", "..2019"] {
            assert_eq!(text(&parse(written).unwrap()), written);
        }
    }

    #[test]
    fn two_digit_years_in_the_dataset_s_century() {
        let d = crate::testing::record();
        let meant = |s: &str| meant(&[parse(s).unwrap()], &d);
        assert_eq!(meant("18").as_deref(), Some("2018"));
        assert_eq!(meant("17..19").as_deref(), Some("2017..2019"));
        assert_eq!(meant("..19").as_deref(), Some("..2019"));
        assert_eq!(meant("25..").as_deref(), Some("2025.."));
        // Beyond the dataset's years: the century of its last.
        assert_eq!(meant("99").as_deref(), Some("2099"));
        assert_eq!(meant("2018"), None);
        assert_eq!(meant("..2019"), None);
        assert_eq!(meant("1"), Some("2001".to_string()));
        // The first range that names a short year: an open start does not.
        let first = super::meant(&[parse("..2019").unwrap(), parse("18").unwrap()], &d);
        assert_eq!(first.as_deref(), Some("2018"));
    }

    /// Over a dataset that spans two centuries, a short year is the one
    /// inside its years: `98` is 1998 and `03` is 2003.
    #[test]
    fn two_digit_years_across_a_century() {
        let mut json: serde_json::Value =
            serde_json::from_str(crate::testing::RECORD_JSON).unwrap();
        let list = json["encounters"].as_array_mut().unwrap();
        list.truncate(2);
        list[0]["date"] = "1997-05-27".into();
        list[1]["date"] = "2004-02-03".into();
        let text = json.to_string();
        let d = Dataset::from_str_with(&text, crate::error::Origin::Bundled).unwrap();
        let meant = |s: &str| meant(&[parse(s).unwrap()], &d);
        assert_eq!(meant("98").as_deref(), Some("1998"));
        assert_eq!(meant("3").as_deref(), Some("2003"));
        // Outside both: the century of the last year.
        assert_eq!(meant("50").as_deref(), Some("2050"));
    }
}
