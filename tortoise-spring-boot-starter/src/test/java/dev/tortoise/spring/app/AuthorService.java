package dev.tortoise.spring.app;

import dev.tortoise.Manager;
import dev.tortoise.Tortoise;
import dev.tortoise.testmodels.library.Author;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A service as an application writes one: Spring's @Transactional around Tortoise calls. */
@Service
public class AuthorService {

    /** Thrown on purpose after the writes, to roll the Spring transaction back. */
    public static final class Failure extends RuntimeException {
        public Failure() {
            super("failing on purpose");
        }
    }

    private static final Manager<Author> AUTHORS = Manager.of(Author.class);

    private final Tortoise tortoise;

    public AuthorService(Tortoise tortoise) {
        this.tortoise = tortoise;
    }

    @Transactional
    public void create(String... names) {
        for (String name : names) {
            AUTHORS.create(a -> a.name = name);
        }
    }

    @Transactional
    public void createThenFail(String... names) {
        create(names);
        throw new Failure();
    }

    /** Tortoise's own transaction inside Spring's: it joins, so Spring's rollback takes it too. */
    @Transactional
    public void createInTortoiseTransactionThenFail(String name) {
        tortoise.inTransaction(() -> AUTHORS.create(a -> a.name = name));
        throw new Failure();
    }

    /** A Tortoise block that fails inside Spring's transaction undoes only its own writes. */
    @Transactional
    public void createWithFailingInnerBlock(String kept, String undone) {
        AUTHORS.create(a -> a.name = kept);
        try {
            tortoise.inTransaction(() -> {
                AUTHORS.create(a -> a.name = undone);
                throw new Failure();
            });
        } catch (Failure expected) {
            // the savepoint was rolled back; the Spring transaction goes on
        }
    }

    public long count(String name) {
        return AUTHORS.filter("name", name).count();
    }
}
