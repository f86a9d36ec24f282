package dev.tortoise.bench.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** Medians, ratios and their formatting for the report. */
final class Stats {

    private Stats() {
    }

    /** The median of a non-empty list (the mean of the two middle values for an even count). */
    static double median(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values to take the median of");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }

    /** {@code a / b}, or empty when either is missing. */
    static OptionalDouble ratio(OptionalDouble a, OptionalDouble b) {
        return a.isPresent() && b.isPresent() && b.getAsDouble() > 0
                ? OptionalDouble.of(a.getAsDouble() / b.getAsDouble()) : OptionalDouble.empty();
    }

    /** The smaller of two values, or the one present. */
    static OptionalDouble min(OptionalDouble a, OptionalDouble b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() ? a : OptionalDouble.of(Math.min(a.getAsDouble(), b.getAsDouble()));
    }

    /** Milliseconds with three significant digits ({@code 0.412}, {@code 4.12}, {@code 41.2}, {@code 412}). */
    static String millis(OptionalDouble ms) {
        if (ms.isEmpty()) {
            return "–";
        }
        double v = ms.getAsDouble();
        String pattern = v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : v >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, pattern, v);
    }

    /** A ratio as {@code 1.07×}. */
    static String times(OptionalDouble ratio) {
        if (ratio.isEmpty()) {
            return "–";
        }
        double v = ratio.getAsDouble();
        return String.format(Locale.ROOT, v >= 10 ? "%.0f×" : "%.2f×", v);
    }
}
