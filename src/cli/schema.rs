//! `summit schema`: the JSON Schema of the dataset format.

use super::Context;

pub fn run(ctx: &mut Context) -> anyhow::Result<()> {
    summit::render::json::write(ctx.out, &summit::dataset::json_schema())?;
    Ok(())
}
