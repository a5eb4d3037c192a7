//! Integration tests for the `summit` binary, built as one test binary.

mod architecture;
mod browse;
mod bundled;
mod common;
mod diff;
mod errors;
mod explore;
mod export;
mod hostile;
mod import;
mod list;
mod output;
mod properties;
mod rules;
mod show;
mod validate;
mod widths;
