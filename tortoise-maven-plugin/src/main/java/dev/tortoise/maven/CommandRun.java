package dev.tortoise.maven;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * One {@code tortoise} command run in a class loader of the project's: {@code TortoiseCli.execute}
 * called through reflection, since its classes are the loader's and not the plugin's. Blocks until
 * the command is done.
 */
final class CommandRun {

    private static final String CLI = "dev.tortoise.cli.TortoiseCli";
    private static final String TORTOISE_EXCEPTION = "dev.tortoise.exceptions.TortoiseException";
    private static final String LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";
    private static final String LOG_FILE = "org.slf4j.simpleLogger.logFile";

    private CommandRun() {
    }

    static void run(List<URL> classPath, List<String> args, Log log) throws MojoExecutionException, MojoFailureException {
        log.debug("tortoise " + String.join(" ", args) + " on " + classPath);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        Map<String, String> saved = quietLogging(log.isDebugEnabled());
        // The platform loader as parent: the project's Tortoise, backends and SLF4J, not Maven's.
        try (URLClassLoader loader = new URLClassLoader("tortoise-project", classPath.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            thread.setContextClassLoader(loader);
            Method execute = loader.loadClass(CLI).getMethod("execute", String[].class, PrintWriter.class, PrintWriter.class);
            int exit = (int) execute.invoke(null, args.toArray(String[]::new), new PrintWriter(out, true),
                    new PrintWriter(err, true));
            print(out, log);
            if (exit != 0) {
                throw new MojoExecutionException("tortoise " + String.join(" ", args) + " was refused: " + err.toString().strip());
            }
        } catch (InvocationTargetException e) {
            print(out, log);
            Throwable cause = e.getCause();
            throw new MojoFailureException(isTortoise(cause) ? cause.getMessage() : cause.toString(), cause);
        } catch (ClassNotFoundException e) {
            throw new MojoExecutionException(CLI + " is not on the class path made for the project: " + classPath, e);
        } catch (ReflectiveOperationException | IOException e) {
            throw new MojoExecutionException("Cannot run the tortoise command on the project's class path: " + e, e);
        } finally {
            thread.setContextClassLoader(previous);
            restore(saved);
        }
    }

    private static void print(StringWriter out, Log log) {
        out.toString().lines().forEach(log::info);
    }

    private static boolean isTortoise(Throwable failure) {
        for (Class<?> type = failure.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals(TORTOISE_EXCEPTION)) {
                return true;
            }
        }
        return false;
    }

    /** The command's slf4j-simple, when it is the project's logger, says only warnings, on standard error. */
    private static Map<String, String> quietLogging(boolean debug) {
        Map<String, String> saved = new HashMap<>();
        for (String key : List.of(LEVEL, LOG_FILE)) {
            saved.put(key, System.getProperty(key));
        }
        System.setProperty(LEVEL, debug ? "info" : "warn");
        System.setProperty(LOG_FILE, "System.err");
        return saved;
    }

    private static void restore(Map<String, String> saved) {
        saved.forEach((key, old) -> {
            if (old == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, old);
            }
        });
    }
}
