//! Reading a dataset's bytes: a file, standard input (`-`), or the bundled
//! dataset.

use std::borrow::Cow;
use std::io::{self, IsTerminal, Read};
use std::path::Path;

use anyhow::Context as _;
use summit::{DataError, Dataset, Origin};

use super::report::UsageError;

/// The bytes of `path`, or of standard input for `-`, and where they came
/// from; `what` says what is expected, for a terminal waiting for input.
///
/// # Errors
/// A file or standard input that cannot be read.
pub fn read_file(path: &Path, what: &str) -> anyhow::Result<(Vec<u8>, Origin)> {
    if path.as_os_str() == "-" {
        let stdin = io::stdin();
        if stdin.is_terminal() {
            super::report::note(format_args!(
                "reading {what} from standard input; paste it, then press Ctrl-D"
            ));
        }
        let mut bytes = Vec::new();
        stdin
            .lock()
            .read_to_end(&mut bytes)
            .context("<stdin>: cannot read")?;
        return Ok((bytes, Origin::Stdin));
    }
    let bytes = std::fs::read(path).with_context(|| format!("{}: cannot read", path.display()))?;
    Ok((bytes, Origin::Path(path.to_path_buf())))
}

/// A dataset's bytes, read once, and where they came from. The dataset
/// borrows its text from them, so a large file costs its size once plus
/// the records' frames, not a second copy of all its text.
pub struct Input {
    bytes: Bytes,
    origin: Origin,
}

/// Where a dataset's bytes are held: a file is mapped into memory rather
/// than copied into it (the system reads it in as it is used, and keeps it
/// in its cache, not twice); standard input is read; the bundled dataset
/// is part of the program.
enum Bytes {
    Read(Cow<'static, [u8]>),
    Mapped(memmap2::Mmap),
}

impl std::ops::Deref for Bytes {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        match self {
            Bytes::Read(bytes) => bytes,
            Bytes::Mapped(map) => map,
        }
    }
}

/// The file at `path` mapped into memory, when it is a regular file that
/// is not empty; `None` for anything else (a pipe, a device, an empty
/// file), which is read instead.
fn mapped(path: &Path) -> Option<memmap2::Mmap> {
    let file = std::fs::File::open(path).ok()?;
    let meta = file.metadata().ok()?;
    if !meta.is_file() || meta.len() == 0 {
        return None;
    }
    // SAFETY: the map is only read, and lives no longer than the run. A
    // dataset file cut short by another program while summit reads it
    // would end the run (as it would any program reading it so).
    unsafe { memmap2::Mmap::map(&file) }.ok()
}

impl Input {
    /// Read the dataset at `path` ("-" for standard input), or take the
    /// bundled one when `path` is `None`.
    ///
    /// # Errors
    /// An empty path (usage), an unreadable file, empty standard input.
    pub fn read(path: Option<&Path>) -> anyhow::Result<Input> {
        let Some(path) = path else {
            return Ok(Input {
                bytes: Bytes::Read(Cow::Borrowed(summit::BUNDLED_JSON.as_bytes())),
                origin: Origin::Bundled,
            });
        };
        if path.as_os_str().is_empty() {
            return Err(
                UsageError("--data needs a file name (or - for standard input)".into()).into(),
            );
        }
        if path.as_os_str() != "-" {
            if let Some(map) = mapped(path) {
                return Ok(Input {
                    bytes: Bytes::Mapped(map),
                    origin: Origin::Path(path.to_path_buf()),
                });
            }
        }
        let (bytes, origin) = read_file(path, "a JSON dataset")?;
        if bytes.is_empty() && origin == Origin::Stdin {
            anyhow::bail!("<stdin>: no data on standard input; expected a JSON dataset");
        }
        Ok(Input {
            bytes: Bytes::Read(Cow::Owned(bytes)),
            origin,
        })
    }

    /// Where the bytes came from.
    pub fn origin(&self) -> &Origin {
        &self.origin
    }

    /// The dataset, checked; the first problem is the error.
    ///
    /// # Errors
    /// When the bytes are not a valid dataset.
    pub fn dataset(&self) -> summit::Result<Dataset<'_>> {
        Dataset::from_bytes(&self.bytes, self.origin.clone())
    }

    /// The edition `diff` compares: the dataset, or a draft of one.
    ///
    /// # Errors
    /// When the bytes are not even a draft.
    pub fn version(&self) -> Result<summit::diff::Version, Box<DataError>> {
        summit::diff::Version::read(&self.bytes, &self.origin)
    }

    /// The dataset, or every problem found in it; `strict` also applies
    /// the rules for a dataset meant for publication.
    ///
    /// # Errors
    /// Every problem, in document order.
    pub fn check(&self, strict: bool) -> Result<Dataset<'_>, Vec<DataError>> {
        if strict {
            summit::dataset::check_strict(&self.bytes, &self.origin)
        } else {
            summit::dataset::check(&self.bytes, &self.origin)
        }
    }
}
