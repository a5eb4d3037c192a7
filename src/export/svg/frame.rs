//! A picture laid out for a frame: a slide's 16:9, or any size asked
//! for in pixels.

use super::layout::Layout;
use super::{WIDTH, timeline};
use crate::export::Selection;

/// On a slide, the labels' text is this share of the frame's height at
/// most (22.5 pixels of 1080), as a projector shows it legibly.
const PROJECTED: f64 = 1.0 / 48.0;

/// The layout for the picture: its own width, or for a frame of `size`
/// pixels, the drawing as wide as the frame and as high, its text as large
/// as [`PROJECTED`] allows while the labels fit the frame's height; a
/// drawing that needs more height gets more width, so smaller text, until
/// it fits.
pub(super) fn laid_out<'a>(
    entries: &[timeline::Entry<'a>],
    size: Option<(u32, u32)>,
) -> Layout<'a> {
    let Some((pw, ph)) = size else {
        return Layout::at_width(entries, WIDTH);
    };
    let ratio = f64::from(pw) / f64::from(ph);
    let fits = |layout: &Layout| layout.height <= layout.width / ratio;
    let first = Layout::at_width(entries, f64::from(pw) / (f64::from(ph) * PROJECTED / 11.0));
    if fits(&first) {
        return first;
    }
    // Twice as wide until it fits, then halfway between what fits and what
    // does not, eight times: within half a percent of the narrowest drawing
    // (the largest text) that fits, in a dozen layouts.
    let mut short = first.width;
    let mut fitting = Layout::at_width(entries, short * 2.0);
    while !fits(&fitting) && fitting.width < short * 256.0 {
        short = fitting.width;
        fitting = Layout::at_width(entries, short * 2.0);
    }
    for _ in 0..8 {
        let middle = Layout::at_width(entries, (short + fitting.width) / 2.0);
        if fits(&middle) {
            fitting = middle;
        } else {
            short = middle.width;
        }
    }
    fitting
}

/// The view box (x, y, width, height) that shows a drawing `width` ×
/// `height` at `size`
/// (width and height in pixels): the drawing's width, its height centred
/// in the frame's; a drawing too tall for the frame even so is shown
/// whole, narrower than the frame, centred.
pub(super) fn view(width: f64, height: f64, size: Option<(u32, u32)>) -> (f64, f64, f64, f64) {
    let Some((pw, ph)) = size else {
        return (0.0, 0.0, width, height);
    };
    let ratio = f64::from(pw) / f64::from(ph);
    let (vw, vh) = if width / height > ratio {
        (width, width / ratio)
    } else {
        (height * ratio, height)
    };
    ((width - vw) / 2.0, (height - vh) / 2.0, vw, vh)
}

/// The smallest text in the picture, in pixels at size `size`: the
/// drawing's 11-unit labels scaled to the pixels given.
pub(super) fn smallest_text(layout: &Layout, size: (u32, u32)) -> f64 {
    let (_, _, view_width, _) = view(layout.width, layout.height, Some(size));
    11.0 * f64::from(size.0) / view_width
}

/// Text smaller than this many pixels cannot be read on a screen.
pub const READABLE_TEXT: f64 = 8.0;

/// Whether the picture of `selection` can be read at `size`: `Err` with
/// the smallest size of the same shape whose text is readable.
///
/// # Errors
/// The smallest readable size, when `size` is smaller.
pub fn readable_at(selection: &Selection, size: (u32, u32)) -> Result<(), (u32, u32)> {
    let gaps = crate::gaps::of_record(selection.dataset);
    let entries = timeline::build(&gaps, selection.encounters, selection.context);
    let reads = |size: (u32, u32)| smallest_text(&laid_out(&entries, Some(size)), size);
    let smallest = reads(size);
    if smallest >= READABLE_TEXT {
        return Ok(());
    }
    // Scaled up, keeping the shape, until the text reads: a size rounded
    // to whole pixels has a shape a little off, so it is checked, and
    // grown further where it falls short.
    let mut grow = READABLE_TEXT / smallest;
    loop {
        let up = |n: u32| (f64::from(n) * grow).ceil() as u32;
        let bigger = (up(size.0), up(size.1));
        if reads(bigger) >= READABLE_TEXT || grow > 1000.0 {
            return Err(bigger);
        }
        grow *= 1.01;
    }
}
