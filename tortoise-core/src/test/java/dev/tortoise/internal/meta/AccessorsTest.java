package dev.tortoise.internal.meta;

import dev.tortoise.internal.runtime.OpenModels;
import dev.tortoise.Model;
import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.exceptions.ValidationException;
import dev.tortoise.testmodels.library.Author;
import dev.tortoise.testmodels.library.Book;
import dev.tortoise.testmodels.library.Tag;
import dev.tortoise.testmodels.naming.Naming;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Accessors prepared at init, key-only references, relation holders and the instance state. */
class AccessorsTest {
    private final ModelRegistry library = Registries.build("models", "dev.tortoise.testmodels.library");
    private final ModelRegistry naming = Registries.build("naming", "dev.tortoise.testmodels.naming.Naming");

    @Test
    void holdersAreNeverNullEvenWithoutInit() {
        Author author = new Author();
        Book book = new Book();
        Tag tag = new Tag();
        Naming.Person person = new Naming.Person();
        assertNotNull(author.books);
        assertNotNull(book.tags);
        assertNotNull(tag.books);
        assertNotNull(person.friends);
        assertNotNull(person.friendOf);
        assertNotSame(new Author().books, author.books);
        assertNull(person.profile);
    }

    private static void assertNotSame(Object a, Object b) {
        assertFalse(a == b, "each instance gets its own holder");
    }

    @Test
    void holdersDelegateToTheInstalledRelationAccess() {
        RelationAccess previous = RelationAccessHolder.access;
        List<String> calls = new ArrayList<>();
        try {
            RelationAccess.install(null);
            Author author = new Author();
            ConfigurationException e = assertThrows(ConfigurationException.class, () -> author.books.list());
            assertTrue(e.getMessage().startsWith("Relation queries are not available"), e.getMessage());

            RelationAccess.install(new RecordingAccess(calls));
            Book book = new Book();
            Tag tag = new Tag();
            book.tags.add(tag);
            book.tags.remove(tag);
            book.tags.clear();
            assertEquals(7, author.books.count());
            assertEquals(List.of(), author.books.list());
            assertEquals(List.of("add Book.tags 1", "remove Book.tags 1", "clear Book.tags", "count Author.books",
                    "list Author.books"), calls);
        } finally {
            RelationAccess.install(previous);
        }
    }

    @Test
    void dataAccessorsReadAndWrite() {
        ModelMeta settings = naming.meta(Naming.Settings.class);
        Naming.Settings s = new Naming.Settings();
        FieldMeta retries = settings.field("retries");
        assertEquals(3, retries.get(s));
        retries.set(s, 9);
        assertEquals(9, s.retries);
        FieldMeta active = settings.field("active");
        assertEquals(true, active.get(s));
        active.set(s, false);
        assertFalse(s.active);
        ValidationException nullIntoPrimitive = assertThrows(ValidationException.class, () -> active.set(s, null));
        assertEquals("Settings.active is non nullable field, but null was passed", nullIntoPrimitive.getMessage());
        ValidationException wrongType = assertThrows(ValidationException.class, () -> retries.set(s, "x"));
        assertTrue(wrongType.getMessage().contains("Settings.retries"), wrongType.getMessage());
    }

    @Test
    void defaultsComeFromJavaInitializers() {
        ModelMeta settings = naming.meta(Naming.Settings.class);
        assertEquals(3, settings.field("retries").defaultValue());
        assertEquals("fast", settings.field("mode").defaultValue());
        assertEquals(Naming.Color.GREEN, settings.field("color").defaultValue());
        assertNull(settings.field("priority").defaultValue());
        assertTrue(settings.pk().randomUuidDefault());
        assertEquals(5, settings.field("color").maxLength());
    }

    @Test
    void automaticIdLivesInTheInstanceState() {
        FieldMeta id = library.meta(Author.class).pk();
        Author author = new Author();
        assertNull(id.get(author));
        id.set(author, 42L);
        assertEquals(42, id.get(author));
        assertThrows(ValidationException.class, () -> id.set(author, 1L << 40));
    }

