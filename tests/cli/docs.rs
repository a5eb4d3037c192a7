//! Every example in the documentation runs as shown. Each `console` block
//! of the README, CONTRIBUTING.md and the pages under `docs/` is a
//! transcript: a `$ summit …` line, then what it prints (standard output,
//! then standard error; a line `…` stands for lines left out). Each
//! `summit` line of an `sh` block must run and succeed. The commands run
//! in a fresh folder holding `data/encounters.json` and the files named
//! in a `<!-- files: NAME=PATH, … -->` comment just before the block.

use std::path::{Path, PathBuf};

const PAGES: [&str; 5] = [
    "README.md",
    "CONTRIBUTING.md",
    "docs/format.md",
    "docs/performance.md",
    "docs/architecture.md",
];

/// One fenced block: where it is, its kind, the files it needs, and its
/// commands, each with the lines shown after it.
struct Block {
    at: String,
    console: bool,
    files: Vec<(String, String)>,
    steps: Vec<(String, Vec<String>)>,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn blocks(page: &str) -> Vec<Block> {
    let text = std::fs::read_to_string(root().join(page)).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let fence = lines[i].trim_end();
        let console = fence == "```console";
        if !(console || fence == "```sh") {
            i += 1;
            continue;
        }
        let files = i
            .checked_sub(1)
            .and_then(|j| lines[j].strip_prefix("<!-- files: "))
            .and_then(|c| c.strip_suffix(" -->"))
            .map(|list| {
                list.split(", ")
                    .map(|pair| {
                        let (name, path) = pair.split_once('=').expect("NAME=PATH");
                        (name.to_string(), path.to_string())
                    })
                    .collect()
            })
            .unwrap_or_default();
        let mut block = Block {
            at: format!("{page}:{}", i + 1),
            console,
            files,
            steps: Vec::new(),
        };
        i += 1;
        while i < lines.len() && lines[i].trim_end() != "```" {
            let line = lines[i];
            if console {
                match line.strip_prefix("$ ") {
                    Some(command) => block.steps.push((command.to_string(), Vec::new())),
                    None => block
                        .steps
                        .last_mut()
                        .expect("a console block starts with a $ line")
                        .1
                        .push(line.trim_end().to_string()),
                }
            } else if line.starts_with("summit ") {
                block.steps.push((line.to_string(), Vec::new()));
            }
            i += 1;
        }
        found.push(block);
        i += 1;
    }
    found
}

/// The words of a command as a POSIX shell splits them (quotes, no
/// expansion); `None` when it uses the shell beyond that (pipes,
/// redirections, process substitution), which an `sh` block may.
fn words(command: &str) -> Option<Vec<String>> {
    let command = match command.find("  #") {
        Some(i) => &command[..i],
        None => command,
    };
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut chars = command.trim().chars();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                let w = word.get_or_insert_with(String::new);
                for c in chars.by_ref() {
                    if c == '\'' {
                        break;
                    }
                    w.push(c);
                }
            }
            '"' => {
                let w = word.get_or_insert_with(String::new);
                for c in chars.by_ref() {
                    if c == '"' {
                        break;
                    }
                    w.push(c);
                }
            }
            ' ' => words.extend(word.take()),
            '|' | '>' | '<' | '&' | ';' | '$' | '`' | '(' => return None,
            c => word.get_or_insert_with(String::new).push(c),
        }
    }
    words.extend(word);
    Some(words)
}

/// Whether `got` is `shown`, where a shown line `…` stands for any number
/// of lines.
fn matches(shown: &[String], got: &[&str]) -> bool {
    match shown.split_first() {
        None => got.is_empty(),
        Some((first, rest)) if first == "…" => (0..=got.len()).any(|k| matches(rest, &got[k..])),
        Some((first, rest)) => got
            .split_first()
            .is_some_and(|(g, more)| g.trim_end() == first && matches(rest, more)),
    }
}

fn run(dir: &Path, args: &[String]) -> (bool, String, String) {
    let out = crate::common::bundled_process(crate::common::binary())
        .args(&args[1..])
        .current_dir(dir)
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn every_documented_example_runs_as_shown() {
    let mut problems = Vec::new();
    let mut compared = 0;
    for page in PAGES {
        for block in blocks(page) {
            let dir = tempfile::tempdir().unwrap();
            std::fs::create_dir(dir.path().join("data")).unwrap();
            std::fs::copy(
                root().join("data/encounters.json"),
                dir.path().join("data/encounters.json"),
            )
            .unwrap();
            for (name, path) in &block.files {
                std::fs::copy(root().join(path), dir.path().join(name))
                    .unwrap_or_else(|e| panic!("{}: {path}: {e}", block.at));
            }
            for (command, shown) in &block.steps {
                let Some(args) = words(command) else {
                    assert!(
                        !block.console,
                        "{}: {command}: not a plain command",
                        block.at
                    );
                    continue;
                };
                assert_eq!(args[0], "summit", "{}: {command}", block.at);
                // browse needs a terminal: the tmux tests drive it.
                if args.iter().any(|a| a == "browse") {
                    continue;
                }
                let (ok, stdout, stderr) = run(dir.path(), &args);
                if !block.console {
                    if !ok {
                        problems.push(format!("{}: {command} failed: {stderr}", block.at));
                    }
                    continue;
                }
                compared += 1;
                let both = [format!("{stdout}{stderr}"), format!("{stderr}{stdout}")];
                if !both.iter().any(|got| {
                    let got: Vec<&str> = got.lines().collect();
                    matches(shown, &got)
                }) {
                    problems.push(format!(
                        "{}: $ {command}\n--- shown\n{}\n--- printed\n{stdout}{stderr}",
                        block.at,
                        shown.join("\n")
                    ));
                }
            }
        }
    }
    assert!(compared >= 10, "only {compared} examples compared");
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

/// The comparison is strict: a changed word, a missing line or an extra
/// one is a difference, and `…` stands only for lines left out.
#[test]
fn a_transcript_that_differs_is_caught() {
    let shown: Vec<String> = ["a", "…", "d"].map(String::from).to_vec();
    assert!(matches(&shown, &["a", "b", "c", "d"]));
    assert!(matches(&shown, &["a", "d"]));
    assert!(!matches(&shown, &["a", "b", "c"]));
    assert!(!matches(&shown, &["x", "d"]));
    let exact: Vec<String> = ["a", "b"].map(String::from).to_vec();
    assert!(!matches(&exact, &["a", "b", "c"]));
    assert!(!matches(&exact, &["a", "B"]));
    assert_eq!(
        words("summit search '\"fake news\"' --year 2019  # a phrase").unwrap(),
        ["summit", "search", "\"fake news\"", "--year", "2019"]
    );
    assert!(words("summit man > summit.1").is_none());
}
