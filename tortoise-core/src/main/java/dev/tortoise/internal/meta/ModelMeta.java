package dev.tortoise.internal.meta;

import dev.tortoise.Model;
import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.internal.lifecycle.LifecycleHooks;
import dev.tortoise.internal.types.JsonMapping;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything Tortoise knows about one model class, computed once at init and immutable afterwards.
 * Lists keep upstream's order: {@link #fields()} is the column order (inherited fields first, the
 * automatic {@code id} first of all, key fields of relations after the data fields).
 */
public final class ModelMeta {
    private final Class<? extends Model> modelClass;
    private final String name;
    private final String app;
    private final String connection;
    private final String schema;
    private final String description;
    private final List<String> ordering;
    private final List<List<String>> uniqueTogether;
    private final List<List<String>> indexes;
    private final List<List<String>> fullTextIndexes;
    private final MethodHandle constructor;
    private final LifecycleHooks hooks;
    private final JsonMapping json;
    private String table;
    private FieldMeta pk;
    private FieldMeta version;
    private List<FieldMeta> fields = new ArrayList<>();
    private List<ForeignKeyMeta> foreignKeys = new ArrayList<>();
    private List<ForeignKeyMeta> oneToOnes = new ArrayList<>();
    private List<ManyToManyMeta> manyToMany = new ArrayList<>();
    private List<BackwardRelationMeta> backwardForeignKeys = new ArrayList<>();
    private List<BackwardRelationMeta> backwardOneToOnes = new ArrayList<>();
    private List<String> names = new ArrayList<>();
    private Map<String, Object> byName = new HashMap<>();
    private Map<String, FieldMeta> byColumn = new HashMap<>();

    ModelMeta(ModelDefinition d) {
        this.modelClass = d.modelClass();
        // Class.getSimpleName() goes through reflection data each time; the name is asked for often.
        this.name = modelClass.getSimpleName();
        this.app = d.app();
        this.connection = d.connection();
        this.schema = d.schema();
        this.description = d.description();
        this.ordering = d.ordering();
        this.uniqueTogether = d.uniqueTogether();
        this.indexes = d.indexes();
        this.fullTextIndexes = d.fullTextIndexes();
        this.constructor = d.constructor();
        this.hooks = d.hooks();
        this.json = d.json();
        this.table = d.table();
    }

    /** The model class. */
    public Class<? extends Model> modelClass() {
        return modelClass;
    }

    /** The simple class name ({@code Event}), the key of the model in its app. */
    public String name() {
        return name;
    }

    /** {@code "app.Class"}, as relations reference it and {@code describeModels} keys it. */
    public String fullName() {
        return app + "." + name();
    }

    /** The app label. */
    public String app() {
        return app;
    }

    /** The connection alias of the model's app. */
    public String connection() {
        return connection;
    }

    /** The table name. */
    public String table() {
        return table;
    }

    /** The database schema, or null. */
    public String schema() {
        return schema;
    }

    /** The table comment, or null. */
    public String description() {
        return description;
    }

    /** The default ordering as given ({@code "-created"}), possibly empty. */
    public List<String> ordering() {
        return ordering;
    }

    /** {@code @UniqueTogether} field-name lists, as declared. */
    public List<List<String>> uniqueTogether() {
        return uniqueTogether;
    }

    /** {@code @Index} field-name lists, as declared, full-text ones excepted. */
    public List<List<String>> indexes() {
        return indexes;
    }

    /** {@code @Index(fullText = true)} field-name lists, as declared. */
    public List<List<String>> fullTextIndexes() {
        return fullTextIndexes;
    }

    /** Whether a full-text index covers exactly the one field {@code fieldName} (what MySQL's MATCH needs). */
    public boolean hasFullTextIndexOn(String fieldName) {
        return fullTextIndexes.contains(List.of(fieldName));
    }

    /** The signals of the model: its annotated lifecycle methods and registered listeners, prepared at init. */
    public LifecycleHooks hooks() {
        return hooks;
    }

    /** The Jackson mapping of JSON values of the model's open instance (configured with {@code jsonMapper}). */
    public JsonMapping json() {
        return json;
    }

    /** The primary key (for a one-to-one primary key: its key field). */
    public FieldMeta pk() {
        return pk;
    }

    /** The {@code @VersionField}, or null when the model has none. */
    public FieldMeta version() {
        return version;
    }

    /** Every column in column order, the primary key and relation key fields included. */
    public List<FieldMeta> fields() {
        return fields;
    }

    /** Foreign keys (not one-to-ones), in declaration order. */
    public List<ForeignKeyMeta> foreignKeys() {
        return foreignKeys;
    }

    /** One-to-one relations, in declaration order. */
    public List<ForeignKeyMeta> oneToOnes() {
        return oneToOnes;
    }

    /** Many-to-many relations: declared ones first, then sides added by other models' declarations. */
    public List<ManyToManyMeta> manyToMany() {
        return manyToMany;
    }

    /** Reverse foreign keys pointing at this model, in resolution order. */
    public List<BackwardRelationMeta> backwardForeignKeys() {
        return backwardForeignKeys;
    }

    /** Reverse one-to-ones pointing at this model, in resolution order. */
    public List<BackwardRelationMeta> backwardOneToOnes() {
        return backwardOneToOnes;
    }

    /** Every name a lookup may use (columns' fields, relations, backward relations), in upstream order. */
    public List<String> names() {
        return names;
    }

    /** The column field named so ({@code pk} names the primary key), or null. */
    public FieldMeta field(String name) {
        Object found = "pk".equals(name) ? pk : byName.get(name);
        return found instanceof FieldMeta f ? f : null;
    }

