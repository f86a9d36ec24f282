package dev.tortoise.internal.meta;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.fields.OnDelete;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves every relation declaration (TORTOISE-SPEC §4): finds targets, adds key fields and
 * backward relations, names through tables and keys, and binds declared holder fields. Order is
 * upstream's and deterministic: apps in configuration order, models in registry order, per model
 * foreign keys by name, then one-to-ones and many-to-manys in declaration order.
 */
final class RelationResolver {
    private enum State { RESOLVING, DONE }

    private static final Comparator<RelationDeclaration.Key> BY_NAME = Comparator.comparing(RelationDeclaration::name);

    private final Map<String, List<ModelMeta>> apps;
    private final Map<ModelMeta, FieldCollector.Result> collected;
    private final Map<Class<?>, ModelMeta> byClass = new IdentityHashMap<>();
    private final Map<ModelMeta, State> keyState = new IdentityHashMap<>();
    private final Map<String, ManyToManyMeta> throughTables = new HashMap<>();
    private final Map<String, Map<String, ModelMeta>> modelsByName = new HashMap<>();

    RelationResolver(Map<String, List<ModelMeta>> apps, Map<ModelMeta, FieldCollector.Result> collected) {
        this.apps = apps;
        this.collected = collected;
        for (List<ModelMeta> list : apps.values()) {
            for (ModelMeta m : list) {
                byClass.put(m.modelClass(), m);
            }
        }
    }

    /**
     * Resolves all relations of all models.
     *
     * @throws ConfigurationException with upstream's messages, naming model and field
     */
    void resolve() {
        for (List<ModelMeta> models : apps.values()) {
            for (ModelMeta model : models) {
                resolveKeys(model);
                for (RelationDeclaration d : collected.get(model).relations()) {
                    if (d instanceof RelationDeclaration.ManyToMany m2m) {
                        resolveManyToMany(model, m2m);
                    }
                }
            }
        }
        for (List<ModelMeta> models : apps.values()) {
            for (ModelMeta model : models) {
                new HolderBinder(model).bind(collected.get(model).unboundFields());
            }
        }
    }

    /** Resolves a model's foreign keys (by name) and one-to-ones; re-entrant for one-to-one keys. */
    private void resolveKeys(ModelMeta model) {
        State state = keyState.get(model);
        if (state == State.DONE) {
            return;
        }
        if (state == State.RESOLVING) {
            throw new ConfigurationException("Can't resolve the primary key of " + model.name()
                    + ": one-to-one primary keys form a cycle through it; one model of the cycle needs its own key");
        }
        keyState.put(model, State.RESOLVING);
        List<RelationDeclaration> declared = collected.get(model).relations();
        List<RelationDeclaration.Key> order = new ArrayList<>();
        for (RelationDeclaration d : declared) {
            if (d instanceof RelationDeclaration.Key key && key.kind() == RelationDeclaration.Kind.FOREIGN_KEY) {
                order.add(key);
            }
        }
        order.sort(BY_NAME);
        for (RelationDeclaration d : declared) {
            if (d instanceof RelationDeclaration.Key key && key.kind() == RelationDeclaration.Kind.ONE_TO_ONE) {
                order.add(key);
            }
        }
        Map<RelationDeclaration, ForeignKeyMeta> resolved = new IdentityHashMap<>();
        for (RelationDeclaration.Key d : order) {
            resolved.put(d, resolveKey(model, d));
        }
        for (RelationDeclaration d : declared) {
            if (resolved.containsKey(d)) {
                model.addForeignKey(resolved.get(d));
            }
        }
        keyState.put(model, State.DONE);
    }

