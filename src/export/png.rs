//! The timeline picture as PNG, for slides and documents that take no SVG.

use std::io;

use resvg::{tiny_skia, usvg};

/// DejaVu Sans (free license, `data/fonts/DejaVu-LICENSE.txt`): the text
/// renders with it wherever the fonts the picture names are not installed,
/// so a machine with no fonts at all still gets readable text.
pub(crate) const FALLBACK_FONT: &[u8] = include_bytes!("../../data/fonts/DejaVuSans.ttf");

/// Render `svg` to PNG bytes, `scale` pixels for each of the picture's.
/// With `system_fonts`, installed fonts are used when they match; the
/// shipped font is always there behind them.
///
/// # Errors
/// When the SVG cannot be read or the picture has no area.
pub fn render(svg: &str, system_fonts: bool, scale: f32) -> io::Result<Vec<u8>> {
    let mut options = usvg::Options::default();
    let fonts = options.fontdb_mut();
    if system_fonts {
        fonts.load_system_fonts();
    }
    fonts.load_font_data(FALLBACK_FONT.to_vec());
    // The picture asks for Helvetica, Arial, then any sans-serif face.
    fonts.set_sans_serif_family("DejaVu Sans");
    let tree = usvg::Tree::from_str(svg, &options).map_err(io::Error::other)?;
    let size = tree
        .size()
        .to_int_size()
        .scale_by(scale)
        .ok_or_else(|| io::Error::other("the picture has no area"))?;
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height())
        .ok_or_else(|| io::Error::other("the picture has no area"))?;
    let transform = tiny_skia::Transform::from_scale(scale, scale);
    resvg::render(&tree, transform, &mut pixmap.as_mut());
    pixmap.encode_png().map_err(io::Error::other)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Without a single installed font, text still reaches the pixels.
    #[test]
    fn text_renders_with_the_shipped_font_alone() {
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40">
            <rect width="200" height="40" fill="#ffffff"/>
            <text x="10" y="28" font-family="Helvetica, Arial, sans-serif" font-size="24" fill="#000000">Helsinki</text></svg>"##;
        let with_text = render(svg, false, 1.0).unwrap();
        let blank = render(&svg.replace("Helsinki", ""), false, 1.0).unwrap();
        assert!(with_text.starts_with(b"\x89PNG"));
        assert_ne!(with_text, blank, "no text was drawn");
    }
}
