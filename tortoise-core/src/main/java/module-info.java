/**
 * Tortoise for Java: the public API ({@code dev.tortoise} and its sub-packages), the backend
 * contract ({@code dev.tortoise.spi}) and the kit for JDBC backends ({@code dev.tortoise.spi.jdbc}).
 * Packages under {@code dev.tortoise.internal} are machinery and are exported to no one: a backend,
 * ours or a third party's, is written against the exported packages alone.
 */
module dev.tortoise {
    requires transitive java.sql;
    requires transitive com.zaxxer.hikari; // the backend kit configures HikariCP pools
    requires io.github.classgraph;
    requires org.slf4j;
    requires transitive com.fasterxml.jackson.databind; // jsonMapper(ObjectMapper), ModelJson.module()
    requires com.fasterxml.jackson.dataformat.yaml;
    requires static jakarta.validation; // optional: Bean Validation constraints run when it is there
    requires static micrometer.core; // optional: dev.tortoise.metrics for applications that have Micrometer

    exports dev.tortoise;
    exports dev.tortoise.fields;
    exports dev.tortoise.functions;
    exports dev.tortoise.json;
    exports dev.tortoise.metrics;
    exports dev.tortoise.migrations;
    exports dev.tortoise.exceptions;
    exports dev.tortoise.signals;
    exports dev.tortoise.spi;
    exports dev.tortoise.spi.jdbc;

    uses dev.tortoise.spi.BackendProvider;
}
