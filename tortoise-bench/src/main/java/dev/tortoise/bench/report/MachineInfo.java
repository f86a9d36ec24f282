package dev.tortoise.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The machine the report describes: CPU model and count, memory, operating system. Read on Linux
 * from {@code /proc}; elsewhere the fields say "unknown".
 *
 * @param cpu the CPU model name
 * @param cores logical processors available to the JVM
 * @param memory total memory, e.g. {@code 23.5 GiB}
 * @param os operating system name, version and architecture
 */
record MachineInfo(String cpu, int cores, String memory, String os) {

    static MachineInfo read() {
        String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name").orElse("unknown");
        String memory = firstValue(Path.of("/proc/meminfo"), "MemTotal")
                .map(v -> String.format(Locale.ROOT, "%.1f GiB",
                        Long.parseLong(v.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0))
                .orElse("unknown");
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
        return new MachineInfo(cpu, Runtime.getRuntime().availableProcessors(), memory, os);
    }

    private static Optional<String> firstValue(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream()
                    .filter(l -> l.startsWith(key))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