    private ForeignKeyMeta resolveKey(ModelMeta model, RelationDeclaration.Key d) {
        String where = model.name() + "." + d.name() + ": ";
        ModelMeta target = target(model, d);
        FieldMeta targetField = targetField(model, d, target, where);
        String keyName = d.name() + "_id";
        if (model.has(keyName)) {
            throw new ConfigurationException(where + "Field " + keyName + " already present in meta"
                    + " (the key field of " + d.name() + " is named " + keyName + "; rename the other field)");
        }
        String column = d.sourceField() != null ? d.sourceField() : ColumnNames.snakeCase(d.name()) + "_id";
        FieldMeta sameColumn = model.fieldByColumn(column);
        if (sameColumn != null) {
            throw new ConfigurationException(where + "key column \"" + column + "\" is already used by field "
                    + sameColumn.name() + "; set sourceField to another column");
        }
        String relatedName = d.suppressed() ? null
                : d.relatedName().isEmpty() ? model.table() + "s" : d.relatedName();
        ForeignKeyMeta fk = new ForeignKeyMeta(d, model, target, targetField, relatedName);

        FieldMeta.Builder key = FieldMeta.Builder.copyTypeOf(targetField);
        key.name = keyName;
        key.column = column;
        key.pk = d.pk();
        key.nullable = d.nullable();
        key.unique = d.kind() == RelationDeclaration.Kind.ONE_TO_ONE && d.unique();
        key.indexed = d.indexed();
        key.description = d.description();
        FieldMeta keyField = key.build();
        keyField.bindKeyOf(fk, new KeyFieldAccessor(fk));
        fk.bindKeyField(keyField);
        model.addField(keyField);
        model.replace(d.name(), fk);

        if (relatedName != null) {
            checkFree(target, relatedName, where);
            BackwardRelationMeta backward = new BackwardRelationMeta(relatedName, target, fk);
            target.addBackward(backward);
            fk.bindBackward(backward);
        }
        return fk;
    }

    /** {@code toField} (which must exist and be unique) or the target's primary key. */
    private FieldMeta targetField(ModelMeta model, RelationDeclaration.Key d, ModelMeta target, String where) {
        if (d.toField() == null) {
            if (target.pk() == null) {
                resolveKeys(target);
            }
            return target.pk();
        }
        Object member = target.member(d.toField());
        if (member == null && target != model) {
            resolveKeys(target);
            member = target.member(d.toField());
        }
        if (member instanceof ForeignKeyMeta o2o && o2o.oneToOne()) {
            member = o2o.keyField();
        }
        if (!(member instanceof FieldMeta field)) {
            throw new ConfigurationException(where + "there is no field named \"" + d.toField() + "\" in model \""
                    + target.name() + "\"");
        }
        if (!field.unique()) {
            throw new ConfigurationException(where + "field \"" + d.toField() + "\" in model \"" + target.name()
                    + "\" is not unique (toField must name a unique field or the primary key)");
        }
        return field;
    }

    private void resolveManyToMany(ModelMeta model, RelationDeclaration.ManyToMany d) {
        String where = model.name() + "." + d.name() + ": ";
        ModelMeta target = target(model, d);
        String targetName = d.reference() != null ? d.reference().substring(d.reference().indexOf('.') + 1)
                : target.name();
        String forwardKey = d.forwardKey() != null ? d.forwardKey()
                : targetName.toLowerCase(java.util.Locale.ROOT) + "_id";
        String backwardKey = d.backwardKey();
        if (backwardKey == null) {
            backwardKey = model.table() + "_id";
            if (backwardKey.equals(forwardKey)) {
                backwardKey = model.table() + "_rel_id";
            }
        }
        String relatedName = d.suppressed() ? null
                : d.relatedName().isEmpty() ? model.table() + "s" : d.relatedName();
        String through = d.through() != null ? d.through() : model.table() + "_" + target.table();
        ManyToManyMeta m2m = ManyToManyMeta.declared(d, model, target,
                new ManyToManyMeta.JoinTable(through, forwardKey, backwardKey), relatedName);
        m2m.bindJavaField(d.javaField(), d.accessor());
        claimThroughTable(model, m2m, where);
        model.addManyToMany(m2m);
        if (relatedName != null) {
            checkFree(target, relatedName, where);
            ManyToManyMeta reverse = m2m.otherSide();
            target.addManyToMany(reverse);
            m2m.bindReverse(reverse);
            reverse.bindReverse(m2m);
        }
    }

