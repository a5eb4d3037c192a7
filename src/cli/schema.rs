//! `summit schema`: the JSON Schema of the dataset format.

use summit::Dataset;

use super::Context;

pub fn run(ctx: &mut Context) -> anyhow::Result<()> {
    let schema = schemars::schema_for!(Dataset);
    summit::render::json::write(ctx.out, &schema)?;
    Ok(())
}
