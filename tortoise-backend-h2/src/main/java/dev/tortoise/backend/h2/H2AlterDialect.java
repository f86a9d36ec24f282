package dev.tortoise.backend.h2;

import dev.tortoise.spi.AlterDialect;
import dev.tortoise.spi.SchemaDialect;

/**
 * H2's schema changes: the standard spelling, without a lock (H2 has no advisory lock; its
 * transactions lock the tables a migration changes). Dropping a column's own UNIQUE or a foreign
 * key, whose names H2 chose, is not spelled yet: such a migration fails on H2 with H2's message.
 */
final class H2AlterDialect extends AlterDialect {

    H2AlterDialect(SchemaDialect ddl) {
        super(ddl);
    }

    @Override
    public String lockSql() {
        return null;
    }

    @Override
    public java.util.List<String> afterTableRename(String from, String to, String generatedKey) {
        return java.util.List.of();
    }
}
