//! A stretch of time laid out on a width: where each day falls, the ticks
//! that fit (years, and months when there is room), and rows for labels
//! that must not collide. The picture (SVG and PNG) and the browser's strip
//! and full timeline all draw from it.

use chrono::{Datelike, NaiveDate};

/// Days from `from` to `to` placed along `left..=right`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    from: NaiveDate,
    to: NaiveDate,
    left: f64,
    right: f64,
}

/// A mark on the axis: a year's first day, or a month's.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// The day it marks.
    pub day: NaiveDate,
    /// Where it falls.
    pub at: f64,
    /// "2018", or a month's "Jul" ("Jul 2018" for the first tick, so the
    /// year is always named).
    pub label: String,
    /// True for the first day of a year.
    pub year: bool,
}

impl Scale {
    /// `from..to` laid along `left..=right`.
    pub fn new(from: NaiveDate, to: NaiveDate, left: f64, right: f64) -> Scale {
        Scale {
            from,
            to: to.max(from.succ_opt().unwrap_or(from)),
            left,
            right,
        }
    }

    /// From the first day of the year of the earliest of `days` to the
    /// first day of the year after the latest: the span of whole years a
    /// view shows. `None` for no days.
    pub fn whole_years(
        days: impl IntoIterator<Item = (NaiveDate, NaiveDate)>,
    ) -> Option<(NaiveDate, NaiveDate)> {
        let (first, last) =
            days.into_iter()
                .fold(None, |acc: Option<(NaiveDate, NaiveDate)>, (a, b)| {
                    Some(acc.map_or((a, b), |(x, y)| (x.min(a), y.max(b))))
                })?;
        let start = NaiveDate::from_ymd_opt(first.year(), 1, 1)?;
        let end = NaiveDate::from_ymd_opt(last.year() + 1, 1, 1).unwrap_or(last);
        Some((start, end))
    }

    /// The first and last day shown.
    pub fn span(&self) -> (NaiveDate, NaiveDate) {
        (self.from, self.to)
    }

    /// How many days the scale spans.
    pub fn days(&self) -> f64 {
        (self.to - self.from).num_days().max(1) as f64
    }

    /// Where day `d` falls (beyond the ends for days outside).
    pub fn x(&self, d: NaiveDate) -> f64 {
        self.left + (d - self.from).num_days() as f64 / self.days() * (self.right - self.left)
    }

    /// Where the middle of `a..=b` falls.
    pub fn middle(&self, a: NaiveDate, b: NaiveDate) -> f64 {
        (self.x(a) + self.x(b)) / 2.0
    }

    /// The character cell day `d` falls in, on a scale of cells from
    /// `left` to `right` (each cell holds the days from its start to the
    /// next's); `None` outside them.
    pub fn cell(&self, d: NaiveDate) -> Option<usize> {
        let x = self.x(d).floor();
        (x >= self.left && x < self.right + 1.0).then_some(x as usize)
    }

    /// The ticks that fit at least `spacing` apart: every month's when a
    /// month is as wide as that, else every year's, or every 2, 5, 10, 20,
    /// 50 or 100 years'.
    pub fn ticks(&self, spacing: f64) -> Vec<Tick> {
        let per_day = (self.right - self.left) / self.days();
        let mut ticks = Vec::new();
        let (first, last) = (self.from.year(), self.to.year());
        if per_day * 28.0 >= spacing {
            let mut named = false;
            for y in first..=last {
                for m in 1..=12 {
                    let Some(day) = NaiveDate::from_ymd_opt(y, m, 1) else {
                        continue;
                    };
                    if day < self.from || day > self.to {
                        continue;
                    }
                    let label = if m == 1 {
                        y.to_string()
                    } else if !named {
                        day.format("%b %Y").to_string()
                    } else {
                        day.format("%b").to_string()
                    };
                    named = true;
                    ticks.push(Tick {
                        day,
                        at: self.x(day),
                        label,
                        year: m == 1,
                    });
                }
            }
            return ticks;
        }
        let step = [1, 2, 5, 10, 20, 50, 100]
            .into_iter()
            .find(|s| per_day * 365.0 * f64::from(*s) >= spacing)
            .unwrap_or(100);
        for y in (first..=last).filter(|y| y.rem_euclid(step) == first.rem_euclid(step)) {
            let Some(day) = NaiveDate::from_ymd_opt(y, 1, 1) else {
                continue;
            };
            if day >= self.from && day <= self.to {
                ticks.push(Tick {
                    day,
                    at: self.x(day),
                    label: y.to_string(),
                    year: true,
                });
            }
        }
        ticks
    }
}

/// Rows of labels that must not overlap: each label takes the first row
/// where it leaves at least `gap` clear of the labels already there.
#[derive(Debug, Clone, Default)]
pub struct Rows {
    rows: Vec<Vec<(f64, f64)>>,
    gap: f64,
}

impl Rows {
    /// Rows that keep labels `gap` apart.
    pub fn new(gap: f64) -> Rows {
        Rows {
            rows: Vec::new(),
            gap,
        }
    }

