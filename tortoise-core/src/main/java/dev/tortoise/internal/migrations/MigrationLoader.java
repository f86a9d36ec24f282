package dev.tortoise.internal.migrations;

import dev.tortoise.exceptions.MigrationException;
import dev.tortoise.migrations.Migration;
import dev.tortoise.migrations.Operation;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the migration classes of one app's package (ClassGraph, through the thread's context class
 * loader, so classes compiled at run time are seen) and instantiates them, sorted by name.
 */
final class MigrationLoader {

    /** {@code M0002_add_posts}: the four-digit number, then a name. */
    static final Pattern CLASS_NAME = Pattern.compile("M(\\d{4}_[A-Za-z0-9_]+)");

    private MigrationLoader() {
    }

    /**
     * The app's migrations, by name, with their dependencies resolved.
     *
     * @throws MigrationException when a class cannot be made, or is named against the rule
     */
    static List<LoadedMigration> load(String app, String pkg) {
        ClassLoader loader = loader();
        List<Class<?>> classes = new ArrayList<>();
        try (ScanResult scan = new ClassGraph().addClassLoader(loader).acceptPackagesNonRecursive(pkg)
                .enableClassInfo().ignoreClassVisibility().scan()) {
            for (ClassInfo info : scan.getAllStandardClasses()) {
                if (info.isInnerClass() || info.isAnonymousInnerClass() || info.isAbstract()) {
                    continue;
                }
                Class<?> type = load(info.getName(), loader);
                if (type != null && Migration.class.isAssignableFrom(type)) {
                    classes.add(type);
                }
            }
        }
        classes.sort(Comparator.comparing(Class::getSimpleName));
        List<LoadedMigration> migrations = new ArrayList<>(classes.size());
        String previous = null;
        for (Class<?> type : classes) {
            var matcher = CLASS_NAME.matcher(type.getSimpleName());
            if (!matcher.matches()) {
                throw new MigrationException("App '" + app + "': migration class " + type.getName() + " is not named"
                        + " M<4 digits>_<name> (for example M0002_add_posts); rename it");
            }
            String name = matcher.group(1);
            Migration migration = instantiate(app, type);
            List<String> dependencies = migration.dependencies();
            if (migration.hasDefaultDependencies()) {
                dependencies = previous == null ? List.of() : List.of(app + "." + previous);
            } else if (dependencies == null) {
                throw new MigrationException("App '" + app + "': migration " + name + " returns null from dependencies()");
            }
            List<Operation> operations = migration.operations();
            if (operations == null) {
                throw new MigrationException("App '" + app + "': migration " + name + " returns null from operations()");
            }
            migrations.add(new LoadedMigration(app, name, migration, dependencies, operations));
            previous = name;
        }
        return migrations;
    }

    private static Migration instantiate(String app, Class<?> type) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            if (!Modifier.isPublic(constructor.getModifiers()) || !Modifier.isPublic(type.getModifiers())) {
                constructor.setAccessible(true);
            }
            return (Migration) constructor.newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new MigrationException("App '" + app + "': cannot create migration " + type.getName()
                    + ": it needs a public no-argument constructor (" + e + ")", e);
        }
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : MigrationLoader.class.getClassLoader();
    }
}
