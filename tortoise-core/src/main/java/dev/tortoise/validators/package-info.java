/**
 * Field validators (upstream {@code tortoise.validators}): the {@link dev.tortoise.validators.Validator}
 * interface for {@code validators = {...}} on field annotations, and the built-ins as annotations
 * beside the field annotation ({@link dev.tortoise.validators.MinValue},
 * {@link dev.tortoise.validators.MaxValue}, {@link dev.tortoise.validators.MinLength},
 * {@link dev.tortoise.validators.MaxLength}, {@link dev.tortoise.validators.Regex},
 * {@link dev.tortoise.validators.CommaSeparatedIntegers}, {@link dev.tortoise.validators.Email},
 * {@link dev.tortoise.validators.Url}). Validators are made and checked against their field once, at
 * init; they run before any SQL of {@code save}, {@code create}, {@code bulkCreate} and
 * {@code bulkUpdate}, then the model's own {@code validate()} (see {@link dev.tortoise.Model#validate()}),
 * then Jakarta Bean Validation constraints when a provider is on the class path. A failure is a
 * {@link dev.tortoise.exceptions.ValidationException} naming model, field, value and rule.
 */
package dev.tortoise.validators;
