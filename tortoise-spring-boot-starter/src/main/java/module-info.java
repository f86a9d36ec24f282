/**
 * Spring Boot 4 auto-configuration of Tortoise for Java. Spring comes from the application
 * ({@code requires static}): Spring's jars are automatic modules, read here by their
 * {@code Automatic-Module-Name}. Spring makes the configuration classes by reflection, hence the
 * package is opened to it.
 */
module dev.tortoise.spring {
    requires transitive dev.tortoise;
    requires static spring.core;
    requires static spring.beans;
    requires static spring.context;
    requires static spring.tx;
    requires static spring.jdbc;
    requires static spring.boot;
    requires static spring.boot.autoconfigure;
    requires static spring.boot.health;

    exports dev.tortoise.spring;
    opens dev.tortoise.spring to spring.core, spring.beans, spring.context;
}
