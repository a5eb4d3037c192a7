//! The shape of the code, kept: the library's modules import each other
//! without a cycle; on the command line, the subcommands import shared
//! helpers only, never each other, and nothing imports back from the
//! command line's root; no source file is over its size.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The modules of the command line that any subcommand may use.
const HELPERS: [&str; 6] = ["args", "context", "input", "output", "pager", "report"];

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Lines of code: not blank, not comments.
fn lines_of_code(text: &str) -> usize {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("//"))
        .count()
}

/// Each file's path under `src/`, in parts, and its text; tests left out,
/// since `super::*` in a test module says nothing of the design.
fn files() -> Vec<(Vec<String>, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut paths = Vec::new();
    sources(&root, &mut paths);
    paths
        .into_iter()
        .map(|p| {
            let rel = p.strip_prefix(&root).unwrap();
            let parts: Vec<String> = rel
                .iter()
                .map(|s| s.to_string_lossy().trim_end_matches(".rs").to_string())
                .collect();
            let text = std::fs::read_to_string(&p).unwrap();
            // A test module inside the file: its `super::` is the file.
            let code = match text.find("#[cfg(test)]\nmod tests {") {
                Some(i) => text[..i].to_string(),
                None => text,
            };
            (parts, code)
        })
        .collect()
}

/// The words after each occurrence of `prefix` (`crate::`, `super::`),
/// comments left out.
fn uses(text: &str, prefix: &str) -> Vec<String> {
    let code: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut out = Vec::new();
    let mut rest = code.as_str();
    while let Some(i) = rest.find(prefix) {
        rest = &rest[i + prefix.len()..];
        let word = rest
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .next()
            .unwrap_or_default();
        if !word.is_empty() {
            out.push(word.to_string());
        }
    }
    out
}

/// True when `edges` has a cycle; the cycle found, in order.
fn cycle(edges: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|n| n == node) {
            return Some(path[i..].to_vec());
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in edges.get(node).into_iter().flatten() {
            if let Some(c) = visit(next, edges, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    edges
        .keys()
        .find_map(|n| visit(n, edges, &mut Vec::new(), &mut done))
}

#[test]
fn the_library_s_modules_import_each_other_without_a_cycle() {
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (parts, text) in files() {
        if parts[0] == "cli" || parts[0] == "main" || parts.last().is_some_and(|p| p == "tests") {
            continue;
        }
        let node = parts[0].clone();
        let targets = edges.entry(node.clone()).or_default();
        for used in uses(&text, "crate::") {
            if used != node && used != "lib" {
                targets.insert(used);
            }
        }
        // A top-level file's `super::` is the crate's root.
        if parts.len() == 1 {
            for used in uses(&text, "super::") {
                targets.insert(used);
            }
        }
    }
    assert!(edges.len() > 15, "{edges:?}");
    assert_eq!(cycle(&edges), None, "{edges:#?}");
    // Renderers draw what the library works out; they do not call exports.
    assert!(!edges["render"].contains("export"), "{:?}", edges["render"]);
    // The loaders know nothing of views.
    for low in ["model", "date", "dataset", "error", "path", "text"] {
        for high in [
            "render", "export", "import", "diff", "search", "stats", "timeline",
        ] {
            assert!(
                !edges[low].contains(high),
                "{low} imports {high}: {:?}",
                edges[low]
            );
        }
    }
}

#[test]
fn subcommands_import_shared_helpers_and_nothing_imports_the_command_line_root() {
    let files = files();
    let cli: BTreeSet<String> = files
        .iter()
        .filter(|(p, _)| p[0] == "cli" && p.len() >= 2 && p[1] != "mod")
        .map(|(p, _)| p[1].clone())
        .collect();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (parts, text) in &files {
        if parts[0] != "cli" || parts.len() < 2 || parts[1] == "mod" {
            continue;
        }
        if parts.last().is_some_and(|p| p == "tests") {
            continue;
        }
        let node = parts[1].clone();
        // `super::` from cli/x.rs is cli; from cli/x/y.rs, cli/x; each
        // `super::super::` one further up.
        let depth = parts.len()
            - if parts.last().is_some_and(|p| p == "mod") {
                2
            } else {
                1
            };
        let up = "super::".repeat(depth);
        let targets = edges.entry(node.clone()).or_default();
        for used in uses(text, &up) {
            if used == "super" {
                continue;
            }
            assert!(
                cli.contains(&used),
                "{}: `{up}{used}` reaches into the command line's root",
                parts.join("/")
            );
            if used != node {
                targets.insert(used);
            }
        }
    }
    for (node, targets) in &edges {
        for t in targets {
            assert!(
                HELPERS.contains(&t.as_str()),
                "cli/{node} imports cli/{t}, which is not a shared helper"
            );
        }
    }
    assert_eq!(cycle(&edges), None, "{edges:#?}");
}

#[test]
fn no_source_file_is_over_its_size() {
    for (parts, text) in files() {
        let name = parts.join("/");
        let n = lines_of_code(&text);
        // Dates are one idea, with the most forms to read and write.
        let limit = if name == "date" { 560 } else { 450 };
        assert!(
            n <= limit,
            "src/{name}.rs has {n} lines of code (at most {limit})"
        );
    }
    let tests = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cli");
    let mut paths = Vec::new();
    sources(&tests, &mut paths);
    for p in paths {
        let n = std::fs::read_to_string(&p).unwrap().lines().count();
        assert!(n <= 800, "{} has {n} lines (at most 800)", p.display());
    }
}
