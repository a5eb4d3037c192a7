//! Integration tests for the `summit` binary, built as one test binary.

mod bundled;
mod common;
mod errors;
mod list;
mod output;
mod show;