    /// The first row with room for `start..end`, claiming it; a new row
    /// when none has, unless `most` rows are taken already (`None`).
    pub fn place(&mut self, start: f64, end: f64, most: usize) -> Option<usize> {
        let clear = |row: &Vec<(f64, f64)>| {
            row.iter()
                .all(|(a, b)| end + self.gap <= *a || *b + self.gap <= start)
        };
        let row = match self.rows.iter().position(clear) {
            Some(row) => row,
            None if self.rows.len() < most => {
                self.rows.push(Vec::new());
                self.rows.len() - 1
            }
            None => return None,
        };
        self.rows[row].push((start, end));
        Some(row)
    }

    /// How many rows are taken.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// True before any label is placed.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn days_fall_in_proportion() {
        let s = Scale::new(day(2017, 1, 1), day(2019, 1, 1), 0.0, 730.0);
        assert_eq!(s.x(day(2017, 1, 1)), 0.0);
        assert_eq!(s.x(day(2018, 1, 1)), 365.0);
        assert_eq!(s.middle(day(2017, 1, 1), day(2017, 1, 11)), 5.0);
        assert_eq!(s.cell(day(2019, 1, 1)), Some(730));
        assert_eq!(s.cell(day(2019, 1, 2)), None);
        // A cell holds the days up to the next one's start.
        let cells = Scale::new(day(2017, 1, 1), day(2018, 1, 1), 0.0, 11.0);
        assert_eq!(cells.cell(day(2017, 1, 31)), Some(0));
        assert_eq!(cells.cell(day(2017, 12, 31)), Some(10));
        assert_eq!(s.cell(day(2016, 12, 31)), None);
        assert_eq!(s.span(), (day(2017, 1, 1), day(2019, 1, 1)));
        // From a left margin.
        let m = Scale::new(day(2017, 1, 1), day(2019, 1, 1), 100.0, 830.0);
        assert_eq!(m.x(day(2018, 1, 1)), 465.0);
    }

    #[test]
    fn whole_years_around_the_days() {
        let got = Scale::whole_years([
            (day(2018, 7, 16), day(2018, 7, 16)),
            (day(2017, 11, 10), day(2017, 11, 11)),
            (day(2025, 10, 1), day(2025, 11, 30)),
        ]);
        assert_eq!(got, Some((day(2017, 1, 1), day(2026, 1, 1))));
        assert_eq!(Scale::whole_years([]), None);
    }

    #[test]
    fn ticks_by_the_room_there_is() {
        // Ten years on 1000: a year is 100 wide.
        let s = Scale::new(day(2016, 1, 1), day(2026, 1, 1), 0.0, 1000.0);
        let years = |t: Vec<Tick>| t.iter().map(|t| t.label.clone()).collect::<Vec<_>>();
        assert_eq!(years(s.ticks(50.0)).len(), 11);
        assert_eq!(
            years(s.ticks(150.0)),
            ["2016", "2018", "2020", "2022", "2024", "2026"]
        );
        assert_eq!(years(s.ticks(400.0)), ["2016", "2021", "2026"]);
        // Months when a month is wide enough; the first names its year.
        let one = Scale::new(day(2018, 3, 15), day(2019, 1, 1), 0.0, 1000.0);
        let ticks = one.ticks(40.0);
        assert_eq!(ticks[0].label, "Apr 2018");
        assert_eq!(ticks[1].label, "May");
        assert_eq!(ticks.last().unwrap().label, "2019");
        assert!(ticks.last().unwrap().year && !ticks[0].year);
        // A month that starts the span is ticked; a year before it is not.
        let from_first = Scale::new(day(2018, 3, 1), day(2019, 1, 1), 100.0, 1100.0);
        assert_eq!(from_first.ticks(40.0)[0].label, "Mar 2018");
        let mid = Scale::new(day(2016, 6, 1), day(2026, 1, 1), 100.0, 1100.0);
        assert_eq!(years(mid.ticks(50.0))[0], "2017");
        assert_eq!(years(mid.ticks(50.0)).len(), 10);
        // The room is the width between the margins: ten years in 100.
        let narrow = Scale::new(day(2016, 1, 1), day(2026, 1, 1), 900.0, 1000.0);
        assert!((narrow.x(day(2021, 1, 1)) - 950.0).abs() < 0.1);
        assert_eq!(
            years(narrow.ticks(15.0)),
            ["2016", "2018", "2020", "2022", "2024", "2026"]
        );
    }

    #[test]
    fn rows_keep_labels_apart() {
        let mut rows = Rows::new(1.0);
        assert!(rows.is_empty());
        assert_eq!(rows.place(0.0, 10.0, 3), Some(0));
        assert_eq!(rows.place(5.0, 15.0, 3), Some(1));
        assert_eq!(rows.place(11.0, 20.0, 3), Some(0));
        assert_eq!(rows.place(10.5, 12.0, 3), Some(2));
        assert_eq!(rows.place(0.0, 30.0, 3), None);
        assert_eq!(rows.len(), 3);
        assert!(!rows.is_empty());
        // A label before one already placed keeps the gap too.
        let mut before = Rows::new(1.0);
        assert_eq!(before.place(20.0, 30.0, 3), Some(0));
        assert_eq!(before.place(10.0, 19.5, 3), Some(1));
        assert_eq!(before.place(10.0, 18.5, 3), Some(0));
    }
}
