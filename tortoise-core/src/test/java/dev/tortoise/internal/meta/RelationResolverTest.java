package dev.tortoise.internal.meta;

import dev.tortoise.spi.FieldKind;
import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.fields.OnDelete;
import dev.tortoise.testmodels.crossapp.Pets;
import dev.tortoise.testmodels.naming.Naming;
import java.util.Map;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Naming rules and relation resolution (TORTOISE-SPEC §3.2, §4; API.md "Models"). */
class RelationResolverTest {
    private static final String NAMING = "dev.tortoise.testmodels.naming.Naming";

    private static ModelRegistry naming(Function<Class<?>, String> generator) {
        return ModelRegistry.build(List.of(new AppSpec("naming", List.of(NAMING), "default")), generator);
    }

    private static List<String> columns(ModelMeta meta) {
        return meta.fields().stream().map(FieldMeta::column).toList();
    }

    @Test
    void tableIsLowercasedSimpleNameOrMetaTable() {
        ModelRegistry registry = naming(null);
        assertEquals("teamaddress", registry.meta(Naming.TeamAddress.class).table());
        assertEquals("sometable", registry.meta(Naming.Team.class).table());
    }

    @Test
    void tableNameGeneratorAppliesWhereMetaTableIsAbsent() {
        ModelRegistry registry = naming(c -> "t_" + c.getSimpleName().toLowerCase());
        assertEquals("t_teamaddress", registry.meta(Naming.TeamAddress.class).table());
        assertEquals("sometable", registry.meta(Naming.Team.class).table());
        // Default related names derive from the generated table name.
        assertEquals("t_teamaddresss", registry.meta(Naming.TeamAddress.class).foreignKey("homeTeam").relatedName());
    }

    @Test
    void columnsAreSnakeCaseWithSourceAndKeyFieldsLastInNameOrder() {
        ModelMeta address = naming(null).meta(Naming.TeamAddress.class);
        // automatic id first; key fields after data fields, foreign keys resolved by name (awayTeam, byCode, homeTeam)
        assertEquals(List.of("id", "street_name", "zip_code_col", "fk_team", "by_code_id", "home_team_id"),
                columns(address));
        assertEquals(List.of("id", "streetName", "zip", "homeTeam", "awayTeam", "byCode", "awayTeam_id",
                "byCode_id", "homeTeam_id"), address.names());
        // fk_fields stay in declaration order
        assertEquals(List.of("homeTeam", "awayTeam", "byCode"),
                address.foreignKeys().stream().map(ForeignKeyMeta::name).toList());
    }

    @Test
    void automaticIdIsAGeneratedIntPrimaryKey() {
        FieldMeta id = naming(null).meta(Naming.TeamAddress.class).pk();
        assertEquals("id", id.name());
        assertEquals(FieldKind.INT, id.kind());
        assertTrue(id.generated() && id.pk() && id.unique() && id.indexed());
        assertNull(id.javaField());
    }

    @Test
    void foreignKeyResolution() {
        ModelRegistry registry = naming(null);
        ModelMeta address = registry.meta(Naming.TeamAddress.class);
        ModelMeta team = registry.meta(Naming.Team.class);

        ForeignKeyMeta home = address.foreignKey("homeTeam");
        assertSame(team, home.target());
        assertSame(team.pk(), home.targetField());
        assertEquals("teamaddresss", home.relatedName());
        assertEquals(OnDelete.CASCADE, home.onDelete());
        assertSame(home, address.field("homeTeam_id").keyOf());
        assertFalse(home.keyField().nullable());

        ForeignKeyMeta away = address.foreignKey("awayTeam");
        assertNull(away.relatedName());
        assertNull(away.backward());
        assertEquals("fk_team", away.keyField().column());

        ForeignKeyMeta byCode = address.foreignKey("byCode");
        assertSame(team.field("code"), byCode.targetField());
        FieldMeta key = byCode.keyField();
        assertEquals(FieldKind.CHAR, key.kind());
        assertEquals(20, key.maxLength());
        assertEquals(String.class, key.javaType());
        assertTrue(key.nullable());
        assertFalse(key.unique());
        assertEquals("by code", key.description());
        assertEquals(OnDelete.SET_NULL, byCode.onDelete());

        // backward relations on the target in resolution order (byCode before homeTeam); the declared holder is bound
        assertEquals(List.of("addressesByCode", "teamaddresss"),
                team.backwardForeignKeys().stream().map(BackwardRelationMeta::name).toList());
        BackwardRelationMeta reverse = team.backward("addressesByCode");
        assertSame(byCode, reverse.relation());
        assertSame(address, reverse.sourceModel());
        assertEquals("addressesByCode", reverse.javaField().getName());
        assertNull(team.backward("teamaddresss").javaField());
    }

    @Test
    void selfReferencingManyToManyUsesRelKey() {
        ModelMeta person = naming(null).meta(Naming.Person.class);
        ManyToManyMeta friends = person.manyToMany("friends");
        assertEquals("person_id", friends.forwardKey());
        assertEquals("person_rel_id", friends.backwardKey());
        assertEquals("person_person", friends.through());
        assertEquals("friendOf", friends.relatedName());
        assertFalse(friends.generated());

        ManyToManyMeta friendOf = person.manyToMany("friendOf");
        assertTrue(friendOf.generated());
        assertEquals("person_rel_id", friendOf.forwardKey());
        assertEquals("person_id", friendOf.backwardKey());
        assertEquals("person_person", friendOf.through());
        assertEquals("friends", friendOf.relatedName());
        assertSame(friends, friendOf.reverse());
        assertEquals("friendOf", friendOf.javaField().getName());
        assertEquals(List.of("friends", "friendOf"), person.manyToMany().stream().map(ManyToManyMeta::name).toList());
    }

