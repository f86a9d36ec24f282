package dev.tortoise.firsthour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tortoise.Tortoise;
import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.exceptions.DoesNotExistException;
import dev.tortoise.exceptions.MultipleObjectsReturnedException;
import dev.tortoise.firsthour.models.Author;
import dev.tortoise.firsthour.models.Post;
import dev.tortoise.testing.TestDatabase;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a new user sees of a model instance: how it prints, how it compares, and the messages for a
 * missing row and for a closed instance. A fresh SQLite database per test.
 */
class ModelBasicsTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.sqlite();

    private Tortoise open() {
        Tortoise tortoise = db.tortoise(ForeignKeyRelationSuite.MODELS);
        tortoise.generateSchemas();
        return tortoise;
    }

    @Test
    void toStringShowsKeyAndDataFieldsButNoRelationsAndNoSecrets() {
        open();
        Author ann = Author.objects.create(a -> {
            a.name = "Ann";
            a.password = "hunter2";
            a.apiToken = "tok-123";
        });
        assertEquals("Author{id=" + ann.id + ", name=Ann}", ann.toString());
        Post post = Post.objects.create(p -> {
            p.title = "A title that is much longer than forty characters, cut";
            p.author.set(ann);
            p.editor = ann;
        });
        assertEquals("Post{id=" + post.id + ", title=A title that is much longer than forty c...}", post.toString());
        Post unsaved = new Post();
        unsaved.title = "Draft";
        assertEquals("Post{id=null, title=Draft}", unsaved.toString());
    }

    @Test
    void instancesAreEqualByClassAndPrimaryKeyAndUnsavedOnesByIdentity() {
        open();
        Author ann = Author.named("Ann");
        Author again = Author.objects.get("id", ann.id);
        Author bob = Author.named("Bob");
        assertEquals(ann, again);
        assertEquals(ann.hashCode(), again.hashCode());
        assertNotEquals(ann, bob);
        assertEquals(1, new HashSet<>(List.of(ann, again)).size());

        Post samePk = new Post();
        samePk.id = ann.id;
        assertNotEquals(ann, (Object) samePk, "another class with the same key");

        Author draft = new Author();
        Author otherDraft = new Author();
        assertEquals(draft, draft);
        assertNotEquals(draft, otherDraft);
        assertEquals(2, Set.of(draft, otherDraft).size());
    }

    @Test
    void aMissingRowNamesTheModelAndTheLookup() {
        open();
        DoesNotExistException e = assertThrows(DoesNotExistException.class, () -> Post.objects.get("id", 42));
        assertEquals("Post matching id=42 does not exist", e.getMessage());
        DoesNotExistException both = assertThrows(DoesNotExistException.class,
                () -> Post.objects.filter("title__icontains", "x").filter("id__in", List.of(1, 2)).get());
        assertEquals("Post matching title__icontains=x AND id__in=[1, 2] does not exist", both.getMessage());
        DoesNotExistException secret = assertThrows(DoesNotExistException.class,
                () -> Author.objects.get("password", "hunter2"));
        assertEquals("Author matching password=*** does not exist", secret.getMessage());
        Author.named("Ann");
        Author.named("Ann");
        MultipleObjectsReturnedException many = assertThrows(MultipleObjectsReturnedException.class,
                () -> Author.objects.get("name", "Ann"));
        assertEquals("Multiple objects returned for \"Author\" matching name=Ann, expected exactly one",
                many.getMessage());
    }

    @Test
    void usingModelsAfterCloseSaysTheInstanceWasClosedAndWhen() {
        Tortoise tortoise = open();
        tortoise.close();
        ConfigurationException query = assertThrows(ConfigurationException.class, () -> Post.objects.count());
        assertTrue(Pattern.matches("Model dev\\.tortoise\\.firsthour\\.models\\.Post belonged to a Tortoise instance"
                + " \\(connections \\[default]\\) that was closed at \\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z; queries need an"
                + " open instance: keep it open while you use its models, or call Tortoise\\.init again",
                query.getMessage()), query.getMessage());
        ConfigurationException method = assertThrows(ConfigurationException.class,
                () -> tortoise.connection("default"));
        assertTrue(Pattern.matches("This Tortoise instance was closed at \\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z: init a new"
                + " one to use connections \\[default] again", method.getMessage()), method.getMessage());
    }

    @Test
    void aForeignKeyRelationFieldWithoutItsAnnotationFailsInit() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> Tortoise.init(db.url(), java.util.Map.of("models", List.of("dev.tortoise.firsthour.loose"))));
        assertEquals("Unannotated.parent: a ForeignKeyRelation field needs @ForeignKeyField or @OneToOneField"
                + " naming its target, such as @ForeignKeyField(\"models.Author\")", e.getMessage());
    }
}
