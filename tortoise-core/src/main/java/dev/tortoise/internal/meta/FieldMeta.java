package dev.tortoise.internal.meta;

import dev.tortoise.Model;
import dev.tortoise.fields.Converter;
import dev.tortoise.internal.validation.FieldRule;
import dev.tortoise.spi.FieldInfo;
import dev.tortoise.spi.FieldKind;
import java.lang.reflect.Field;
import java.lang.reflect.Type;
import java.util.List;
import java.util.function.Supplier;

/**
 * One column of a model: a data field, the primary key, or the key field ({@code <fk>_id}) of a
 * foreign key or one-to-one relation. Immutable after init.
 *
 * <p>A key field's value lives in the related instance held by the relation field: {@link #get}
 * returns the related instance's key (or null), and {@link #set} installs a key-only reference
 * (see {@link ModelMeta#newReference}).
 */
public final class FieldMeta implements FieldInfo {
    private final String name;
    private final String column;
    private final FieldKind kind;
    private final Type genericType;
    private final Class<?> javaType;
    private final boolean pk;
    private final boolean generated;
    private final boolean nullable;
    private final boolean unique;
    private final boolean indexed;
    private final int maxLength;
    private final int maxDigits;
    private final int decimalPlaces;
    private final String description;
    private final String dbDefault;
    private final String dbDefaultSql;
    private final Supplier<?> defaultSupplier;
    private final boolean autoNow;
    private final boolean autoNowAdd;
    private final boolean version;
    private final Class<? extends Enum<?>> enumType;
    // A fresh instance made at init, never handed out or changed: the field initializers' values
    // are read from it on demand instead of building every field's handles at init.
    private final Model defaults;
    private final boolean randomUuidDefault;
    private final Field javaField;
    private final List<FieldRule> rules;
    private final Converter<Object, Object> converter;
    private final Class<?> valueType;
    private final FieldKind elementKind;
    private FieldAccessor accessor;
    private ForeignKeyMeta keyOf;
    private ModelMeta model;

    FieldMeta(Builder b) {
        this.name = b.name;
        this.column = b.column;
        this.kind = b.kind;
        this.genericType = b.converter != null || b.javaField == null ? b.javaType : b.javaField.getGenericType();
        this.javaType = b.javaType;
        this.pk = b.pk;
        this.generated = b.generated;
        this.nullable = b.nullable;
        this.unique = b.unique || b.pk;
        this.indexed = b.indexed || b.pk;
        this.maxLength = b.maxLength;
        this.maxDigits = b.maxDigits;
        this.decimalPlaces = b.decimalPlaces;
        this.description = b.description;
        this.dbDefault = b.dbDefault;
        this.dbDefaultSql = b.dbDefaultSql;
        this.defaultSupplier = b.defaultSupplier;
        this.autoNow = b.autoNow;
        this.autoNowAdd = b.autoNowAdd || b.autoNow;
        this.version = b.version;
        this.enumType = b.enumType;
        this.defaults = b.defaults;
        this.randomUuidDefault = b.randomUuidDefault;
        this.javaField = b.javaField;
        this.rules = b.rules == null ? List.of() : b.rules;
        this.converter = b.converter;
        this.valueType = b.valueType != null ? b.valueType : b.javaType;
        this.elementKind = b.elementKind;
        this.accessor = b.accessor;
    }

    /** The Java-side name: the Java field name, {@code id} for the automatic key, {@code <fk>_id} for key fields. */
    public String name() {
        return name;
    }

    /** The column name (snake_case of the name, or {@code source}/{@code sourceField}). */
    public String column() {
        return column;
    }

    /**
     * The Java type of the column's values as the codec sees them ({@code Integer.class},
     * {@code int.class}, an enum class ...): for a {@code @ConvertedField}, the converter's column
     * type, not the field's (see {@link #valueType()}).
     */
    public Class<?> javaType() {
        return javaType;
    }

    /** The Java type of the model's field: {@link #javaType()}, or a converted field's own type. */
    public Class<?> valueType() {
        return valueType;
    }

    /** The kind of an ARRAY column's elements; null for other kinds. */
    @Override
    public FieldKind elementKind() {
        return elementKind;
    }

    /** The {@code @ConvertedField}'s converter, made at init, or null. */
    public Converter<Object, Object> converter() {
        return converter;
    }

    /** The kind of column; a key field has its target field's kind. */
    @Override
    public FieldKind kind() {
        return kind;
    }

    /** The declared generic type of the Java field ({@code List<Address>}), or {@link #javaType()} without one. */
    @Override
    public Type genericType() {
        return genericType;
    }

    /** The simple name of the owning model, for messages. */
    @Override
    public String modelName() {
        return model == null ? "?" : model.name();
    }

    /** Whether this is the primary key. */
    public boolean pk() {
        return pk;
    }

    /** Whether the database generates the value (integer primary keys by default). */
    public boolean generated() {
        return generated;
    }

    /** Whether the column accepts NULL. */
    public boolean nullable() {
        return nullable;
    }

