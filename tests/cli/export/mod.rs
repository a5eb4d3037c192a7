//! `summit export`: one file for each family of formats, and the helpers they share.

mod calendar;
mod data;
mod links;
mod maps;
mod markdown;
mod pages;
mod pictures;
mod timelines;

use crate::common::{process, stdout_of, summit};

pub fn export(args: &[&str]) -> String {
    let mut all = vec!["export"];
    all.extend_from_slice(args);
    stdout_of(&all)
}

/// `summit export --format FORMAT --output TARGET` and any `extra` flags.
pub fn export_to(
    format: &str,
    target: &std::path::Path,
    extra: &[&str],
) -> assert_cmd::assert::Assert {
    summit()
        .args(["export", "--format", format, "--output"])
        .arg(target)
        .args(extra)
        .assert()
}

/// Load `page` in headless Chromium `width` pixels wide, let its scripts
/// run for `budget` ms of virtual time, and return the JSON the page left
/// in its `<pre id="report">`.
pub fn page_report(
    chromium: &str,
    page: &std::path::Path,
    width: u32,
    budget: u32,
) -> serde_json::Value {
    let profile = tempfile::tempdir().unwrap();
    let out = process(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--dump-dom",
        ])
        .arg(format!("--virtual-time-budget={budget}"))
        .arg(format!("--window-size={width},900"))
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    let dom = String::from_utf8_lossy(&out.stdout);
    let report = dom
        .split("<pre id=\"report\">")
        .nth(1)
        .and_then(|r| r.split("</pre>").next())
        .unwrap_or_else(|| panic!("no report: {}", String::from_utf8_lossy(&out.stderr)));
    serde_json::from_str(&report.replace("&quot;", "\"").replace("&amp;", "&")).unwrap()
}

/// Where `.ci/run` installs TimelineJS3 (the `@knight-lab/timelinejs` npm
/// package): `target/timelinejs`.
pub fn timelinejs_dist() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target/timelinejs/node_modules/@knight-lab/timelinejs/dist")
}
