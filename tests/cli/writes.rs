//! Every write (export, import, init) lands in the file the user named:
//! through a symbolic link to its target, only ever into a regular file,
//! never over one without `--force`, and `-` is standard output.

use std::fs;
use std::path::Path;

use predicates::prelude::*;

use crate::common::{fixture, process, summit};

/// The commands that write a file named `out`, with `--force`.
fn writers(out: &Path) -> Vec<Vec<String>> {
    let out = out.to_str().unwrap().to_string();
    let sheet = fixture("import/timelinejs-template.csv")
        .to_str()
        .unwrap()
        .to_string();
    vec![
        ["export", "--format", "csv", "--output", &out, "--force"]
            .map(String::from)
            .to_vec(),
        [
            "import",
            "--from",
            "timelinejs",
            &sheet,
            "--output",
            &out,
            "--force",
        ]
        .map(String::from)
        .to_vec(),
        ["init", &out, "--force"].map(String::from).to_vec(),
    ]
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_is_written_through_to_its_target() {
    use std::os::unix::fs::symlink;
    for args in writers(Path::new("LINK")) {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("real")).unwrap();
        let target = dir.path().join("real/timeline.out");
        fs::write(&target, "old\n").unwrap();
        let link = dir.path().join("timeline.out");
        symlink("real/timeline.out", &link).unwrap();
        let args: Vec<String> = args
            .iter()
            .map(|a| a.replace("LINK", link.to_str().unwrap()))
            .collect();
        // import exits 1 when the file still has things to fill in; the
        // file is written all the same.
        summit()
            .args(&args)
            .assert()
            .code(predicate::in_iter([0, 1]));
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink(),
            "{args:?}: the link is kept"
        );
        let written = fs::read_to_string(&target).unwrap();
        assert_ne!(written, "old\n", "{args:?}: the target is replaced");
        assert!(!written.is_empty(), "{args:?}");
        // Nothing else is left in either folder.
        let names = |p: &Path| fs::read_dir(p).unwrap().count();
        assert_eq!(names(dir.path()), 2, "{args:?}");
        assert_eq!(names(&dir.path().join("real")), 1, "{args:?}");
    }
}

#[cfg(unix)]
#[test]
fn a_link_to_a_file_not_yet_there_creates_it_and_without_force_refuses_an_existing_one() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("out.csv");
    symlink("made.csv", &link).unwrap();
    summit()
        .args(["export", "--format", "csv", "--output"])
        .arg(&link)
        .assert()
        .success();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let made = fs::read_to_string(dir.path().join("made.csv")).unwrap();
    assert!(made.starts_with("id,"), "{made}");
    // Its target now exists: without --force the link is refused.
    summit()
        .args(["export", "--format", "csv", "--output"])
        .arg(&link)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("already exists; use --force"));
    // A loop of links says so.
    let a = dir.path().join("a");
    symlink("b", &a).unwrap();
    symlink("a", dir.path().join("b")).unwrap();
    summit()
        .args(["export", "--format", "csv", "--force", "--output"])
        .arg(&a)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("symbolic links"));
}

/// A folder, a FIFO and a device are refused, with or without --force,
/// and left as they were.
#[cfg(unix)]
#[test]
fn only_regular_files_are_written() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe");
    let made = process("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success(), "mkfifo");
    let folder = dir.path().join("folder");
    fs::create_dir(&folder).unwrap();
    let cases = [
        (fifo.as_path(), "is a named pipe (FIFO)"),
        (folder.as_path(), "is a folder"),
        (Path::new("/dev/null"), "is a device"),
    ];
    for (path, what) in cases {
        for args in writers(path) {
            for force in [true, false] {
                let args: Vec<&String> = args.iter().filter(|a| force || *a != "--force").collect();
                summit()
                    .args(&args)
                    .assert()
                    .code(1)
                    .stderr(predicate::str::contains(format!(
                        "{}: {what}; summit writes only regular files",
                        path.display()
                    )));
            }
        }
    }
    assert!(fs::metadata(&fifo).unwrap().file_type().is_fifo());
    assert!(fs::metadata(&folder).unwrap().is_dir());
    assert_eq!(fs::read_dir(&folder).unwrap().count(), 0);
    assert!(
        fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device()
    );
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 2);
}

/// `-` is standard output, for every command that writes.
#[test]
fn a_dash_is_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    summit()
        .current_dir(dir.path())
        .args(["export", "--format", "csv", "--output", "-"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("id,"));
    summit()
        .current_dir(dir.path())
        .args(["init", "-"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("{"))
        .stdout(predicate::str::contains("\"encounters\""));
    summit()
        .current_dir(dir.path())
        .args(["import", "--from", "timelinejs", "--output", "-"])
        .arg(fixture("import/timelinejs-template.csv"))
        .assert()
        .stdout(predicate::str::starts_with("{"));
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        0,
        "no file named -"
    );
}

/// An export written to a file says so on stderr, with how many records
/// it holds: a map leaves out what has no place, and says that too.
#[test]
fn a_file_written_says_what_it_holds() {
    let dir = tempfile::tempdir().unwrap();
    let n = crate::common::record_count();
    let csv = dir.path().join("all.csv");
    summit()
        .args(["export", "--format", "csv", "--output"])
        .arg(&csv)
        .assert()
        .success()
        .stderr(format!("summit: wrote {}: {n} records\n", csv.display()));
    let one = dir.path().join("one.ics");
    summit()
        .args([
            "export",
            "--format",
            "ics",
            "--year",
            "2019",
            "--outcome",
            "held",
            "--output",
        ])
        .arg(&one)
        .assert()
        .success()
        .stderr(format!("summit: wrote {}: 1 record\n", one.display()));
    let map = dir.path().join("map.geojson");
    let out = summit()
        .args(["export", "--format", "geojson", "--output"])
        .arg(&map)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let features = serde_json::from_str::<serde_json::Value>(&fs::read_to_string(&map).unwrap())
        .unwrap()["features"]
        .as_array()
        .unwrap()
        .len();
    assert!(features < n, "{stderr}");
    assert!(
        stderr.ends_with(&format!(
            "summit: wrote {}: {features} records\n",
            map.display()
        )),
        "{stderr}"
    );
    // To standard output, nothing is said.
    summit()
        .args(["export", "--format", "csv"])
        .assert()
        .success()
        .stderr("");
}
