package dev.tortoise.internal.migrations;

import dev.tortoise.AppConfig;
import dev.tortoise.exceptions.MigrationException;
import dev.tortoise.internal.runtime.TortoiseRuntime;
import dev.tortoise.migrations.AppliedMigration;
import dev.tortoise.migrations.Migrator;
import dev.tortoise.migrations.Operation;
import dev.tortoise.migrations.Rename;
import dev.tortoise.spi.AlterDialect;
import dev.tortoise.spi.DbClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Migrator} of one Tortoise instance: loads the apps' migration classes afresh on every
 * call (so classes compiled since are seen), orders them, and applies or reverses them one
 * transaction each on their app's connection.
 */
public final class MigrationRunner implements Migrator {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.class);

    private final TortoiseRuntime runtime;
    private final Map<String, AppConfig> apps = new LinkedHashMap<>();
    private final Set<String> ensuredTables = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** The migrator of {@code runtime}'s apps that have a migrations package. */
    public MigrationRunner(TortoiseRuntime runtime) {
        this.runtime = runtime;
        runtime.config().apps().forEach((label, app) -> {
            if (app.migrations() != null) {
                apps.put(label, app);
            }
        });
    }

    // ---- writing ----------------------------------------------------------------------------

    @Override
    public List<Path> makeMigrations(Path sourceRoot, String... apps) {
        return makeMigrations(sourceRoot, List.of(), apps);
    }

    @Override
    public List<Path> makeMigrations(Path sourceRoot, List<Rename> renames, String... names) {
        return makeMigrations(sourceRoot, null, renames, names);
    }

    @Override
    public List<Path> makeMigrations(Path sourceRoot, String given, List<Rename> renames, String... names) {
        if (given != null && !given.matches("[A-Za-z0-9_]+")) {
            throw new MigrationException("A migration name is letters, digits and _, got \"" + given + "\"");
        }
        List<String> targets = names.length == 0 ? new ArrayList<>(apps.keySet()) : List.of(names);
        targets.forEach(this::app);
        MigrationGraph graph = graph(false);
        ProjectState history = graph.stateBefore(null);
        ProjectState current = CurrentState.of(runtime.registry(), apps.keySet());
        Map<String, String> leaves = new LinkedHashMap<>();
        for (String app : apps.keySet()) {
            LoadedMigration leaf = graph.leaf(app);
            if (leaf != null) {
                leaves.put(app, leaf.key());
            }
        }
        Map<String, Autodetector.Changes> pending = new LinkedHashMap<>();
        for (String app : apps.keySet()) {
            if (!targets.contains(app)) {
                continue;
            }
            Autodetector.Changes changes = Autodetector.changes(history, current, app, renames);
            changes.notes().forEach(note -> LOG.warn("App '{}': {}", app, note));
            if (changes.operations().isEmpty()) {
                LOG.info("No changes detected in app '{}'", app);
            } else {
                pending.put(app, changes);
            }
        }
        List<Path> written = new ArrayList<>();
        for (String app : referencedFirst(pending)) {
            Autodetector.Changes changes = pending.get(app);
            Set<String> dependencies = new java.util.LinkedHashSet<>();
            if (leaves.containsKey(app)) {
                dependencies.add(leaves.get(app));
            }
            for (String other : changes.referencedApps()) {
                if (!other.equals(app) && leaves.containsKey(other)) {
                    dependencies.add(leaves.get(other));
                }
            }
            int number = graph.of(app).stream().mapToInt(m -> Integer.parseInt(m.name().substring(0, 4))).max().orElse(0) + 1;
            String name = String.format("%04d_%s", number, given != null ? given
                    : number == 1 ? "initial" : Autodetector.autoName(changes.operations()));
            Path file = MigrationWriter.write(sourceRoot, this.apps.get(app).migrations(), app, name,
                    new ArrayList<>(dependencies), changes.operations(), changes.notes());
            LOG.info("Wrote migration {}.{} to {}", app, name, file);
            leaves.put(app, app + "." + name);
            written.add(file);
        }
        return written;
    }

    /** The apps in an order where an app comes after the apps its new migration references. */
    private static List<String> referencedFirst(Map<String, Autodetector.Changes> pending) {
        List<String> order = new ArrayList<>();
        List<String> left = new ArrayList<>(pending.keySet());
        while (!left.isEmpty()) {
            String next = left.stream().filter(app -> pending.get(app).referencedApps().stream()
                    .noneMatch(other -> !other.equals(app) && left.contains(other))).findFirst().orElse(left.get(0));
            left.remove(next);
            order.add(next);
        }
        return order;
    }

    @Override
    public Path makeEmptyMigration(Path sourceRoot, String app, String name) {
        AppConfig config = app(app);
        if (name == null || !name.matches("[A-Za-z0-9_]+")) {
            throw new MigrationException("App '" + app + "': a migration name is letters, digits and _, got " + name);
        }
        MigrationGraph graph = graph(false);
        LoadedMigration leaf = graph.leaf(app);
        int number = graph.of(app).stream().mapToInt(m -> Integer.parseInt(m.name().substring(0, 4))).max().orElse(0) + 1;
        return MigrationWriter.write(sourceRoot, config.migrations(), app, String.format("%04d_%s", number, name),
                leaf == null ? List.of() : List.of(leaf.key()), List.of(), List.of());
    }

    // ---- applying ---------------------------------------------------------------------------

    @Override
    public List<String> migrate() {
        return upgrade();
    }

    @Override
    public List<String> upgrade() {
        MigrationGraph graph = graph(true);
        List<String> done = new ArrayList<>();
        for (LoadedMigration m : graph.order()) {
            if (apply(graph, m)) {
                done.add(m.key());
            }
        }
        return done;
    }

    @Override
    public List<String> migrate(String app, String target) {
        app(app);
        MigrationGraph graph = graph(true);
        String resolved = target == null ? leafName(graph, app) : graph.get(app, target).name();
        Set<String> applied = appliedKeys(app);
        if (applied.contains(app + "." + resolved) && !isLast(graph, app, resolved, applied)) {
            return unapplyAfter(graph, app, resolved);
        }
        return applyUpTo(graph, graph.get(app, resolved));
    }

    @Override
    public List<String> downgrade(String app, String target) {
        app(app);
        MigrationGraph graph = graph(true);
        if (target != null) {
            graph.get(app, target);
            if (!appliedKeys(app).contains(app + "." + target)) {
                throw new MigrationException("App '" + app + "': cannot downgrade to " + target + ", which is not"
                        + " applied (it is ahead); use migrate or upgrade to move forward");
            }
        }
        return unapplyAfter(graph, app, target);
    }

    @Override
    public List<AppliedMigration> history(String app) {
        if (app != null) {
            app(app);
            graph(true).of(app);
            return recorder(app).applied(app);
        }
        List<AppliedMigration> all = new ArrayList<>();
        for (String alias : aliases()) {
            MigrationRecorder recorder = recorder(alias, true);
            recorder.applied(null).stream().filter(a -> apps.containsKey(a.app())
                    && apps.get(a.app()).defaultConnection().equals(alias)).forEach(all::add);
        }
        return all;
    }

    @Override
    public List<String> heads() {
        MigrationGraph graph = graph(true);
        List<String> heads = new ArrayList<>();
        for (String app : apps.keySet()) {
            heads.add(graph.leaf(app).key());
        }
        return heads;
    }

    @Override
    public List<String> plan() {
        MigrationGraph graph = graph(true);
        List<String> plan = new ArrayList<>();
        Map<String, Set<String>> applied = new LinkedHashMap<>();
        for (LoadedMigration m : graph.order()) {
            Set<String> keys = applied.computeIfAbsent(m.app(), this::appliedKeys);
            if (!keys.contains(m.key())) {
                plan.add(m.key());
            }
        }
        return plan;
    }

    @Override
    public String sqlMigrate(String app, String name, boolean backwards) {
        app(app);
        MigrationGraph graph = graph(true);
        LoadedMigration m = graph.get(app, name);
        String platform = runtime.connection(apps.get(app).defaultConnection()).platform().name();
        StringBuilder out = new StringBuilder();
        for (Step step : steps(graph, m, backwards)) {
            out.append(step.sql(platform)).append('\n');
        }
        return out.toString().strip();
    }

    // ---- machinery --------------------------------------------------------------------------

    private List<String> applyUpTo(MigrationGraph graph, LoadedMigration target) {
        Set<String> needed = new HashSet<>();
        collect(graph, target, needed);
        List<String> done = new ArrayList<>();
        for (LoadedMigration m : graph.order()) {
            if (needed.contains(m.key()) && apply(graph, m)) {
                done.add(m.key());
            }
        }
        return done;
    }

    private void collect(MigrationGraph graph, LoadedMigration m, Set<String> into) {
        if (into.add(m.key())) {
            for (String dependency : m.dependencies()) {
                int dot = dependency.indexOf('.');
                collect(graph, graph.get(dependency.substring(0, dot), dependency.substring(dot + 1)), into);
            }
        }
    }

    private List<String> unapplyAfter(MigrationGraph graph, String app, String target) {
        Set<String> appliedOfApp = appliedKeys(app);
        Set<String> start = new HashSet<>();
        boolean after = target == null;
        for (LoadedMigration m : graph.of(app)) {
            if (after && appliedOfApp.contains(m.key())) {
                start.add(m.key());
            }
            if (m.name().equals(target)) {
                after = true;
            }
        }
        Set<String> undo = graph.dependents(start);
        Map<String, Set<String>> appliedByApp = new LinkedHashMap<>();
        List<LoadedMigration> reversed = new ArrayList<>();
        for (LoadedMigration m : graph.order()) {
            if (undo.contains(m.key()) && appliedByApp.computeIfAbsent(m.app(), this::appliedKeys).contains(m.key())) {
                reversed.add(0, m);
            }
        }
        for (LoadedMigration m : reversed) {
            Operation irreversible = m.irreversibleOperation();
            if (irreversible != null) {
                throw new MigrationException("Migration " + m.key() + " cannot be reversed: its operation "
                        + irreversible + " has no backward step; nothing was unapplied");
            }
        }
        List<String> done = new ArrayList<>();
        for (LoadedMigration m : reversed) {
            if (unapply(graph, m)) {
                done.add(m.key());
            }
        }
        return done;
    }

    private boolean isLast(MigrationGraph graph, String app, String name, Set<String> applied) {
        boolean after = false;
        for (LoadedMigration m : graph.of(app)) {
            if (after && applied.contains(m.key())) {
                return false;
            }
            if (m.name().equals(name)) {
                after = true;
            }
        }
        return true;
    }

    private String leafName(MigrationGraph graph, String app) {
        return graph.leaf(app).name();
    }

    private boolean apply(MigrationGraph graph, LoadedMigration m) {
        return run(m, steps(graph, m, false), false);
    }

    private boolean unapply(MigrationGraph graph, LoadedMigration m) {
        return run(m, steps(graph, m, true), true);
    }

    /** The steps of a migration in one direction, with the states around each operation. */
    private List<Step> steps(MigrationGraph graph, LoadedMigration m, boolean backwards) {
        ChangeSql sql = new ChangeSql(alter(m.app()));
        ProjectState state = graph.stateBefore(m);
        List<Step> steps = new ArrayList<>();
        for (Operation op : m.operations()) {
            ProjectState next;
            try {
                next = state.apply(op);
            } catch (MigrationException e) {
                throw new MigrationException("Migration " + m.key() + ": " + e.getMessage(), e);
            }
            steps.add(new Step(op, backwards ? sql.statementsOrNull(op, next, state, true)
                    : sql.statementsOrNull(op, state, next, false), backwards));
            state = next;
        }
        if (backwards) {
            java.util.Collections.reverse(steps);
        }
        return steps;
    }

    private boolean run(LoadedMigration m, List<Step> steps, boolean backwards) {
        String alias = apps.get(m.app()).defaultConnection();
        DbClient client = runtime.client(alias);
        AlterDialect alter = alter(m.app());
        String platform = runtime.connection(alias).platform().name();
        MigrationRecorder recorder = recorder(alias, true);
        client.executeStatements(alter.beforeMigration());
        try {
            if (!m.migration().atomic()) {
                // Statements commit one by one; only the check and the record are under the lock.
                if (!locked(client, alter, () -> recorder.isApplied(m.app(), m.name()) == backwards)) {
                    return false;
                }
                runSteps(m, steps, client, platform, alter);
            }
            return locked(client, alter, () -> {
                if (recorder.isApplied(m.app(), m.name()) != backwards) {
                    return false;
                }
                if (m.migration().atomic()) {
                    runSteps(m, steps, client, platform, alter);
                }
                if (backwards) {
                    recorder.recordUnapplied(m.app(), m.name());
                } else {
                    recorder.recordApplied(m.app(), m.name());
                }
                LOG.info("{} {}", backwards ? "Unapplied" : "Applied", m.key());
                return true;
            });
        } finally {
            client.executeStatements(alter.afterMigration());
        }
    }

    /**
     * Runs {@code work} in a transaction that first takes the platform's migration lock; work that
     * succeeds is committed before a session lock is released.
     */
    private static boolean locked(DbClient client, AlterDialect alter, java.util.function.BooleanSupplier work) {
        return client.inTransaction(() -> {
            if (alter.lockSql() != null) {
                if (alter.lockIsQuery()) {
                    client.executeQueryDict(alter.lockSql());
                } else {
                    client.executeUpdate(alter.lockSql());
                }
            }
            try {
                boolean done = work.getAsBoolean();
                if (done && alter.commitBeforeUnlockSql() != null) {
                    client.executeUpdate(alter.commitBeforeUnlockSql());
                }
                return done;
            } finally {
                if (alter.unlockSql() != null) {
                    client.executeQueryDict(alter.unlockSql());
                }
            }
        });
    }

    private void runSteps(LoadedMigration m, List<Step> steps, DbClient client, String platform, AlterDialect alter) {
        int index = 0;
        for (Step step : steps) {
            index++;
            try {
                step.run(client, platform);
            } catch (Exception e) {
                throw new MigrationException("Migration " + m.key() + " failed at operation " + index + " of "
                        + steps.size() + " (" + step.op() + "): " + e.getMessage()
                        + (alter.ddl().transactionalDdl() ? "; nothing of it was applied"
                        : "; this database commits each DDL statement, so the statements before it stay applied"
                        + " and the migration is not recorded"), e);
            }
        }
        String check = alter.foreignKeyCheckQuery();
        if (check != null && !client.executeQueryDict(check).isEmpty()) {
            throw new MigrationException("Migration " + m.key() + " leaves rows whose foreign keys point nowhere: "
                    + client.executeQueryDict(check) + "; nothing of it was applied");
        }
    }

    private Set<String> appliedKeys(String app) {
        Set<String> keys = new HashSet<>();
        for (AppliedMigration a : recorder(app).applied(app)) {
            keys.add(a.app() + "." + a.name());
        }
        return keys;
    }

    private MigrationRecorder recorder(String app) {
        return recorder(apps.get(app).defaultConnection(), true);
    }

    private MigrationRecorder recorder(String alias, boolean ensure) {
        MigrationRecorder recorder = new MigrationRecorder(runtime.client(alias),
                runtime.connection(alias).platform().ddl());
        if (ensure && ensuredTables.add(alias)) { // once per connection and migrator
            recorder.ensureTable();
        }
        return recorder;
    }

    private List<String> aliases() {
        return apps.values().stream().map(AppConfig::defaultConnection).distinct().toList();
    }

    private AlterDialect alter(String app) {
        return runtime.connection(apps.get(app).defaultConnection()).platform().alter();
    }

    private AppConfig app(String label) {
        AppConfig app = apps.get(label);
        if (app == null) {
            throw new MigrationException(runtime.config().apps().containsKey(label)
                    ? "App '" + label + "' has no migrations package: set \"migrations\" in its config, for example"
                    + " \"migrations\": \"com.example." + label + ".migrations\""
                    : "Unknown app '" + label + "'; apps with migrations: " + apps.keySet());
        }
        return app;
    }

    /** Loads every app's migrations; {@code requireSome}: an app without any is an error. */
    private MigrationGraph graph(boolean requireSome) {
        if (apps.isEmpty()) {
            throw new MigrationException("No app has a migrations package: set \"migrations\" in an app's config,"
                    + " for example \"migrations\": \"com.example.app.migrations\"");
        }
        Map<String, List<LoadedMigration>> loaded = new LinkedHashMap<>();
        for (AppConfig app : apps.values()) {
            List<LoadedMigration> migrations = MigrationLoader.load(app.label(), app.migrations());
            if (requireSome && migrations.isEmpty()) {
                throw new MigrationException("App '" + app.label() + "' has no migration classes in package "
                        + app.migrations() + " (or the package is not on the class path): run makemigrations first");
            }
            loaded.put(app.label(), migrations);
        }
        return new MigrationGraph(loaded);
    }

    /** One operation in one direction: its derived statements, or the raw SQL or Java it carries. */
    private record Step(Operation op, List<String> statements, boolean backwards) {

        void run(DbClient client, String platform) throws Exception {
            switch (op) {
                case Operation.RunSql sql -> {
                    String text = sql.sqlFor(platform, backwards);
                    if (text != null && !text.isBlank()) {
                        client.executeScript(text);
                    }
                }
                case Operation.RunJava java -> (backwards ? java.backward() : java.forward()).run(client);
                default -> client.executeStatements(statements);
            }
        }

        String sql(String platform) {
            return switch (op) {
                case Operation.RunSql sql -> {
                    String text = sql.sqlFor(platform, backwards);
                    yield "-- " + op + "\n" + (text == null ? "" : text.strip() + (text.strip().endsWith(";") ? "" : ";"));
                }
                case Operation.RunJava java -> "-- " + op + ": Java code, no SQL to show";
                default -> "-- " + op.toString().lines().findFirst().orElse("") + "\n"
                        + String.join(";\n", statements) + (statements.isEmpty() ? "" : ";");
            };
        }
    }

    @Override
    public String toString() {
        return "Migrator" + apps.keySet();
    }

}
