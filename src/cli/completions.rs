//! `summit completions`: a shell completion script.

use clap::Args;
use clap_complete::Shell;

use super::context::Context;

pub const EXAMPLES: &str = "\
Examples:
  source <(summit completions bash)
  summit completions zsh > ~/.zfunc/_summit
  summit completions fish > ~/.config/fish/completions/summit.fish";

/// `summit completions` arguments.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: Shell,
}

pub fn run(args: &CompletionsArgs, ctx: &mut Context) -> anyhow::Result<()> {
    let mut cmd = (ctx.command)();
    // Generated into memory: clap_complete treats a failed write as a bug.
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "summit", &mut script);
    ctx.out.write_all(&script)?;
    Ok(())
}
