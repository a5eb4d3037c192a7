//! JSON output, in exactly the dataset's field names.

use std::io::{self, Write};

use serde::Serialize;

/// Write `value` as pretty-printed JSON followed by a newline.
///
/// # Errors
/// Those of the writer.
pub fn write<T: Serialize + ?Sized>(w: &mut dyn Write, value: &T) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *w, value).map_err(io::Error::from)?;
    writeln!(w)
}
