package dev.tortoise.internal.migrations;

import dev.tortoise.exceptions.MigrationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The migrations of every app and the order they run in: checked (every dependency exists, one leaf
 * per app, no cycle) and sorted so that each comes after its dependencies, apps in configuration
 * order and names in order where nothing else decides.
 */
final class MigrationGraph {

    private final Map<String, LoadedMigration> byKey = new LinkedHashMap<>();
    private final Map<String, List<LoadedMigration>> byApp;
    private final List<LoadedMigration> order;

    MigrationGraph(Map<String, List<LoadedMigration>> byApp) {
        this.byApp = byApp;
        for (List<LoadedMigration> migrations : byApp.values()) {
            for (LoadedMigration m : migrations) {
                byKey.put(m.key(), m);
            }
        }
        for (LoadedMigration m : byKey.values()) {
            for (String dependency : m.dependencies()) {
                if (!byKey.containsKey(dependency)) {
                    throw new MigrationException("Migration " + m.key() + " depends on " + dependency
                            + ", which does not exist; known migrations: " + byKey.keySet());
                }
            }
        }
        for (String app : byApp.keySet()) {
            leaf(app);
        }
        this.order = sort();
    }

    /** Every migration, dependencies first. */
    List<LoadedMigration> order() {
        return order;
    }

    /** The migration {@code app.name}. */
    LoadedMigration get(String app, String name) {
        LoadedMigration m = byKey.get(app + "." + name);
        if (m == null) {
            throw new MigrationException("App '" + app + "' has no migration '" + name + "'; its migrations: "
                    + names(app));
        }
        return m;
    }

    /** The app's migrations, by name. */
    List<LoadedMigration> of(String app) {
        return byApp.getOrDefault(app, List.of());
    }

    /** The names of the app's migrations. */
    List<String> names(String app) {
        return of(app).stream().map(LoadedMigration::name).toList();
    }

    /** The latest migration of the app (no other migration of the app depends on it), or null when it has none. */
    LoadedMigration leaf(String app) {
        List<LoadedMigration> migrations = of(app);
        Set<String> dependedOn = new HashSet<>();
        for (LoadedMigration m : migrations) {
            dependedOn.addAll(m.dependencies());
        }
        List<LoadedMigration> leaves = migrations.stream().filter(m -> !dependedOn.contains(m.key())).toList();
        if (leaves.size() > 1) {
            throw new MigrationException("App '" + app + "' has " + leaves.size() + " leaf migrations ("
                    + leaves.stream().map(LoadedMigration::name).toList() + "): each must depend on the one before,"
                    + " so that one is the latest; make the later one list the other in dependencies()");
        }
        return leaves.isEmpty() ? null : leaves.get(0);
    }

    /** The state after every migration that comes before {@code stop} in {@link #order()} (all of them when null). */
    ProjectState stateBefore(LoadedMigration stop) {
        ProjectState state = ProjectState.EMPTY;
        for (LoadedMigration m : order) {
            if (m == stop) {
                break;
            }
            state = apply(state, m);
        }
        return state;
    }

    /** {@code state} after the operations of {@code m}, with the migration named in any error. */
    static ProjectState apply(ProjectState state, LoadedMigration m) {
        ProjectState next = state;
        for (var op : m.operations()) {
            try {
                next = next.apply(op);
            } catch (MigrationException e) {
                throw new MigrationException("Migration " + m.key() + ": " + e.getMessage(), e);
            }
        }
        return next;
    }

    /** The migrations that depend on {@code m}, directly or not. */
    Set<String> dependents(Set<String> keys) {
        Set<String> result = new HashSet<>(keys);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (LoadedMigration m : order) {
                if (!result.contains(m.key()) && m.dependencies().stream().anyMatch(result::contains)) {
                    result.add(m.key());
                    grew = true;
                }
            }
        }
        return result;
    }

    private List<LoadedMigration> sort() {
        List<LoadedMigration> sorted = new ArrayList<>(byKey.size());
        Set<String> done = new HashSet<>();
        List<LoadedMigration> pending = new ArrayList<>(byKey.values());
        while (!pending.isEmpty()) {
            LoadedMigration next = null;
            for (LoadedMigration m : pending) {
                if (done.containsAll(m.dependencies())) {
                    next = m;
                    break;
                }
            }
            if (next == null) {
                throw new MigrationException("Migrations depend on each other in a circle: "
                        + pending.stream().map(LoadedMigration::key).toList());
            }
            pending.remove(next);
            done.add(next.key());
            sorted.add(next);
        }
        return sorted;
    }
}
