package dev.tortoise.internal.meta;

import dev.tortoise.spi.ColumnTypes;
import dev.tortoise.spi.FieldKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Produces upstream's {@code describe_models} data (TORTOISE-SPEC §7) from the registry: keys
 * {@code "app.Class"}, JSON-safe values only (Map, List, String, Number, Boolean, null), with
 * {@code java_type} in place of {@code python_type}.
 */
public final class ModelDescriber {
    private static final String NOT_SET = "__NOT_SET__";

    /**
     * Describes every model of the registry, in registry order.
     *
     * @param platformTypes the column types of each platform by name, in the order
     *                      {@code db_field_types} lists those that differ from the standard types
     */
    public static Map<String, Map<String, Object>> describe(ModelRegistry registry, Map<String, ColumnTypes> platformTypes) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (ModelMeta model : registry.models()) {
            out.put(model.fullName(), new ModelDescriber(platformTypes).describe(model));
        }
        return out;
    }

    private final Map<String, ColumnTypes> platformTypes;

    private ModelDescriber(Map<String, ColumnTypes> platformTypes) {
        this.platformTypes = platformTypes;
    }

    /** Describes one model. */
    private Map<String, Object> describe(ModelMeta model) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", model.fullName());
        d.put("app", model.app());
        d.put("table", model.table());
        d.put("abstract", false); // abstract models are never registered, so never described
        d.put("description", model.description());
        d.put("docstring", null);
        d.put("unique_together", model.uniqueTogether());
        d.put("indexes", model.indexes());
        d.put("pk_field", dataField(model.pk()));
        List<Object> data = new ArrayList<>();
        model.fields().stream().filter(f -> f != model.pk()).forEach(f -> data.add(dataField(f)));
        d.put("data_fields", data);
        d.put("fk_fields", model.foreignKeys().stream().map(ModelDescriber::keyRelation).toList());
        d.put("backward_fk_fields", model.backwardForeignKeys().stream().map(ModelDescriber::backward).toList());
        d.put("o2o_fields", model.oneToOnes().stream().map(ModelDescriber::keyRelation).toList());
        d.put("backward_o2o_fields", model.backwardOneToOnes().stream().map(ModelDescriber::backward).toList());
        d.put("m2m_fields", model.manyToMany().stream().map(ModelDescriber::manyToMany).toList());
        return d;
    }

    private Map<String, Object> dataField(FieldMeta f) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", f.name());
        d.put("field_type", f.version() ? "VersionField" : f.converter() != null ? "ConvertedField" : f.kind().annotationName());
        d.put("db_column", f.column());
        d.put("java_type", javaTypeName(f.valueType()));
        d.put("generated", f.generated());
        d.put("nullable", f.nullable());
        d.put("unique", f.unique());
        d.put("indexed", f.indexed() || f.unique());
        d.put("default", f.randomUuidDefault() && f.defaultValue() == null
                ? "<function java.util.UUID.randomUUID>"
                : f.defaultSupplier() != null && f.defaultValue() == null
                ? "<supplier " + f.defaultSupplier().getClass().getName() + ">" : jsonSafe(f.defaultValue()));
        d.put("description", f.description());
        d.put("docstring", null);
        d.put("constraints", constraints(f));
        d.put("db_field_types", dbFieldTypes(f));
        d.put("db_default", f.dbDefaultSql() != null ? Map.of("sql", f.dbDefaultSql())
                : f.dbDefault() == null ? NOT_SET : f.dbDefault());
        if (f.kind() == FieldKind.DATETIME || f.kind() == FieldKind.TIME) {
            d.put("auto_now_add", f.autoNowAdd());
            d.put("auto_now", f.autoNow());
        }
        return d;
    }

    private static Map<String, Object> relationBase(String name, String fieldType, String javaType,
                                                    boolean nullable, boolean unique, boolean indexed,
                                                    String description, boolean dbConstraint) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", name);
        d.put("field_type", fieldType);
        d.put("java_type", javaType);
        d.put("generated", false);
        d.put("nullable", nullable);
        d.put("unique", unique);
        d.put("indexed", indexed || unique);
        d.put("default", null);
        d.put("description", description);
        d.put("docstring", null);
        d.put("constraints", Map.of());
        d.put("db_default", NOT_SET);
        d.put("db_constraint", dbConstraint);
        return d;
    }

    private static Map<String, Object> keyRelation(ForeignKeyMeta fk) {
        Map<String, Object> d = relationBase(fk.name(), fk.oneToOne() ? "OneToOneField" : "ForeignKeyField",
                fk.target().fullName(), fk.nullable(), fk.unique(), fk.indexed(), fk.description(),
                fk.dbConstraint());
        d.put("raw_field", fk.keyField().name());
        d.put("on_delete", fk.onDelete().sql());
        return d;
    }

    private static Map<String, Object> backward(BackwardRelationMeta b) {
        return relationBase(b.name(), b.oneToOne() ? "BackwardOneToOneRelation" : "BackwardFKRelation",
                b.sourceModel().fullName(), b.nullable(), false, false, b.description(),
                b.relation().dbConstraint());
    }

    private static Map<String, Object> manyToMany(ManyToManyMeta m) {
        Map<String, Object> d = relationBase(m.name(), "ManyToManyField", m.target().fullName(), false, false,
                false, m.description(), m.dbConstraint());
        d.put("model_name", m.target().fullName());
        d.put("related_name", m.relatedName());
        d.put("forward_key", m.forwardKey());
        d.put("backward_key", m.backwardKey());
        d.put("through", m.through());
        d.put("on_delete", m.onDelete().sql());
        d.put("_generated", m.generated());
        return d;
    }

    /**
     * Upstream's {@code db_field_types}: the standard type under {@code ""}, then each platform
     * whose type differs from it, for a plain (not generated) column.
     */
    private Map<String, String> dbFieldTypes(FieldMeta f) {
        Map<String, String> types = new LinkedHashMap<>();
        if (f.kind() == FieldKind.ARRAY) {
            // no standard type: only the platforms that have arrays of the element kind
            platformTypes.forEach((platform, table) -> {
                if (table.supportsArrayOf(f.elementKind())) {
                    types.put(platform, table.plain(f));
                }
            });
            return types;
        }
        String base = ColumnTypes.standard().plain(f);
        types.put("", base);
        platformTypes.forEach((platform, table) -> {
            String own = table.plain(f);
            if (!own.equals(base)) {
                types.put(platform, own);
            }
        });
        return types;
    }

    /** Upstream's Pydantic-style constraints: integer ranges, {@code max_length}, {@code readOnly}. */
    static Map<String, Object> constraints(FieldMeta f) {
        Map<String, Object> c = new LinkedHashMap<>();
        // Upstream starts generated keys and references to keys at 1.
        boolean positive = f.generated() || f.isKeyField();
        switch (f.kind()) {
            case INT -> {
                c.put("ge", positive ? 1 : Integer.MIN_VALUE);
                c.put("le", Integer.MAX_VALUE);
            }
            case BIGINT -> {
                c.put("ge", positive ? 1L : Long.MIN_VALUE);
                c.put("le", Long.MAX_VALUE);
            }
            case SMALLINT, INT_ENUM -> {
                c.put("ge", positive ? 1 : (int) Short.MIN_VALUE);
                c.put("le", (int) Short.MAX_VALUE);
            }
            case CHAR, CHAR_ENUM -> c.put("max_length", f.maxLength());
            case DATETIME, TIME -> {
                if (f.autoNowAdd()) {
                    c.put("readOnly", true);
                }
            }
            default -> { }
        }
        return c;
    }

    /** Upstream's {@code default_name}: numbers, strings, booleans and null as they are, else text. */
    private static Object jsonSafe(Object value) {
        if (value == null || value instanceof Number || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value.toString();
    }

    private static String javaTypeName(Class<?> type) {
        return type.getSimpleName();
    }
}