    /** The column field with that column name, or null. */
    public FieldMeta fieldByColumn(String column) {
        return byColumn.get(column);
    }

    /** The foreign key or one-to-one named so, or null. */
    public ForeignKeyMeta foreignKey(String name) {
        return byName.get(name) instanceof ForeignKeyMeta f ? f : null;
    }

    /** The many-to-many side named so, or null. */
    public ManyToManyMeta manyToMany(String name) {
        return byName.get(name) instanceof ManyToManyMeta m ? m : null;
    }

    /** The backward relation named so, or null. */
    public BackwardRelationMeta backward(String name) {
        return byName.get(name) instanceof BackwardRelationMeta b ? b : null;
    }

    /**
     * Whatever carries that name: a {@link FieldMeta}, {@link ForeignKeyMeta},
     * {@link ManyToManyMeta} or {@link BackwardRelationMeta}; null when nothing does.
     */
    public Object member(String name) {
        return "pk".equals(name) ? pk : byName.get(name);
    }

    /** Whether any field or relation carries that name. */
    public boolean has(String name) {
        return byName.containsKey(name);
    }

    /** A fresh instance made with the no-argument constructor (holders installed, initializers run). */
    public Model newInstance() {
        try {
            return (Model) constructor.invoke();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new ConfigurationException("Cannot create an instance of " + modelClass.getName()
                    + ": its no-argument constructor threw " + e, e);
        }
    }

    /**
     * A key-only reference: a fresh instance with {@code field} set to {@code key} and flagged
     * {@link InstanceState#referenceOnly()} and {@link InstanceState#persisted()}.
     */
    public Model newReference(FieldMeta field, Object key) {
        Model reference = newInstance();
        field.set(reference, key);
        InstanceState state = InstanceState.of(reference);
        state.referenceOnly(true);
        state.persisted(true);
        return reference;
    }

    /**
     * Column names for field names of {@code unique_together} or {@code indexes}, with upstream's
     * errors (raised by schema generation, not init).
     *
     * @param option {@code "unique_together"} or {@code "indexes"}
     * @throws ConfigurationException naming the model, the option and the field
     */
    public List<String> columnsOf(String option, List<String> fieldNames) {
        List<String> columns = new ArrayList<>(fieldNames.size());
        for (String fieldName : fieldNames) {
            Object member = member(fieldName);
            if (member instanceof ManyToManyMeta) {
                throw new ConfigurationException("'" + name() + "." + option + "' '" + fieldName
                        + "' field refers to ManyToMany field.");
            }
            if (member instanceof ForeignKeyMeta fk) {
                columns.add(fk.keyField().column());
            } else if (member instanceof FieldMeta f) {
                columns.add(f.column());
            } else {
                throw new ConfigurationException("'" + name() + "." + option + "' has no '" + fieldName
                        + "' field. Fields of " + name() + ": " + String.join(", ", names));
            }
        }
        return columns;
    }

    // ---- assembly, used by the registry builder only -------------------------------------

    void table(String name) {
        this.table = name;
    }

    void addField(FieldMeta field) {
        field.bindModel(this);
        fields.add(field);
        register(field.name(), field);
        byColumn.put(field.column(), field);
        if (field.pk()) {
            pk = field;
        }
        if (field.version()) {
            if (version != null) {
                throw new ConfigurationException(name + "." + field.name() + ": a model has at most one @VersionField,"
                        + " and " + version.name() + " is one already");
            }
            version = field;
        }
    }

    void addForeignKey(ForeignKeyMeta fk) {
        (fk.oneToOne() ? oneToOnes : foreignKeys).add(fk);
        register(fk.name(), fk);
    }

    void addManyToMany(ManyToManyMeta m2m) {
        manyToMany.add(m2m);
        register(m2m.name(), m2m);
    }

    void addBackward(BackwardRelationMeta backward) {
        (backward.oneToOne() ? backwardOneToOnes : backwardForeignKeys).add(backward);
        register(backward.name(), backward);
    }

    /** Relations are registered under their names before resolution so clashes are seen. */
    void reserve(String name, Object member) {
        register(name, member);
    }

    void replace(String name, Object member) {
        byName.put(name, member);
    }

    private void register(String name, Object member) {
        if (byName.put(name, member) == null) {
            names.add(name);
        }
    }

    void freeze() {
        fields = List.copyOf(fields);
        foreignKeys = List.copyOf(foreignKeys);
        oneToOnes = List.copyOf(oneToOnes);
        // Upstream lists declared many-to-manys before the sides other models added.
        List<ManyToManyMeta> ordered = new ArrayList<>(manyToMany.size());
        for (ManyToManyMeta m2m : manyToMany) {
            if (!m2m.generated()) {
                ordered.add(m2m);
            }
        }
        for (ManyToManyMeta m2m : manyToMany) {
            if (m2m.generated()) {
                ordered.add(m2m);
            }
        }
        manyToMany = List.copyOf(ordered);
        backwardForeignKeys = List.copyOf(backwardForeignKeys);
        backwardOneToOnes = List.copyOf(backwardOneToOnes);
        names = List.copyOf(names);
        // Read-only views of maps nobody else holds: copying them into immutable maps cost a tenth
        // of init for large schemas.
        byName = Collections.unmodifiableMap(byName);
        byColumn = Collections.unmodifiableMap(byColumn);
    }

    @Override
    public String toString() {
        return "ModelMeta[" + fullName() + ", table " + table + "]";
    }
}
