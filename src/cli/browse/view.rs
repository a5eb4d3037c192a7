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

    /// The day in the middle: where it was panned to, else `selected`'s
    /// day when zoomed in, else the middle of `extent`.
    pub fn center(&self, extent: (NaiveDate, NaiveDate), selected: Option<NaiveDate>) -> NaiveDate {
        self.center.unwrap_or_else(|| match selected {
            Some(day) if self.zoom > 1 => day,
            _ => extent.0 + chrono::Duration::days(View::span_days(extent) / 2),
        })
    }

    /// The first and last day shown.
    pub fn days(
        &self,
        extent: (NaiveDate, NaiveDate),
        selected: Option<NaiveDate>,
    ) -> (NaiveDate, NaiveDate) {
        let half =
            chrono::Duration::days(View::span_days(extent) / i64::from(self.zoom.max(1)) / 2);
        let c = self.center(extent, selected);
        (c - half, c + half)
    }

    /// Zoom in (`in_`) or out, by a factor of two, from 1 to 64.
    pub fn zoom(&mut self, in_: bool) {
        self.zoom = if in_ {
            (self.zoom * 2).min(64)
        } else {
            (self.zoom / 2).max(1)
        };
    }

    /// Pan by a quarter of what is in view, on (`forward`) or back in
    /// time; panning stops at the ends of `extent`.
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
        self.center = Some(if forward {
            (c + step).min(extent.1)
        } else {
            (c - step).max(extent.0)
        });
    }
}
