package dev.tortoise.spring;

import dev.tortoise.Tortoise;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Boot's auto-configuration of Tortoise: a {@link Tortoise} bean made from
 * {@link TortoiseProperties} ({@code tortoise.*}), closed with the context.
 *
 * <p>Connections come from {@code tortoise.connections} when set (Tortoise then owns and closes
 * those pools); otherwise the connection {@code default} is the application's one
 * {@code DataSource} bean, wrapped in a {@link SpringTransactionDataSource} so that Spring's
 * transactions drive Tortoise's, and never closed by Tortoise. With Actuator's health support on the
 * class path, a {@link TortoiseHealthIndicator} named {@code tortoise} pings every connection
 * ({@code management.health.tortoise.enabled=false} turns it off).
 *
 * <p>An application that declares its own {@code Tortoise} bean keeps it: nothing here replaces it.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration"})
@ConditionalOnClass(Tortoise.class)
@EnableConfigurationProperties(TortoiseProperties.class)
public class TortoiseAutoConfiguration {

    /**
     * The Tortoise instance; {@code generateSchemas()} runs first when {@code tortoise.generate-schemas}
     * is true. Blocks while it connects (data source engine detection, schema generation).
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public Tortoise tortoise(TortoiseProperties properties, ObjectProvider<DataSource> dataSource) {
        Tortoise tortoise = Tortoise.init(TortoiseConfigAssembly.build(properties, dataSource.getIfUnique()));
        if (properties.isGenerateSchemas()) {
            try {
                tortoise.generateSchemas();
            } catch (RuntimeException e) {
                tortoise.close();
                throw e;
            }
        }
        return tortoise;
    }

    /**
     * The health indicator, made only when Actuator's health support is on the class path and
     * {@code management.health.tortoise.enabled} is not false.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    @ConditionalOnEnabledHealthIndicator("tortoise")
    static class HealthConfiguration {

        // No @ConditionalOnBean(Tortoise.class): this nested class is read before the Tortoise bean
        // method above, so that condition would never hold; a Tortoise bean is always there.
        @Bean
        @ConditionalOnMissingBean(name = "tortoiseHealthIndicator")
        TortoiseHealthIndicator tortoiseHealthIndicator(Tortoise tortoise) {
            return new TortoiseHealthIndicator(tortoise);
        }
    }
}
