package dev.tortoise.migrations;

import dev.tortoise.spi.DbClient;

/**
 * One direction of a data migration ({@link Operations#runJava}): code that reads and writes rows
 * through the live client of the migration's connection, inside the migration's transaction when
 * the database has transactional DDL.
 */
@FunctionalInterface
public interface MigrationStep {

    /**
     * Runs the step.
     *
     * @param client the client of the connection being migrated
     * @throws Exception any failure, which fails the migration (and rolls it back where possible)
     */
    void run(DbClient client) throws Exception;
}
