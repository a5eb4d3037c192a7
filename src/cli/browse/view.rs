//! The full-screen timeline's view: whether it is shown, how far it is
//! zoomed in, and where it is panned to.

use chrono::NaiveDate;

/// The timeline view.
#[derive(Debug, Clone, Default)]
pub struct View {
    /// Shown instead of the list and the detail.
    pub on: bool,
    /// Magnification: 1 shows everything, each step doubles.
    pub zoom: u32,
    /// The day in the middle, when panned away from the selection.
    pub center: Option<NaiveDate>,
}

impl View {
    /// The whole span, not shown.
    pub fn new() -> View {
        View {
            on: false,
            zoom: 1,
            center: None,
        }
    }

    /// Days across `extent`.
    fn span_days(extent: (NaiveDate, NaiveDate)) -> i64 {
        (extent.1 - extent.0).num_days().max(1)
    }

    /// Half the days in view.
    fn half(&self, extent: (NaiveDate, NaiveDate)) -> chrono::Duration {
        chrono::Duration::days(View::span_days(extent) / i64::from(self.zoom.max(1)) / 2)
    }

    /// The day in the middle: where it was panned to, else `selected`'s
    /// day when zoomed in, else the middle of `extent`; never so near an
    /// end of `extent` that the view would show days past it.
    pub fn center(&self, extent: (NaiveDate, NaiveDate), selected: Option<NaiveDate>) -> NaiveDate {
        let wanted = self.center.unwrap_or_else(|| match selected {
            Some(day) if self.zoom > 1 => day,
            _ => extent.0 + chrono::Duration::days(View::span_days(extent) / 2),
        });
        let half = self.half(extent);
        let (lowest, highest) = (extent.0 + half, extent.1 - half);
        if lowest >= highest {
            return extent.0 + chrono::Duration::days(View::span_days(extent) / 2);
        }
        wanted.clamp(lowest, highest)
    }

    /// The first and last day shown: within `extent`, centred on the
    /// selection when zoomed in, as far as the ends allow.
    pub fn days(
        &self,
        extent: (NaiveDate, NaiveDate),
        selected: Option<NaiveDate>,
    ) -> (NaiveDate, NaiveDate) {
        let half = self.half(extent);
        let c = self.center(extent, selected);
        (c - half, c + half)
    }

    /// Zoom in (`in_`) or out, by a factor of two, from 1 to 64. The view
    /// centres on the selection again.
    pub fn zoom(&mut self, in_: bool) {
        self.zoom = if in_ {
            (self.zoom * 2).min(64)
        } else {
            (self.zoom / 2).max(1)
        };
        self.center = None;
    }

    /// Pan by a quarter of what is in view, on (`forward`) or back in
    /// time; panning stops where the view reaches an end of `extent`.
    pub fn pan(
        &mut self,
        forward: bool,
        extent: (NaiveDate, NaiveDate),
        selected: Option<NaiveDate>,
    ) {
        let step = chrono::Duration::days(
            (View::span_days(extent) / i64::from(self.zoom.max(1)) / 4).max(1),
        );
        let c = self.center(extent, selected);
        let moved = if forward { c + step } else { c - step };
        self.center = Some(moved);
        // Kept where the view stops.
        self.center = Some(self.center(extent, selected));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// Zoom doubles and halves, from 1 to 64, and centres on the
    /// selection; a pan moves a quarter of what is in view, and stops
    /// where the view reaches an end of the data.
    #[test]
    fn zooms_by_two_and_pans_by_a_quarter() {
        // 2,922 days.
        let extent = (day(2017, 1, 1), day(2025, 1, 1));
        let mut v = View::new();
        // At the whole span there is nowhere to pan.
        v.pan(true, extent, None);
        assert_eq!(v.days(extent, None), extent);
        for _ in 0..3 {
            v.zoom(true);
        }
        assert_eq!(v.zoom, 8);
        v.zoom(false);
        assert_eq!(v.zoom, 4);
        // 730 days in view; a quarter of them is 182.
        let (a, b) = v.days(extent, None);
        assert_eq!((b - a).num_days(), 730);
        let middle = v.center(extent, None);
        assert_eq!(middle, day(2021, 1, 1));
        v.pan(true, extent, None);
        assert_eq!(v.center, Some(middle + chrono::Duration::days(182)));
        v.pan(false, extent, None);
        v.pan(false, extent, None);
        assert_eq!(v.center, Some(middle - chrono::Duration::days(182)));
        // Panned back as far as it goes, the view starts on the data's
        // first day; on as far as it goes, it ends on its last.
        for _ in 0..20 {
            v.pan(false, extent, None);
        }
        assert_eq!(v.days(extent, None).0, extent.0);
        for _ in 0..20 {
            v.pan(true, extent, None);
        }
        assert_eq!(v.days(extent, None).1, extent.1);
        // Zooming centres on the selection, as far as the ends allow.
        let selected = Some(day(2020, 6, 1));
        v.zoom(true);
        assert_eq!(v.center(extent, selected), day(2020, 6, 1));
        let near_end = Some(day(2024, 11, 1));
        let (_, end) = v.days(extent, near_end);
        assert_eq!(end, extent.1);
        for _ in 0..10 {
            v.zoom(true);
        }
        assert_eq!(v.zoom, 64);
        for _ in 0..10 {
            v.zoom(false);
        }
        assert_eq!(v.zoom, 1);
        assert_eq!(v.center, None);
    }
}
