//! Integration tests for the `summit` binary, built as one test binary:
//! a file for each subcommand, and files for what runs across them.

mod architecture;
mod browse;
mod common;
mod data;
mod diff;
mod docs;
mod errors;
mod export;
mod help;
mod hostile;
mod import;
mod list;
mod output;
mod properties;
mod quotes;
mod rules;
mod search;
mod show;
mod stats;
mod timeline;
mod validate;
mod widths;
mod writes;
