package dev.tortoise.testmodels.crossapp;

import dev.tortoise.Model;
import dev.tortoise.fields.ForeignKeyField;

/** App "two", referring to app "one". */
public final class Pets {
    private Pets() {
    }

    public static class Pet extends Model {
        @ForeignKeyField("one.Owner")
        public Owners.Owner owner;
    }
}
