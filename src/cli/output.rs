//! Writing files for the user (`export --output`, `import --output`,
//! `init`, browse's `e`): whole or not at all, never over an existing file
//! unless asked, through a symbolic link to the file it names, only ever
//! to a regular file, with the permissions a new file usually gets.

use std::fs::Permissions;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use anyhow::Context as _;

/// The file `--output` names, if any (`-` is standard output), once it is
/// known to be one summit may write: not a folder, a FIFO, a device or
/// anything else but a regular file, and not an existing file unless
/// `force` says so. Checked before any work, so a refusal costs nothing.
///
/// # Errors
/// The path names something that is not a regular file, or a file that
/// exists while `force` is off.
pub fn output_file(output: Option<&Path>, force: bool) -> anyhow::Result<Option<&Path>> {
    let output = output.filter(|p| p.as_os_str() != "-");
    if let Some(path) = output {
        writable(path, force)?;
    }
    Ok(output)
}

/// Whether summit may write `path`: refused when it names anything but a
/// regular file (following symbolic links), or an existing file without
/// `force`.
fn writable(path: &Path, force: bool) -> anyhow::Result<()> {
    let shown = path.display();
    match std::fs::metadata(path) {
        Ok(m) if !m.is_file() => anyhow::bail!(
            "{shown}: {}; summit writes only regular files (--output - writes to standard output)",
            not_a_file(&m)
        ),
        Ok(_) if !force => anyhow::bail!("{shown}: already exists; use --force to replace it"),
        _ => Ok(()),
    }
}

/// What a path that is not a regular file names, in words.
fn not_a_file(m: &std::fs::Metadata) -> &'static str {
    let t = m.file_type();
    if t.is_dir() {
        return "is a folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "is a named pipe (FIFO)";
        }
        if t.is_char_device() || t.is_block_device() {
            return "is a device";
        }
        if t.is_socket() {
            return "is a socket";
        }
    }
    "is not a regular file"
}

/// The file a write to `path` lands in: `path`, or, when it is a symbolic
/// link, the file at the end of its links (which need not exist yet).
fn landing(path: &Path) -> anyhow::Result<PathBuf> {
    let mut at = path.to_path_buf();
    // As the system does, give up after 40 links.
    for _ in 0..40 {
        match std::fs::symlink_metadata(&at) {
            Ok(m) if m.file_type().is_symlink() => {
                let link = std::fs::read_link(&at)
                    .with_context(|| format!("{}: cannot read the link", path.display()))?;
                at = match at.parent() {
                    Some(dir) if link.is_relative() => dir.join(link),
                    _ => link,
                };
            }
            _ => return Ok(at),
        }
    }
    anyhow::bail!("{}: too many levels of symbolic links", path.display())
}

/// Write through a temporary file in the folder of the file written,
/// renamed into place only when everything was written: a failed export
/// leaves no partial file, and never touches an existing one unless
/// `force`. A symbolic link is written through: its target is replaced,
/// the link kept. Anything but a regular file is refused.
///
/// # Errors
/// Those of [`output_file`]; the folder cannot be written; the write
/// fails.
pub fn write_atomically<T>(
    path: &Path,
    force: bool,
    write: impl FnOnce(&mut dyn Write) -> anyhow::Result<T>,
) -> anyhow::Result<T> {
    write_atomically_to(path, force, |file| Box::new(file), write)
}

/// [`write_atomically`], with the temporary file seen through `sink`; the
/// tests pass one that fails, as a full disk would.
fn write_atomically_to<T>(
    path: &Path,
    force: bool,
    sink: impl for<'f> FnOnce(&'f mut std::fs::File) -> Box<dyn Write + 'f>,
    write: impl FnOnce(&mut dyn Write) -> anyhow::Result<T>,
) -> anyhow::Result<T> {
    writable(path, force)?;
    let shown = path.display();
    let target = landing(path)?;
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        let why = if dir.exists() {
            "it is not a folder"
        } else {
            "it does not exist"
        };
        anyhow::bail!("{shown}: cannot write in folder {}: {why}", dir.display());
    }
    // Created as any new file is (0666 less the umask), not private as
    // temporary files are; a replaced file keeps its own mode.
    let kept = std::fs::metadata(&target)
        .ok()
        .filter(|_| force)
        .map(|m| m.permissions());
    let mut builder = tempfile::Builder::new();
    builder.prefix(".summit-");
    if let Some(mode) = new_file_permissions() {
        builder.permissions(mode);
    }
    let mut tmp = builder
        .tempfile_in(dir)
        .map_err(without_path)
        .with_context(|| format!("{shown}: cannot write in folder {}", dir.display()))?;
    if let Some(mode) = kept {
        tmp.as_file()
            .set_permissions(mode)
            .with_context(|| format!("{shown}: cannot write"))?;
    }
    let written = {
        let mut buffered = io::BufWriter::new(sink(tmp.as_file_mut()));
        let written = write(&mut buffered).with_context(|| format!("{shown}: export failed"))?;
        buffered
            .flush()
            .with_context(|| format!("{shown}: cannot write"))?;
        written
    };
    tmp.as_file()
        .sync_all()
        .with_context(|| format!("{shown}: cannot write"))?;
    if force {
        tmp.persist(&target)
            .map_err(|e| e.error)
            .with_context(|| format!("{shown}: cannot replace"))?;
    } else {
        tmp.persist_noclobber(&target)
            .map_err(|e| e.error)
            .with_context(|| {
                format!("{shown}: cannot create (does it exist? use --force to replace it)")
            })?;
    }
    Ok(written)
}

