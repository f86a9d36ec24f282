package dev.tortoise.firsthour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tortoise.Tortoise;
import dev.tortoise.exceptions.DoesNotExistException;
import dev.tortoise.firsthour.models.Author;
import dev.tortoise.firsthour.models.Post;
import dev.tortoise.firsthour.models.Profile;
import dev.tortoise.junit.SqlCapture;
import dev.tortoise.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Foreign keys held as {@code ForeignKeyRelation<T>}: {@code get()} loads once, with one query, in
 * the caller's transaction; {@code id()} never queries; what {@code selectRelated},
 * {@code prefetchRelated} and {@code fetchRelated} loaded needs no query; the plain-typed form
 * keeps its key-only reference and says so. Every count is of statements this thread sent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ForeignKeyRelationSuite {
    static final Map<String, List<String>> MODELS = Map.of("models", List.of("dev.tortoise.firsthour.models"));

    protected Tortoise tortoise;

    /** The database of the concrete test class, registered there with {@code @RegisterExtension}. */
    protected abstract TestDatabase database();

    @BeforeAll
    void openTortoise() {
        tortoise = database().tortoise(MODELS);
        tortoise.generateSchemas();
    }

    @BeforeEach
    void deleteAllRows() {
        Profile.objects.all().delete();
        Post.objects.all().delete();
        Author.objects.all().delete();
    }

    private static Post post(String title, Author author) {
        return Post.objects.create(p -> {
            p.title = title;
            p.author.set(author);
        });
    }

    @Test
    void getLoadsTheAuthorOnceWithOneQueryAndIdNeedsNone() {
        Author ann = Author.named("Ann");
        int id = post("Hello", ann).id;
        Post post = Post.objects.get("id", id);
        assertFalse(post.author.isFetched());
        try (SqlCapture sql = SqlCapture.start()) {
            assertEquals(ann.id, post.author.id());
            assertEquals(0, sql.count(), sql.toString());
            Author loaded = post.author.get();
            assertEquals("Ann", loaded.name);
            assertEquals(1, sql.count(), sql.toString());
            assertSame(loaded, post.author.get());
            assertEquals(1, sql.count(), "a second get() queried: " + sql);
        }
        assertTrue(post.author.isFetched());
        assertTrue(post.author.get().isFetched());
    }

    @Test
    void selectRelatedPrefetchRelatedAndFetchRelatedLeaveNothingToLoad() {
        Author ann = Author.named("Ann");
        post("One", ann);
        post("Two", ann);
        try (SqlCapture sql = SqlCapture.start()) {
            List<Post> joined = Post.objects.all().selectRelated("author").list();
            joined.forEach(p -> assertEquals("Ann", p.author.get().name));
            assertEquals(1, sql.count(), sql.toString());
        }
        try (SqlCapture sql = SqlCapture.start()) {
            List<Post> prefetched = Post.objects.all().prefetchRelated("author").list();
            prefetched.forEach(p -> assertEquals("Ann", p.author.get().name));
            assertEquals(2, sql.count(), sql.toString());
        }
        Post one = Post.objects.get("title", "One");
        try (SqlCapture sql = SqlCapture.start()) {
            one.fetchRelated("author");
            assertEquals("Ann", one.author.get().name);
            assertEquals(1, sql.count(), sql.toString());
        }
    }

    @Test
    void withoutSelectRelatedEachPostLoadsItsAuthorOnItsOwn() {
        post("One", Author.named("Ann"));
        post("Two", Author.named("Bob"));
        post("Three", Author.named("Cy"));
        try (SqlCapture sql = SqlCapture.start()) {
            Post.objects.all().list().forEach(p -> p.author.get());
            assertEquals(1 + 3, sql.count(), "the N+1 pattern the README warns about: " + sql);
        }
    }

    @Test
    void getRunsInTheCallersTransaction() {
        String name = tortoise.inTransaction(() -> {
            Author ann = Author.named("Ann in a transaction");
            int id = post("Hello", ann).id;
            Post fresh = Post.objects.get("id", id);
            // The author row is not committed yet: only the transaction's own connection sees it.
            return fresh.author.get().name;
        });
        assertEquals("Ann in a transaction", name);
    }

    @Test
    void setChangesTheKeyThatSaveStores() {
        Author ann = Author.named("Ann");
        Author bob = Author.named("Bob");
        Post post = post("Hello", ann);
        post.author.set(bob);
        assertEquals(bob.id, post.author.id());
        post.save();
        assertEquals(bob.id, Post.objects.get("id", post.id).author.id());
        assertEquals(1, Post.objects.filter("author", post.author).count());
        assertEquals(1, Post.objects.filter("author__name", "Bob").count());
    }

    @Test
    void aKeyWhoseRowIsGoneFailsWithTheRelationAndTheKey() {
        Author ann = Author.named("Ann");
        Author gone = Author.named("Gone");
        Post post = Post.objects.create(p -> {
            p.title = "Hello";
            p.author.set(ann);
            p.reviewer.set(gone);
        });
        Author.objects.filter("id", gone.id).delete();
        Post fresh = Post.objects.get("id", post.id);
        DoesNotExistException e = assertThrows(DoesNotExistException.class, fresh.reviewer::get);
        assertEquals("Post.reviewer refers to a row that is gone: Author matching id=" + gone.id
                + " does not exist", e.getMessage());
    }

    @Test
    void anEmptyRelationGetsNullWithoutAQuery() {
        Post post = post("Hello", Author.named("Ann"));
        Post fresh = Post.objects.get("id", post.id);
        try (SqlCapture sql = SqlCapture.start()) {
            assertNull(fresh.reviewer.get());
            assertNull(fresh.reviewer.id());
            assertTrue(fresh.reviewer.isFetched());
            assertEquals(0, sql.count(), sql.toString());
        }
    }

    @Test
    void thePlainTypedFormHoldsAReferenceThatSaysItWasNotFetched() {
        Author ed = Author.named("Ed");
        Post post = Post.objects.create(p -> {
            p.title = "Hello";
            p.author.set(ed);
            p.editor = ed;
        });
        Post fresh = Post.objects.get("id", post.id);
        assertFalse(fresh.editor.isFetched());
        assertNull(fresh.editor.name);
        assertEquals("Author{id=" + ed.id + ", not fetched}", fresh.editor.toString());
        fresh.fetchRelated("editor");
        assertTrue(fresh.editor.isFetched());
        assertEquals("Ed", fresh.editor.name);
    }

    @Test
    void aOneToOneHeldInARelationLoadsLikeAForeignKey() {
        Author ann = Author.named("Ann");
        Profile profile = Profile.objects.create(p -> p.author.set(ann));
        Profile fresh = Profile.objects.get("id", profile.id);
        try (SqlCapture sql = SqlCapture.start()) {
            assertEquals(ann.id, fresh.author.id());
            assertEquals("Ann", fresh.author.get().name);
            assertEquals(1, sql.count(), sql.toString());
        }
        try (SqlCapture sql = SqlCapture.start()) {
            Profile joined = Profile.objects.all().selectRelated("author").first().orElseThrow();
            assertEquals("Ann", joined.author.get().name);
            assertEquals(1, sql.count(), sql.toString());
        }
    }

    @Test
    void theHolderPrintsItsRelationAndWhatItHolds() {
        Author ann = Author.named("Ann");
        Post post = post("Hello", ann);
        Post fresh = Post.objects.get("id", post.id);
        assertEquals("ForeignKeyRelation[Post.author -> Author{id=" + ann.id + ", not fetched}]",
                fresh.author.toString());
        fresh.author.get();
        assertEquals("ForeignKeyRelation[Post.author -> Author{id=" + ann.id + ", name=Ann}]",
                fresh.author.toString());
    }
}
