package dev.tortoise.testmodels.schema;

import dev.tortoise.Model;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.ForeignKeyField;
import dev.tortoise.fields.ManyToManyField;
import dev.tortoise.fields.ManyToManyRelation;
import dev.tortoise.fields.OnDelete;

/**
 * A cycle of foreign keys (API.md decision 6): Alpha → Beta → Gamma → Alpha, plus Alpha's self
 * reference and a many-to-many, and Delta outside the cycle but waiting for it.
 */
public final class Cycle {
    private Cycle() {
    }

    public static class Alpha extends Model {
        @CharField(maxLength = 20)
        public String name;
        @ForeignKeyField(value = "models.Beta", relatedName = "alphas")
        public Beta beta;
        @ForeignKeyField(value = "models.Alpha", relatedName = "children", nullable = true, onDelete = OnDelete.SET_NULL)
        public Alpha parent;
        @ManyToManyField(value = "models.Delta", relatedName = "alphas")
        public ManyToManyRelation<Delta> deltas;
    }

    public static class Beta extends Model {
        @ForeignKeyField(value = "models.Gamma", relatedName = "betas", nullable = true, onDelete = OnDelete.SET_NULL)
        public Gamma gamma;
    }

    public static class Delta extends Model {
        @ForeignKeyField(value = "models.Alpha", relatedName = "deltas_owned")
        public Alpha alpha;
    }

    public static class Gamma extends Model {
        @ForeignKeyField(value = "models.Alpha", relatedName = "gammas", onDelete = OnDelete.RESTRICT)
        public Alpha alpha;
    }
}
