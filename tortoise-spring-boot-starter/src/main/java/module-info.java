/**
 * Spring Boot 4 auto-configuration of Tortoise for Java. Spring comes from the application
 * ({@code requires static}); its types appear in this module's API (the auto-configuration's
 * annotations, {@code HealthIndicator}), hence {@code transitive}. Spring's jars are automatic
 * modules, read here by their {@code Automatic-Module-Name}: that is what the suppressed warning
 * says, and nothing better exists until Spring ships module descriptors. Spring makes the
 * configuration classes by reflection, hence the package is opened to it.
 */
@SuppressWarnings("requires-transitive-automatic")
module dev.tortoise.spring {
    requires transitive dev.tortoise;
    requires static transitive spring.core;
    requires static transitive spring.beans;
    requires static transitive spring.context;
    requires static transitive spring.tx;
    requires static transitive spring.jdbc;
    requires static transitive spring.boot;
    requires static transitive spring.boot.autoconfigure;
    requires static transitive spring.boot.health;

    exports dev.tortoise.spring;
    opens dev.tortoise.spring to spring.core, spring.beans, spring.context;
}
