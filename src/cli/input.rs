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
    bytes: Cow<'static, [u8]>,
    origin: Origin,
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
                bytes: Cow::Borrowed(summit::BUNDLED_JSON.as_bytes()),
                origin: Origin::Bundled,
            });
        };
        if path.as_os_str().is_empty() {
            return Err(
                UsageError("--data needs a file name (or - for standard input)".into()).into(),
            );
        }
        let (bytes, origin) = read_file(path, "a JSON dataset")?;
        if bytes.is_empty() && origin == Origin::Stdin {
            anyhow::bail!("<stdin>: no data on standard input; expected a JSON dataset");
        }
        Ok(Input {
            bytes: Cow::Owned(bytes),
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
