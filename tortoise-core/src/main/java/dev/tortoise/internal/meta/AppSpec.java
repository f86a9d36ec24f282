package dev.tortoise.internal.meta;

import java.util.List;
import java.util.Objects;

/**
 * One configured app as the registry needs it: its label, its model modules (packages or holder
 * classes) in order, and the connection alias its models use.
 */
public record AppSpec(String label, List<String> modules, String defaultConnection) {
    public AppSpec {
        Objects.requireNonNull(label, "label");
        modules = List.copyOf(modules);
        defaultConnection = defaultConnection == null ? "default" : defaultConnection;
    }
}
