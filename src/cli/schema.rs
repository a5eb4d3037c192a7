//! `summit schema`: the JSON Schema of the dataset format.

use super::context::Context;

pub fn run(ctx: &mut Context) -> anyhow::Result<()> {
    summit::export::json::write(ctx.out, &summit::dataset::json_schema())?;
    Ok(())
}
