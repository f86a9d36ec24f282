package dev.tortoise.internal.meta;

import dev.tortoise.Model;
import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.fields.Meta;
import dev.tortoise.fields.Models;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the model classes of each app (upstream {@code _discover_models}). A module string names a
 * Java package (its own top-level classes, not sub-packages) or a class whose nested static classes
 * are the models. {@code @Models} on the package's {@code package-info} or on the class gives the
 * list explicitly and nothing is scanned. Scanned models come in order of simple name.
 */
final class ModelDiscovery {
    private static final Logger LOG = LoggerFactory.getLogger(ModelDiscovery.class);
    private static final Comparator<Class<?>> BY_SIMPLE_NAME = Comparator.comparing(Class::getSimpleName);

    private final List<String> warnings = new ArrayList<>();
    private final Map<Class<?>, String> claimedBy = new IdentityHashMap<>();

    /** The outcome: app label → models in discovery order, plus the warnings that were logged. */
    record Result(Map<String, List<Class<? extends Model>>> apps, List<String> warnings) {
    }

    /**
     * Discovers every app's models, in configuration order.
     *
     * @throws ConfigurationException for a missing module or two models with one simple name in an app
     */
    static Result discover(List<AppSpec> apps) {
        ModelDiscovery discovery = new ModelDiscovery();
        Map<String, List<Class<? extends Model>>> result = new LinkedHashMap<>();
        for (AppSpec app : apps) {
            result.put(app.label(), discovery.discoverApp(app));
        }
        return new Result(result, List.copyOf(discovery.warnings));
    }

    private List<Class<? extends Model>> discoverApp(AppSpec app) {
        Map<String, Class<? extends Model>> bySimpleName = new LinkedHashMap<>();
        for (String module : app.modules()) {
            List<Class<? extends Model>> accepted = new ArrayList<>();
            for (Class<? extends Model> candidate : candidates(module)) {
                if (Modifier.isAbstract(candidate.getModifiers()) || !claim(candidate, app.label())) {
                    continue;
                }
                accepted.add(candidate);
                Class<? extends Model> previous = bySimpleName.putIfAbsent(candidate.getSimpleName(), candidate);
                if (previous != null && previous != candidate) {
                    throw new ConfigurationException("Two models named " + candidate.getSimpleName() + " in app \""
                            + app.label() + "\": " + previous.getName() + " and " + candidate.getName()
                            + ". Relations name models as \"app.Model\", so names must be unique in an app;"
                            + " rename one or move it to another app");
                }
            }
            if (accepted.isEmpty()) {
                String warning = "Module \"" + module + "\" has no models";
                warnings.add(warning);
                LOG.warn("{} (app \"{}\")", warning, app.label());
            }
        }
        return List.copyOf(bySimpleName.values());
    }

    /** Upstream's claim rule: {@code @Meta(app)} pins a model; the first app to list it keeps it. */
    private boolean claim(Class<?> candidate, String label) {
        Meta meta = candidate.getDeclaredAnnotation(Meta.class);
        if (meta != null && !meta.app().isEmpty() && !meta.app().equals(label)) {
            return false;
        }
        String owner = claimedBy.putIfAbsent(candidate, label);
        return owner == null || owner.equals(label);
    }

    private static List<Class<? extends Model>> candidates(String module) {
        try {
            return findCandidates(module, loader());
        } catch (LinkageError e) {
            // Upstream hides this behind "not found" (issue #861); the real cause helps more.
            throw new ConfigurationException("Module \"" + module + "\" could not be loaded: " + e, e);
        }
    }

    private static List<Class<? extends Model>> findCandidates(String module, ClassLoader loader) {
        Class<?> holder = load(module, loader);
        if (holder != null) {
            Models explicit = holder.getDeclaredAnnotation(Models.class);
            if (explicit != null) {
                return Arrays.asList(explicit.value());
            }
            List<Class<? extends Model>> nested = new ArrayList<>();
            for (Class<?> inner : holder.getDeclaredClasses()) {
                if (Modifier.isStatic(inner.getModifiers()) && Model.class.isAssignableFrom(inner)) {
                    nested.add(inner.asSubclass(Model.class));
                }
            }
            nested.sort(BY_SIMPLE_NAME);
            return nested;
        }
        Class<?> packageInfo = load(module + ".package-info", loader);
        if (packageInfo != null && packageInfo.getDeclaredAnnotation(Models.class) != null) {
            return Arrays.asList(packageInfo.getDeclaredAnnotation(Models.class).value());
        }
        return scanPackage(module, loader, packageInfo != null);
    }

    private static List<Class<? extends Model>> scanPackage(String pkg, ClassLoader loader, boolean packageExists) {
        List<Class<? extends Model>> models = new ArrayList<>();
        boolean anyClass = packageExists;
        try (ScanResult scan = new ClassGraph().acceptPackagesNonRecursive(pkg).enableClassInfo()
                .ignoreClassVisibility().scan()) {
            for (ClassInfo info : scan.getAllStandardClasses()) {
                anyClass = true;
                if (info.isInnerClass() || info.isAnonymousInnerClass()) {
                    continue;
                }
                Class<?> type = load(info.getName(), loader);
                if (type != null && Model.class.isAssignableFrom(type)) {
                    models.add(type.asSubclass(Model.class));
                }
            }
        }
        if (!anyClass) {
            throw new ConfigurationException("Module \"" + pkg + "\" not found: a module is a Java package whose"
                    + " classes are models (for example \"com.example.models\") or a class whose nested static"
                    + " classes are models (for example \"com.example.AppModels\"); neither is on the class path");
        }
        models.sort(BY_SIMPLE_NAME);
        return models;
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ModelDiscovery.class.getClassLoader();
    }
}