    /** Whether the column is unique (a primary key always is). */
    public boolean unique() {
        return unique;
    }

    /** Whether the field asked for its own index ({@code dbIndex}; a primary key always is). */
    public boolean indexed() {
        return indexed;
    }

    /** {@code VARCHAR} length of CHAR and CHAR_ENUM fields; 0 otherwise. */
    public int maxLength() {
        return maxLength;
    }

    /** Precision of a DECIMAL field; 0 otherwise. */
    public int maxDigits() {
        return maxDigits;
    }

    /** Scale of a DECIMAL field; 0 otherwise. */
    public int decimalPlaces() {
        return decimalPlaces;
    }

    /** The column comment, or null. */
    public String description() {
        return description;
    }

    /** The DDL default literal, or null when none is set. */
    public String dbDefault() {
        return dbDefault;
    }

    /** The SQL expression of the column's DDL default ({@code dbDefaultSql}), or null. */
    public String dbDefaultSql() {
        return dbDefaultSql;
    }

    /** Whether the database fills the column when an insert leaves it out ({@code dbDefault} or {@code dbDefaultSql}). */
    public boolean hasDbDefault() {
        return dbDefault != null || dbDefaultSql != null;
    }

    /** The Java-side default made at init from {@code defaultSupplier}, or null. */
    public Supplier<?> defaultSupplier() {
        return defaultSupplier;
    }

    /** Set to now on every save. */
    public boolean autoNow() {
        return autoNow;
    }

    /** Set to now on insert (true also when {@link #autoNow()} is, as upstream reports it). */
    public boolean autoNowAdd() {
        return autoNowAdd;
    }

    /** Whether this is the model's {@code @VersionField}: 1 on insert, checked and bumped by every update. */
    public boolean version() {
        return version;
    }

    /** The enum class of INT_ENUM and CHAR_ENUM fields; null otherwise. */
    public Class<? extends Enum<?>> enumType() {
        return enumType;
    }

    /** The value a new instance gets from its Java field initializer (the instance is made once at init), or null. */
    public Object defaultValue() {
        return defaults == null ? null : accessor.get(defaults);
    }

    /** Whether a missing value is filled with a random UUID on insert (a UUID primary key). */
    public boolean randomUuidDefault() {
        return randomUuidDefault;
    }

    /** The validators of the field's values (built-in annotations, then {@code validators}), made at init. */
    public List<FieldRule> rules() {
        return rules;
    }

    /** The Java field, or null for the automatic {@code id} and for key fields. */
    public Field javaField() {
        return javaField;
    }

    /** The relation whose key this is, or null for a plain data field. */
    public ForeignKeyMeta keyOf() {
        return keyOf;
    }

    /** Whether this is the key field of a foreign key or one-to-one relation. */
    public boolean isKeyField() {
        return keyOf != null;
    }

    /** The model this column belongs to. */
    public ModelMeta model() {
        return model;
    }

    /** The prepared accessor. */
    public FieldAccessor accessor() {
        return accessor;
    }

    /** The value on an instance (a key field reads the related instance's key). */
    public Object get(Model instance) {
        return accessor.get(instance);
    }

    /** Sets the value on an instance (a key field installs a key-only reference). */
    public void set(Model instance, Object value) {
        accessor.set(instance, value);
    }

    void bindModel(ModelMeta owner) {
        this.model = owner;
    }

    void bindKeyOf(ForeignKeyMeta relation, FieldAccessor keyAccessor) {
        this.keyOf = relation;
        this.accessor = keyAccessor;
    }

    @Override
    public String toString() {
        return (model == null ? "?" : model.name()) + "." + name + " (" + kind + ", column " + column + ")";
    }

    /** Collects the attributes of a field; used by the collector and the resolver only. */
    static final class Builder {
        String name;
        String column;
        FieldKind kind;
        Class<?> javaType;
        boolean pk;
        boolean generated;
        boolean nullable;
        boolean unique;
        boolean indexed;
        int maxLength;
        int maxDigits;
        int decimalPlaces;
        String description;
        String dbDefault;
        String dbDefaultSql;
        Supplier<?> defaultSupplier;
        boolean autoNow;
        boolean autoNowAdd;
        boolean version;
        Class<? extends Enum<?>> enumType;
        Model defaults;
        boolean randomUuidDefault;
        Field javaField;
        List<FieldRule> rules;
        Converter<Object, Object> converter;
        Class<?> valueType;
        FieldKind elementKind;
        FieldAccessor accessor;

        /** A builder for a key field: the target field's type and sizes, nothing else. */
        static Builder copyTypeOf(FieldMeta target) {
            Builder b = new Builder();
            b.kind = target.kind;
            b.javaType = target.javaType;
            b.maxLength = target.maxLength;
            b.maxDigits = target.maxDigits;
            b.decimalPlaces = target.decimalPlaces;
            b.enumType = target.enumType;
            b.converter = target.converter; // a key pointing at a converted field holds the same objects
            b.valueType = target.valueType;
            return b;
        }

        FieldMeta build() {
            return new FieldMeta(this);
        }
    }
}