    @Test
    void manyToManyNamesFollowTablesAndTheReferencedClassName() {
        ModelRegistry registry = Registries.build("models", "dev.tortoise.testmodels.library");
        ManyToManyMeta tags = registry.meta("models.Book").manyToMany("tags");
        assertEquals("book_tag", tags.through());
        assertEquals("tag_id", tags.forwardKey());
        assertEquals("book_id", tags.backwardKey());
        assertTrue(tags.createUniqueIndex());
        assertTrue(tags.dbConstraint());
        assertSame(registry.meta("models.Tag"), tags.target());
        ManyToManyMeta books = registry.meta("models.Tag").manyToMany("books");
        assertTrue(books.generated());
        assertEquals("tag_id", books.backwardKey());
        assertEquals("book_id", books.forwardKey());
    }

    @Test
    void oneToOneAsPrimaryKey() {
        ModelRegistry registry = naming(null);
        ModelMeta profile = registry.meta(Naming.Profile.class);
        FieldMeta pk = profile.pk();
        assertEquals("person_id", pk.name());
        assertEquals("person_id", pk.column());
        assertTrue(pk.pk() && pk.unique() && pk.isKeyField());
        assertFalse(pk.generated());
        assertEquals(List.of("bio", "person_id"), columns(profile));
        ForeignKeyMeta person = profile.foreignKey("person");
        assertTrue(person.oneToOne() && person.unique() && person.pk());
        BackwardRelationMeta back = registry.meta(Naming.Person.class).backward("profile");
        assertTrue(back.oneToOne() && back.nullable());
        assertEquals("profile", back.javaField().getName());
        assertEquals(List.of(back), registry.meta(Naming.Person.class).backwardOneToOnes());
    }

    @Test
    void inheritedFieldsComeFirst() {
        ModelMeta article = naming(null).meta(Naming.Article.class);
        assertEquals(List.of("created_at", "article_id", "title"), columns(article));
        assertEquals("article_id", article.pk().column());
        assertTrue(article.pk().generated());
    }

    @Test
    void crossAppReferencesResolveOnOneConnection() {
        ModelRegistry registry = ModelRegistry.build(List.of(
                new AppSpec("one", List.of("dev.tortoise.testmodels.crossapp.Owners"), "default"),
                new AppSpec("two", List.of("dev.tortoise.testmodels.crossapp.Pets"), "default")), null);
        ForeignKeyMeta owner = registry.meta(Pets.Pet.class).foreignKey("owner");
        assertEquals("one.Owner", owner.target().fullName());
        assertEquals("pets", owner.relatedName());
        assertEquals(List.of("one.Owner", "two.Pet"), registry.models().stream().map(ModelMeta::fullName).toList());
        assertEquals(2, registry.modelsOf("default").size());
    }

    @Test
    void relationAcrossConnectionsIsRejected() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> ModelRegistry.build(List.of(
                new AppSpec("one", List.of("dev.tortoise.testmodels.crossapp.Owners"), "first"),
                new AppSpec("two", List.of("dev.tortoise.testmodels.crossapp.Pets"), "second")), null));
        assertEquals("Pet.owner: relation from two.Pet (connection \"second\") to one.Owner (connection \"first\")"
                + " crosses connections; related models must share one connection", e.getMessage());
    }

    @Test
    void unknownNamesInRegistryLookups() {
        ModelRegistry registry = naming(null);
        assertEquals("No model with name 'Nope' registered in app 'naming'.",
                assertThrows(ConfigurationException.class, () -> registry.meta("naming.Nope")).getMessage());
        assertTrue(assertThrows(ConfigurationException.class, () -> registry.app("x")).getMessage()
                .startsWith("No app with name 'x' registered."));
        assertTrue(assertThrows(ConfigurationException.class, () -> registry.meta(String.class)).getMessage()
                .contains("java.lang.String is not registered"));
    }

    @Test
    void uniqueTogetherAndIndexesResolveToColumns() {
        ModelMeta book = Registries.build("models", "dev.tortoise.testmodels.library").meta("models.Book");
        assertEquals(List.of("title", "author_id"), book.columnsOf("unique_together", book.uniqueTogether().getFirst()));
        assertEquals("'Book.unique_together' has no 'nope' field.",
                assertThrows(ConfigurationException.class, () -> book.columnsOf("unique_together", List.of("nope")))
                        .getMessage().substring(0, "'Book.unique_together' has no 'nope' field.".length()));
        assertEquals("'Book.indexes' 'tags' field refers to ManyToMany field.",
                assertThrows(ConfigurationException.class, () -> book.columnsOf("indexes", List.of("tags")))
                        .getMessage());
        assertSame(book.field("author_id"), book.fieldByColumn("author_id"));
        assertSame(book.pk(), book.field("pk"));
    }

    @Test
    void snakeCaseColumnNames() {
        assertEquals("created_at", ColumnNames.snakeCase("createdAt"));
        assertEquals("http_code", ColumnNames.snakeCase("HTTPCode"));
        assertEquals("parse_html_body", ColumnNames.snakeCase("parseHTMLBody"));
        assertEquals("already_snake", ColumnNames.snakeCase("already_snake"));
        assertEquals("name", ColumnNames.snakeCase("name"));
        assertEquals("version2_code", ColumnNames.snakeCase("version2Code"));
    }

    @Test
    void resolutionIsDeterministic() {
        ModelRegistry first = naming(null);
        ModelRegistry second = naming(null);
        assertEquals(ModelDescriber.describe(first, Map.of()), ModelDescriber.describe(second, Map.of()));
    }
}
