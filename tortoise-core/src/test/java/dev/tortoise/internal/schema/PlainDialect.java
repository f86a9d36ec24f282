package dev.tortoise.internal.schema;

import dev.tortoise.spi.SchemaDialect;

/** The SPI's default shape, with a recognisable generated key; optionally unable to add foreign keys. */
class PlainDialect extends SchemaDialect {
    private final boolean canAddForeignKeys;

    PlainDialect(boolean canAddForeignKeys) {
        super("plain");
        this.canAddForeignKeys = canAddForeignKeys;
    }

    @Override
    public String generatedPrimaryKey(ColumnKind kind) {
        return kind + " GENERATED";
    }

    @Override
    public boolean canAddForeignKeys() {
        return canAddForeignKeys;
    }
}
