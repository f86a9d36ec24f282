package dev.tortoise.testmodels.crossapp;

import dev.tortoise.Model;
import dev.tortoise.fields.CharField;

/** App "one". */
public final class Owners {
    private Owners() {
    }

    public static class Owner extends Model {
        @CharField(maxLength = 20)
        public String name;
    }
}
