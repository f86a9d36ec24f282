package dev.tortoise.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each goal's parameters as the {@code tortoise} command line they make; the run itself is the
 * integration test's ({@code src/it}).
 */
class GoalArgumentsTest {

    @TempDir
    Path basedir;

    @Test
    void makemigrationsPassesEveryOption() {
        MakeMigrationsMojo mojo = new MakeMigrationsMojo();
        mojo.name = "post_summary";
        mojo.renameFields = List.of("blog.Post:title:headline");
        mojo.renameModels = List.of("blog.Note:blog.Memo");
        mojo.apps = List.of("blog");
        assertEquals(List.of("makemigrations", "--name", "post_summary", "--rename-field", "blog.Post:title:headline",
                "--rename-model", "blog.Note:blog.Memo", "blog"), mojo.command());
        MakeMigrationsMojo empty = new MakeMigrationsMojo();
        empty.empty = true;
        empty.apps = List.of("blog");
        assertEquals(List.of("makemigrations", "--empty", "blog"), empty.command());
    }

    @Test
    void appAndTargetArePositional() throws MojoFailureException {
        MigrateMojo migrate = new MigrateMojo();
        assertEquals(List.of("migrate"), migrate.command());
        migrate.app = "blog";
        migrate.target = "0001_initial";
        assertEquals(List.of("migrate", "blog", "0001_initial"), migrate.command());
        MigrateMojo targetAlone = new MigrateMojo();
        targetAlone.target = "0001_initial";
        assertTrue(assertThrows(MojoFailureException.class, targetAlone::command).getMessage().contains("-Dtortoise.app"));

        DowngradeMojo downgrade = new DowngradeMojo();
        downgrade.app = "blog";
        assertEquals(List.of("downgrade", "blog"), downgrade.command());
        HistoryMojo history = new HistoryMojo();
        history.app = "blog";
        assertEquals(List.of("history", "blog"), history.command());
        SqlMigrateMojo sql = new SqlMigrateMojo();
        sql.app = "blog";
        sql.name = "0001_initial";
        sql.backwards = true;
        assertEquals(List.of("sqlmigrate", "blog", "0001_initial", "--backwards"), sql.command());
        SchemaSqlMojo schema = new SchemaSqlMojo();
        schema.safe = true;
        assertEquals(List.of("schema-sql", "--safe"), schema.command());
        assertEquals(List.of("describe"), new DescribeMojo().command());
    }

    @Test
    void theConfigFileIsLookedForInTheProjectFolder() throws Exception {
        HistoryMojo mojo = mojo();
        MojoFailureException none = assertThrows(MojoFailureException.class, mojo::globalOptions);
        assertTrue(none.getMessage().contains("put a tortoise.json or tortoise.yaml in " + basedir), none.getMessage());

        Files.writeString(basedir.resolve("tortoise.yaml"), "connections: {}\n");
        assertEquals(List.of("--src", mojo.src.getAbsolutePath(), "--config-file", basedir.resolve("tortoise.yaml").toString()),
                mojo.globalOptions());

        mojo.config = "com.example.Settings#TORTOISE_ORM";
        assertEquals(List.of("--src", mojo.src.getAbsolutePath(), "--config", "com.example.Settings#TORTOISE_ORM"),
                mojo.globalOptions());
    }

    private HistoryMojo mojo() {
        HistoryMojo mojo = new HistoryMojo();
        mojo.project = new MavenProject();
        mojo.project.setFile(basedir.resolve("pom.xml").toFile());
        mojo.src = new File(basedir.toFile(), "src/main/java");
        return mojo;
    }
}
