/**
 * Metrics for applications that have Micrometer (an optional dependency):
 * {@link dev.tortoise.metrics.MicrometerMetrics}.
 */
package dev.tortoise.metrics;
