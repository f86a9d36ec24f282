/**
 * What a model declares: one annotation per column kind ({@code @IntField}, {@code @CharField},
 * {@code @DatetimeField} …, upstream's field classes), relations ({@code @ForeignKeyField},
 * {@code @OneToOneField}, {@code @ManyToManyField}) and their holders
 * ({@link dev.tortoise.fields.ForeignKeyRelation}, {@link dev.tortoise.fields.ReverseRelation},
 * {@link dev.tortoise.fields.ManyToManyRelation}),
 * and model-level annotations ({@code @Meta}, {@code @UniqueTogether}, {@code @Index},
 * {@code @Models}). Annotations are read once, at init; a definition error fails init with a
 * {@link dev.tortoise.exceptions.ConfigurationException} naming the model and field.
 *
 * <p>The kind of column each data-field annotation makes is a
 * {@link dev.tortoise.spi.FieldKind}; a backend's {@link dev.tortoise.spi.ColumnTypes} says which
 * SQL type that kind is on its database, so an annotation means the same on every backend.
 */
package dev.tortoise.fields;