    /** API decision 4: two many-to-many fields never share a through table silently. */
    private void claimThroughTable(ModelMeta model, ManyToManyMeta m2m, String where) {
        String key = model.connection() + "\u0000" + model.schema() + "\u0000" + m2m.through();
        ManyToManyMeta other = throughTables.putIfAbsent(key, m2m);
        if (other != null) {
            throw new ConfigurationException(where + "many-to-many fields " + other.model().name() + "."
                    + other.name() + " and " + model.name() + "." + m2m.name() + " would share the through table \""
                    + m2m.through() + "\"; give one of them its own through = \"...\"");
        }
    }

    /** Finds the target model, checks the Java field type and API decision 5 (one connection). */
    private ModelMeta target(ModelMeta model, RelationDeclaration d) {
        String where = model.name() + "." + d.name() + ": ";
        ModelMeta target;
        if (d.targetClass() != null) {
            target = byClass.get(d.targetClass());
            if (target == null) {
                throw new ConfigurationException(where + d.kind().annotationName() + " targets "
                        + d.targetClass().getName() + ", which is not a registered model (list its module in an app)");
            }
        } else {
            target = byName(d.reference(), where);
        }
        Class<?> javaType = d.javaField().getType();
        if (javaType == dev.tortoise.fields.ForeignKeyRelation.class) {
            HolderBinder.checkTypeArgument(d.javaField(), target.modelClass(), where);
        } else if (d.kind() != RelationDeclaration.Kind.MANY_TO_MANY && !javaType.isAssignableFrom(target.modelClass())) {
            throw new ConfigurationException(where + "the field's type " + javaType.getSimpleName()
                    + " does not match its target " + target.fullName() + " (" + target.modelClass().getName() + ")");
        }
        if (d.kind() == RelationDeclaration.Kind.MANY_TO_MANY) {
            HolderBinder.checkTypeArgument(d.javaField(), target.modelClass(), where);
        }
        if (!target.connection().equals(model.connection())) {
            throw new ConfigurationException(where + "relation from " + model.fullName() + " (connection \""
                    + model.connection() + "\") to " + target.fullName() + " (connection \"" + target.connection()
                    + "\") crosses connections; related models must share one connection");
        }
        return target;
    }

    private ModelMeta byName(String reference, String where) {
        int dot = reference.indexOf('.');
        String app = reference.substring(0, dot);
        String name = reference.substring(dot + 1);
        List<ModelMeta> models = apps.get(app);
        if (models == null) {
            throw new ConfigurationException(where + "No app with name '" + app + "' registered. Please check your"
                    + " model names in ForeignKeyFields and configurations. (registered apps: "
                    + String.join(", ", apps.keySet()) + ")");
        }
        Map<String, ModelMeta> index = modelsByName.get(app);
        if (index == null) {
            index = indexByName(models);
            modelsByName.put(app, index);
        }
        ModelMeta found = index.get(name);
        if (found != null) {
            return found;
        }
        throw new ConfigurationException(where + "No model with name '" + name + "' registered in app '" + app
                + "'. (models of '" + app + "': " + String.join(", ", models.stream().map(ModelMeta::name).toList())
                + ")");
    }

    /** Simple name → the first model of that name in the app's order (what a linear search would find). */
    private static Map<String, ModelMeta> indexByName(List<ModelMeta> models) {
        Map<String, ModelMeta> index = new HashMap<>();
        for (ModelMeta model : models) {
            index.putIfAbsent(model.name(), model);
        }
        return index;
    }

    private static void checkFree(ModelMeta target, String relatedName, String where) {
        if (target.has(relatedName)) {
            throw new ConfigurationException(where + "backward relation \"" + relatedName + "\" duplicates in model "
                    + target.name() + " (set another relatedName, or \"+\" for none)");
        }
    }
}
