package dev.tortoise.internal.schema;

import dev.tortoise.spi.ColumnTypes;
import dev.tortoise.spi.FieldKind;
import dev.tortoise.spi.SchemaDialect;
import dev.tortoise.spi.SqlDialect;

/** The SPI's default shape, with a recognisable generated key; optionally unable to add foreign keys. */
class PlainDialect extends SchemaDialect {
    private final boolean canAddForeignKeys;

    PlainDialect(boolean canAddForeignKeys) {
        super(new SqlDialect(), ColumnTypes.standard().withGenerated(FieldKind.INT, "INT GENERATED")
                .withGenerated(FieldKind.BIGINT, "BIGINT GENERATED").withGenerated(FieldKind.SMALLINT, "SMALLINT GENERATED"));
        this.canAddForeignKeys = canAddForeignKeys;
    }

    @Override
    public boolean canAddForeignKeys() {
        return canAddForeignKeys;
    }
}
