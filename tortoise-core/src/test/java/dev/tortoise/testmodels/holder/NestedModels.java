package dev.tortoise.testmodels.holder;

import dev.tortoise.Model;

/** A holder class: its nested static model classes are the module's models, by simple name. */
public final class NestedModels {
    private NestedModels() {
    }

    public static class Beta extends Model {
    }

    public static class Alpha extends Model {
    }

    public abstract static class Skipped extends Model {
    }

    /** Not a model. */
    public static class Plain {
    }
}
