package dev.tortoise.internal.schema;

import dev.tortoise.spi.SchemaDialect.ForeignKey;

/**
 * A many-to-many through table: two NOT NULL key columns typed as the primary keys they reference
 * ({@code backwardType} the owner's, {@code forwardType} the target's), an optional unique index
 * over the pair, optional constraints, the table comment.
 */
public record ThroughTableSpec(String through, ForeignKey backward, ColumnSpec backwardType, ForeignKey forward,
                               ColumnSpec forwardType, boolean unique, boolean dbConstraint, String description) {
}