/// The permissions of a new file: read and write for all, less the umask,
/// which the system applies when the file is created (0644 under the usual
/// umask of 022). Elsewhere than Unix, the system's default.
fn new_file_permissions() -> Option<Permissions> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        Some(Permissions::from_mode(0o666))
    }
    #[cfg(not(unix))]
    {
        None
    }
}

/// An error from creating the temporary file, without the temporary file's
/// name, which means nothing to the user.
fn without_path(e: io::Error) -> io::Error {
    match e.raw_os_error() {
        Some(code) => io::Error::from_raw_os_error(code),
        None => io::Error::from(e.kind()),
    }
}

#[cfg(test)]
mod tests {
    use std::fs;
    use std::io::{self, Write};
    use std::path::Path;

    use super::{write_atomically, write_atomically_to};

    /// A writer that accepts `left` bytes, then fails every call: a disk
    /// that fills up in the middle of an export.
    struct FailAfter<'a> {
        inner: &'a mut dyn Write,
        left: usize,
    }

    impl Write for FailAfter<'_> {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            if self.left == 0 {
                return Err(io::Error::other("device full"));
            }
            let n = buf.len().min(self.left);
            self.left -= n;
            self.inner.write(&buf[..n])
        }

        fn flush(&mut self) -> io::Result<()> {
            self.inner.flush()
        }
    }

    /// Write 200 kB of lines, failing after `fail_after` bytes.
    fn export_that_fails(fail_after: usize) -> impl FnOnce(&mut dyn Write) -> anyhow::Result<()> {
        move |w: &mut dyn Write| {
            let mut w = FailAfter {
                inner: w,
                left: fail_after,
            };
            for i in 0..10_000 {
                writeln!(w, "line {i:>14}")?;
            }
            Ok(())
        }
    }

    fn names_in(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_failure_mid_export_leaves_no_file() {
        for fail_after in [0, 1, 8191, 8192, 100_000] {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("out.csv");
            let err = write_atomically(&path, false, export_that_fails(fail_after)).unwrap_err();
            assert!(
                format!("{err:#}").contains("device full"),
                "fail_after {fail_after}: {err:#}"
            );
            assert!(format!("{err:#}").contains("out.csv: export failed"));
            assert_eq!(
                names_in(dir.path()),
                Vec::<String>::new(),
                "after {fail_after} bytes"
            );
        }
    }

    #[test]
    fn a_failure_mid_export_keeps_the_old_file_even_with_force() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        fs::write(&path, b"what the user had\n").unwrap();
        assert!(write_atomically(&path, true, export_that_fails(50_000)).is_err());
        assert_eq!(fs::read(&path).unwrap(), b"what the user had\n");
        assert_eq!(names_in(dir.path()), ["out.csv"]);
    }

    /// The export itself succeeds, but the last of it stays in the buffer
    /// until the final flush, and that write fails.
    #[test]
    fn a_failed_final_flush_leaves_no_file_and_keeps_the_old_one() {
        let small = |w: &mut dyn Write| -> anyhow::Result<()> { Ok(w.write_all(b"id,title\n")?) };
        fn failing(file: &mut fs::File) -> Box<dyn Write + '_> {
            Box::new(FailAfter {
                inner: file,
                left: 4,
            })
        }
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        let err = write_atomically_to(&path, false, failing, small).unwrap_err();
        assert!(
            format!("{err:#}").contains("out.csv: cannot write"),
            "{err:#}"
        );
        assert!(format!("{err:#}").contains("device full"), "{err:#}");
        assert_eq!(names_in(dir.path()), Vec::<String>::new());

        fs::write(&path, b"what the user had\n").unwrap();
        assert!(write_atomically_to(&path, true, failing, small).is_err());
        assert_eq!(fs::read(&path).unwrap(), b"what the user had\n");
        assert_eq!(names_in(dir.path()), ["out.csv"]);
    }

    #[test]
    fn a_complete_export_lands_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        write_atomically(&path, false, export_that_fails(usize::MAX)).unwrap();
        let written = fs::read_to_string(&path).unwrap();
        assert_eq!(written.lines().count(), 10_000);
        assert_eq!(written.lines().last(), Some(&*format!("line {:>14}", 9999)));
        assert_eq!(names_in(dir.path()), ["out.csv"]);
        // Without --force, a second export is refused and changes nothing.
        assert!(
            write_atomically(&path, false, |w: &mut dyn Write| Ok(w.write_all(b"new")?)).is_err()
        );
        assert_eq!(fs::read_to_string(&path).unwrap(), written);
        assert_eq!(names_in(dir.path()), ["out.csv"]);
    }
}
