/**
 * Models as JSON and JSON Schema ({@link dev.tortoise.json.ModelJson}, upstream's
 * {@code pydantic_model_creator}): immutable {@link dev.tortoise.json.ModelJsonWriter}s with
 * explicit {@code include}, {@code exclude} and {@code maxDepth}, and a Jackson module for an
 * application's own {@code ObjectMapper}. Keys are Java field names; relations appear only when
 * included; writing walks a shape made once per writer, with the prepared field accessors.
 */
package dev.tortoise.json;
