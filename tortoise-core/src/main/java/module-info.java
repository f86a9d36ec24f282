/**
 * Tortoise for Java: the public API ({@code dev.tortoise} and its sub-packages) and the backend
 * contract ({@code dev.tortoise.spi}). Packages under {@code dev.tortoise.internal} are machinery,
 * exported only to the backend modules that need them.
 */
@SuppressWarnings("module") // the friend modules of the qualified exports are built after this one
module dev.tortoise {
    requires transitive java.sql;
    requires com.zaxxer.hikari;
    requires io.github.classgraph;
    requires org.slf4j;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;

    exports dev.tortoise;
    exports dev.tortoise.fields;
    exports dev.tortoise.functions;
    exports dev.tortoise.exceptions;
    exports dev.tortoise.spi;
    exports dev.tortoise.internal.jdbc to dev.tortoise.backend.sqlite, dev.tortoise.backend.postgres,
            dev.tortoise.backend.mysql, dev.tortoise.testing;
    exports dev.tortoise.internal.backend to dev.tortoise.testing;
    exports dev.tortoise.internal.types to dev.tortoise.backend.sqlite, dev.tortoise.backend.postgres,
            dev.tortoise.backend.mysql;

    uses dev.tortoise.spi.BackendProvider;
}
