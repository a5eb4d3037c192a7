//! Where the last frame drew things: written by drawing, read by the keys
//! and clicks that depend on it. The loop holds it and passes it to both,
//! so the state stays free of what a screen happens to measure.

/// What the last frame measured.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Geometry {
    /// List rows to a page.
    pub page: usize,
    /// The screen line of the list's first row.
    pub list_top: u16,
    /// How many list rows are drawn.
    pub list_rows: u16,
    /// The index of the first row drawn.
    pub list_offset: usize,
    /// The widest date and place drawn so far: the list's columns only
    /// ever widen, so scrolling never shifts them.
    pub date_width: usize,
    pub place_width: usize,
    /// The detail's lines as drawn (wrapped), and how many show at once.
    pub detail_lines: usize,
    pub detail_rows: u16,
    /// The furthest the help scrolls: its lines a screen too low leaves
    /// out.
    pub help_end: u16,
}

impl Geometry {
    /// Before the first frame: `page` rows to a page, nothing drawn.
    pub fn new(page: usize) -> Self {
        Geometry {
            page: page.max(1),
            list_top: 0,
            list_rows: 0,
            list_offset: 0,
            date_width: 0,
            place_width: 0,
            detail_lines: 0,
            detail_rows: 0,
            help_end: 0,
        }
    }

    /// The furthest the detail scrolls: its last line at the pane's foot.
    /// Before the detail is drawn, as far as asked.
    pub fn detail_end(&self) -> u16 {
        if self.detail_rows == 0 {
            return u16::MAX;
        }
        let end = self
            .detail_lines
            .saturating_sub(usize::from(self.detail_rows));
        u16::try_from(end).unwrap_or(u16::MAX)
    }

    /// The index of the list row drawn on screen line `y`, if one is.
    pub fn row_at(&self, y: u16) -> Option<usize> {
        (y >= self.list_top && y - self.list_top < self.list_rows)
            .then(|| self.list_offset + usize::from(y - self.list_top))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_detail_ends_with_its_last_line_at_the_foot() {
        let mut g = Geometry::new(10);
        assert_eq!(g.detail_end(), u16::MAX, "not drawn yet");
        g.detail_rows = 20;
        g.detail_lines = 50;
        assert_eq!(g.detail_end(), 30);
        g.detail_lines = 12;
        assert_eq!(g.detail_end(), 0, "all of it fits");
    }

    #[test]
    fn a_screen_line_names_the_row_drawn_on_it() {
        let mut g = Geometry::new(10);
        (g.list_top, g.list_rows, g.list_offset) = (4, 3, 7);
        assert_eq!(g.row_at(3), None);
        assert_eq!(g.row_at(4), Some(7));
        assert_eq!(g.row_at(6), Some(9));
        assert_eq!(g.row_at(7), None);
        assert_eq!(Geometry::new(0).page, 1);
    }
}
