/**
 * Spring Boot integration of Tortoise for Java: {@link dev.tortoise.spring.TortoiseAutoConfiguration}
 * makes a {@code Tortoise} bean from {@code tortoise.*} properties
 * ({@link dev.tortoise.spring.TortoiseProperties}) or the application's {@code DataSource}, lets
 * Spring's {@code @Transactional} and {@code TransactionTemplate} drive Tortoise's transactions
 * ({@link dev.tortoise.spring.SpringTransactionDataSource}), and reports each connection's health
 * to Actuator ({@link dev.tortoise.spring.TortoiseHealthIndicator}).
 */
package dev.tortoise.spring;
