package dev.tortoise.cli;

import dev.tortoise.TortoiseConfig;
import dev.tortoise.exceptions.ConfigurationException;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Finds the configuration the way upstream's command does: {@code --config-file PATH}, or
 * {@code -c com.example.Settings#TORTOISE_ORM} (a static field or no-argument static method of a
 * class on the class path, returning a {@link TortoiseConfig} or a {@link Map}: upstream's dotted
 * path), or a {@code tortoise.json}, {@code tortoise.yaml} or {@code tortoise.yml} in the working
 * directory (our {@code [tool.tortoise]}).
 */
final class ConfigLocator {

    private static final List<String> FILES = List.of("tortoise.json", "tortoise.yaml", "tortoise.yml");

    private ConfigLocator() {
    }

    static TortoiseConfig locate(Path file, String member, Path workingDirectory) {
        if (file != null && member != null) {
            throw new ConfigurationException("Give either --config-file or --config, not both");
        }
        if (file != null) {
            return TortoiseConfig.fromFile(file);
        }
        if (member != null) {
            return fromMember(member);
        }
        for (String name : FILES) {
            Path candidate = workingDirectory.resolve(name);
            if (Files.isRegularFile(candidate)) {
                return TortoiseConfig.fromFile(candidate);
            }
        }
        throw new ConfigurationException("No configuration: pass --config-file tortoise.json, or -c"
                + " com.example.Settings#TORTOISE_ORM, or put a tortoise.json or tortoise.yaml in "
                + workingDirectory.toAbsolutePath().normalize());
    }

    private static TortoiseConfig fromMember(String spec) {
        int hash = spec.indexOf('#');
        if (hash <= 0 || hash == spec.length() - 1) {
            throw new ConfigurationException("--config must be CLASS#MEMBER, such as com.example.Settings#TORTOISE_ORM,"
                    + " got \"" + spec + "\"");
        }
        String className = spec.substring(0, hash);
        String name = spec.substring(hash + 1);
        Class<?> type;
        try {
            type = Class.forName(className, true, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ConfigurationException("--config " + spec + ": class " + className + " is not on the class path");
        }
        Object value = read(type, name, spec);
        if (value instanceof TortoiseConfig config) {
            return config;
        }
        if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, ?> typed = (Map<String, ?>) map;
            return TortoiseConfig.fromMap(typed);
        }
        throw new ConfigurationException("--config " + spec + " must be a TortoiseConfig or a Map, got "
                + (value == null ? "null" : value.getClass().getName()));
    }

    private static Object read(Class<?> type, String name, String spec) {
        try {
            Field field = type.getDeclaredField(name);
            requireStatic(field, spec);
            field.setAccessible(true);
            return field.get(null);
        } catch (NoSuchFieldException e) {
            try {
                Method method = type.getDeclaredMethod(name);
                requireStatic(method, spec);
                method.setAccessible(true);
                return method.invoke(null);
            } catch (NoSuchMethodException none) {
                throw new ConfigurationException("--config " + spec + ": " + type.getName() + " has no static field or"
                        + " no-argument static method named " + name);
            } catch (ReflectiveOperationException failed) {
                throw new ConfigurationException("--config " + spec + ": " + failed.getCause(), failed);
            }
        } catch (IllegalAccessException e) {
            throw new ConfigurationException("--config " + spec + ": cannot read it: " + e.getMessage(), e);
        }
    }

    private static void requireStatic(Member member, String spec) {
        if (!Modifier.isStatic(member.getModifiers())) {
            throw new ConfigurationException("--config " + spec + " must name a static member");
        }
    }
}
