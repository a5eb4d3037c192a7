//! `summit man`: the manual page, from the same flag definitions as
//! `--help`.

use clap::CommandFactory;

use super::Context;
use super::args::Cli;

pub fn run(ctx: &mut Context) -> anyhow::Result<()> {
    clap_mangen::Man::new(Cli::command()).render(ctx.out)?;
    Ok(())
}
