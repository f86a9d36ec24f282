package dev.tortoise.bench.cold;

import dev.tortoise.bench.hibernate.HibernateContender;

/**
 * A whole process with Hibernate ORM 7: bootstrap with {@code create-only} schema tooling over the
 * shape's N entities, close, exit.
 */
public final class HibernateColdStart {

    private HibernateColdStart() {
    }

    /** Entry point: {@code <backend> <n> <file or database>}. */
    public static void main(String[] args) {
        ColdStartArgs a = ColdStartArgs.parse("HibernateColdStart", args);
        HibernateContender.bootstrap(a.database(), a.n(), true).close();
    }
}
