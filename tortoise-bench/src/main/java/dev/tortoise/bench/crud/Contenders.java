package dev.tortoise.bench.crud;

import dev.tortoise.bench.BenchDatabase;
import dev.tortoise.bench.crud.hibernate.HibernateCrud;
import dev.tortoise.bench.crud.jdbc.JdbcCrud;
import dev.tortoise.bench.crud.tortoise.TortoiseCrud;

/** Opens a contender by its id. */
final class Contenders {

    private Contenders() {
    }

    /**
     * Opens the contender on its own database for a shape.
     *
     * @throws IllegalArgumentException for an unknown id
     */
    static CrudContender open(String id, BenchDatabase database, Shape shape) {
        return switch (id) {
            case "tortoise" -> TortoiseCrud.open(database, shape);
            case "jdbc" -> JdbcCrud.open(database, shape);
            case "hibernate" -> HibernateCrud.open(database, shape);
            default -> throw new IllegalArgumentException("Unknown contender \"" + id + "\"; expected one of "
                    + CrudOptions.CONTENDERS);
        };
    }
}
