package dev.tortoise.maven;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: the configuration ({@code configFile}, {@code config}), where migration
 * sources go ({@code src}), and the run of one {@code tortoise} command on the project's class path.
 *
 * <p>The command runs in this Maven's JVM, in a class loader of its own made of the project's
 * compiled classes and run-time dependencies (so the project's Tortoise, backends and drivers are the
 * ones used) plus the command's own jars the project lacks ({@code tortoise-cli}, picocli). That
 * loader is the thread's context class loader while the command runs, and is closed after it. What
 * the command prints goes to the Maven log at INFO, one line per result; a failure stops the build
 * with the command's message.
 */
public abstract class AbstractTortoiseMojo extends AbstractMojo {

    /** Where a {@code tortoise.json} or {@code tortoise.yaml} is looked for when neither option names one. */
    private static final List<String> DEFAULT_FILES = List.of("tortoise.json", "tortoise.yaml", "tortoise.yml");

    /** SLF4J providers: when the project has one, the command's own ({@code slf4j-simple}) stays out. */
    private static final Set<String> LOGGING_PROVIDERS = Set.of("org.slf4j:slf4j-simple", "org.slf4j:slf4j-jdk14",
            "org.slf4j:slf4j-reload4j", "ch.qos.logback:logback-classic", "org.apache.logging.log4j:log4j-slf4j2-impl");

    /** The project the goal runs on. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** The plugin's own dependencies: the command and what it needs. */
    @Parameter(defaultValue = "${plugin.artifacts}", readonly = true, required = true)
    protected List<Artifact> pluginArtifacts;

    /** A JSON or YAML config in upstream's shape (the CLI's {@code --config-file}); default: a
     *  {@code tortoise.json}, {@code tortoise.yaml} or {@code tortoise.yml} in the project's folder. */
    @Parameter(property = "tortoise.configFile")
    protected File configFile;

    /** {@code CLASS#MEMBER}: a static field or no-argument method of the project returning a
     *  {@code TortoiseConfig} or a {@code Map} (the CLI's {@code -c}). */
    @Parameter(property = "tortoise.config")
    protected String config;

    /** Where migration sources are written (the CLI's {@code --src}). */
    @Parameter(property = "tortoise.src", defaultValue = "${project.basedir}/src/main/java")
    protected File src;

    /** Skips the goal. */
    @Parameter(property = "tortoise.skip", defaultValue = "false")
    protected boolean skip;

    /** Subclasses are made by Maven. */
    protected AbstractTortoiseMojo() {
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipped (tortoise.skip)");
            return;
        }
        List<String> args = new ArrayList<>(globalOptions());
        args.addAll(command());
        CommandRun.run(classPath(), args, getLog());
    }

    /**
     * The command and its options, as they follow the global options on the {@code tortoise} command
     * line (for example {@code migrate app 0002_x}).
     *
     * @throws MojoFailureException when the goal's parameters cannot make a command
     */
    protected abstract List<String> command() throws MojoFailureException;

    /** The options before the command: {@code --src}, the configuration, {@code --verbose} under {@code -X}. */
    List<String> globalOptions() throws MojoFailureException {
        List<String> options = new ArrayList<>(List.of("--src", src.getAbsolutePath()));
        if (getLog().isDebugEnabled()) {
            options.add("--verbose");
        }
        if (config != null) {
            options.addAll(List.of("--config", config));
        }
        if (configFile != null) {
            options.addAll(List.of("--config-file", configFile.getAbsolutePath()));
        }
        if (config == null && configFile == null) {
            options.addAll(List.of("--config-file", defaultConfigFile().toString()));
        }
        return options;
    }

    private Path defaultConfigFile() throws MojoFailureException {
        Path folder = project.getBasedir().toPath();
        for (String name : DEFAULT_FILES) {
            if (Files.isRegularFile(folder.resolve(name))) {
                return folder.resolve(name);
            }
        }
        throw new MojoFailureException("No Tortoise configuration: put a tortoise.json or tortoise.yaml in " + folder
                + ", or set <configFile> (-Dtortoise.configFile=PATH) or <config> (-Dtortoise.config=CLASS#MEMBER)");
    }

    private List<URL> classPath() throws MojoExecutionException {
        List<URL> urls = new ArrayList<>();
        try {
            for (String element : project.getRuntimeClasspathElements()) {
                urls.add(new File(element).toURI().toURL());
            }
            Set<String> present = project.getArtifacts().stream()
                    .map(a -> a.getGroupId() + ":" + a.getArtifactId()).collect(Collectors.toSet());
            boolean hasLogging = present.stream().anyMatch(LOGGING_PROVIDERS::contains);
            for (Artifact artifact : pluginArtifacts) {
                String key = artifact.getGroupId() + ":" + artifact.getArtifactId();
                boolean logging = LOGGING_PROVIDERS.contains(key);
                if (!present.contains(key) && !(logging && hasLogging) && artifact.getFile() != null
                        && !key.equals("dev.tortoise:tortoise-maven-plugin")) {
                    urls.add(artifact.getFile().toURI().toURL());
                }
            }
        } catch (DependencyResolutionRequiredException | MalformedURLException e) {
            throw new MojoExecutionException("Cannot build the class path of " + project.getId() + ": " + e.getMessage(), e);
        }
        return urls;
    }
}
