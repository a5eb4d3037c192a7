//! `summit man`: the manual pages, from the same flag definitions as
//! `--help`: summit(1), and one page per subcommand (summit-list(1), ...),
//! which the main page names.

use clap::Args;

use super::context::Context;

pub const EXAMPLES: &str = "\
Examples:
  summit man > summit.1 && man ./summit.1          the main page
  summit man list > summit-list.1                  the page of one subcommand
  for c in list show browse timeline stats search quotes export validate init schema \\
    completions man; do summit man $c > summit-$c.1; done";

/// `summit man` arguments.
#[derive(Debug, Args)]
pub struct ManArgs {
    /// The subcommand whose page to print (summit-COMMAND); the main page when left out
    #[arg(value_name = "COMMAND")]
    pub command: Option<String>,
}

pub fn run(args: &ManArgs, ctx: &mut Context) -> anyhow::Result<()> {
    let mut cmd = (ctx.command)();
    cmd.build();
    let page = match &args.command {
        None => cmd,
        Some(name) => {
            let Some(sub) = cmd.find_subcommand(name) else {
                let names: Vec<&str> = cmd.get_subcommands().map(clap::Command::get_name).collect();
                return Err(super::report::UsageError(format!(
                    "no subcommand \"{name}\"; expected one of {}",
                    names.join(", ")
                ))
                .into());
            };
            sub.clone()
                .name(format!("summit-{name}"))
                .bin_name(format!("summit {name}"))
        }
    };
    clap_mangen::Man::new(page).render(ctx.out)?;
    Ok(())
}