    @Test
    void keyFieldInstallsAKeyOnlyReference() {
        ModelMeta bookMeta = library.meta(Book.class);
        FieldMeta authorId = bookMeta.field("author_id");
        Book book = new Book();
        assertNull(authorId.get(book));

        authorId.set(book, 7);
        Author reference = book.author;
        assertNotNull(reference);
        assertEquals(7, library.meta(Author.class).pk().get(reference));
        assertTrue(InstanceState.of(reference).referenceOnly());
        assertTrue(InstanceState.of(reference).persisted());
        assertEquals(7, authorId.get(book));

        authorId.set(book, 7);
        assertSame(reference, book.author, "the same key keeps the held instance");
        authorId.set(book, 8);
        assertEquals(8, authorId.get(book));
        authorId.set(book, null);
        assertNull(book.author);

        Author loaded = new Author();
        library.meta(Author.class).pk().set(loaded, 3);
        bookMeta.foreignKey("author").set(book, loaded);
        assertEquals(3, authorId.get(book));
        assertFalse(InstanceState.of(loaded).referenceOnly());
    }

    @Test
    void keyFieldWithToFieldAndOneToOnePrimaryKey() {
        Naming.TeamAddress address = new Naming.TeamAddress();
        naming.meta(Naming.TeamAddress.class).field("byCode_id").set(address, "ABC");
        assertEquals("ABC", address.byCode.code);

        Naming.Profile profile = new Naming.Profile();
        FieldMeta pk = naming.meta(Naming.Profile.class).pk();
        pk.set(profile, 5);
        assertInstanceOf(Naming.Person.class, profile.person);
        assertEquals(5, pk.get(profile));
    }

    @Test
    void modelPkNeedsAnOpenInstanceAndAModelBelongsToOne() {
        Author author = new Author();
        ConfigurationException unbound = assertThrows(ConfigurationException.class, author::pk);
        assertTrue(unbound.getMessage().contains("is not part of an open Tortoise instance"), unbound.getMessage());

        OpenModels.bind(library, null);
        try {
            library.meta(Author.class).pk().set(author, 11);
            assertEquals(11, author.pk());
            ModelRegistry other = Registries.build("models", "dev.tortoise.testmodels.library");
            ConfigurationException taken = assertThrows(ConfigurationException.class, () -> OpenModels.bind(other, null));
            assertTrue(taken.getMessage().contains("already belongs to another open Tortoise instance"),
                    taken.getMessage());
            assertSame(library.meta(Book.class), OpenModels.find(Book.class));
        } finally {
            OpenModels.unbind(library, java.util.Set.of());
        }
        assertNull(OpenModels.find(Author.class));
    }

    @Test
    void newInstanceRunsTheConstructor() {
        Model fresh = naming.meta(Naming.Settings.class).newInstance();
        assertEquals(3, ((Naming.Settings) fresh).retries);
        assertFalse(InstanceState.of(fresh).persisted());
    }

    private record RecordingAccess(List<String> calls) implements RelationAccess {
        private String name(Model owner, String relation) {
            return owner.getClass().getSimpleName() + "." + relation;
        }

        @Override
        public List<Model> list(Model owner, String relation) {
            calls.add("list " + name(owner, relation));
            return List.of();
        }

        @Override
        public long count(Model owner, String relation) {
            calls.add("count " + name(owner, relation));
            return 7;
        }

        @Override
        public void add(Model owner, String relation, Model[] others) {
            calls.add("add " + name(owner, relation) + " " + others.length);
        }

        @Override
        public void remove(Model owner, String relation, Model[] others) {
            calls.add("remove " + name(owner, relation) + " " + others.length);
        }

        @Override
        public void clear(Model owner, String relation) {
            calls.add("clear " + name(owner, relation));
        }

        @Override
        public Model load(Model owner, String relation, Model reference) {
            calls.add("load " + name(owner, relation));
            return reference;
        }

        @Override
        public Object key(Model owner, String relation) {
            calls.add("key " + name(owner, relation));
            return null;
        }
    }
}
