package dev.tortoise.internal.meta;

import dev.tortoise.spi.FieldKind;
import dev.tortoise.Model;
import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.fields.Index;
import dev.tortoise.fields.Meta;
import dev.tortoise.fields.ArrayField;
import dev.tortoise.fields.ConvertedField;
import dev.tortoise.fields.UniqueTogether;
import dev.tortoise.fields.VersionField;
import dev.tortoise.internal.lifecycle.LifecycleHooks;
import dev.tortoise.internal.types.JsonMapping;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds a model's {@link ModelMeta} from its class: class-level options, data fields in upstream
 * order (inherited first, an automatic {@code id} first of all), primary-key rules, Java-side
 * defaults, and the relation declarations left for the {@link RelationResolver}.
 */
final class FieldCollector {

    /**
     * What one class yields: its metadata without relations, the relation declarations in
     * declaration order, and un-annotated fields that may be bound to backward relations.
     */
    record Result(ModelMeta meta, List<RelationDeclaration> relations, Map<String, Field> unboundFields) {
    }

    private FieldCollector() {
    }

    /**
     * Collects one model class.
     *
     * @throws ConfigurationException for every model or field definition error
     */
    static Result collect(Class<? extends Model> type, String app, String connection,
                          Function<Class<?>, String> tableNameGenerator, JsonMapping json) {
        MethodHandle constructor = constructor(type);
        Map<String, Object> members = new LinkedHashMap<>();
        Map<String, Field> unbound = new LinkedHashMap<>();
        List<Class<?>> hierarchy = hierarchy(type);
        for (Class<?> c : hierarchy) {
            for (Field field : c.getDeclaredFields()) {
                readField(field, members, unbound);
            }
        }
        FieldMeta.Builder autoPk = primaryKey(type, members, unbound);
        readDefaults(type, constructor, members);

        ModelMeta meta = new ModelMeta(definition(type, app, connection, tableNameGenerator, constructor,
                HookReader.read(type, hierarchy), json));
        List<RelationDeclaration> relations = new ArrayList<>();
        if (autoPk != null) {
            meta.addField(autoPk.build());
        }
        for (Object member : members.values()) {
            if (member instanceof FieldMeta.Builder b) {
                FieldMeta other = meta.fieldByColumn(b.column);
                if (other != null) {
                    throw new ConfigurationException(type.getSimpleName() + "." + b.name + ": column \"" + b.column
                            + "\" is already used by field " + other.name() + "; give one of them another source");
                }
                meta.addField(b.build());
            } else {
                RelationDeclaration relation = (RelationDeclaration) member;
                relations.add(relation);
                meta.reserve(relation.name(), relation);
            }
        }
        return new Result(meta, relations, unbound);
    }

    private static void readField(Field field, Map<String, Object> members, Map<String, Field> unbound) {
        if (field.isSynthetic()) {
            return;
        }
        Annotation annotation = FieldAnnotations.of(field);
        boolean isStatic = Modifier.isStatic(field.getModifiers());
        if (annotation == null) {
            if (!isStatic) {
                unbound.put(field.getName(), field);
            }
            return;
        }
        if (isStatic || Modifier.isFinal(field.getModifiers())) {
            throw new ConfigurationException(FieldAnnotations.where(field)
                    + "a persisted field can be neither static nor final");
        }
        FieldKind dataType = FieldAnnotations.DATA.get(annotation.annotationType());
        Object member;
        if (annotation instanceof ArrayField array) {
            FieldMeta.Builder b = DataFieldReader.readArray(field, array);
            b.accessor = HandleAccessor.of(field);
            member = b;
        } else if (annotation instanceof ConvertedField converted) {
            FieldMeta.Builder b = DataFieldReader.readConverted(field, converted);
            b.accessor = HandleAccessor.of(field);
            member = b;
        } else if (annotation instanceof VersionField version) {
            FieldMeta.Builder b = DataFieldReader.readVersion(field, version);
            b.accessor = HandleAccessor.of(field);
            member = b;
        } else if (dataType != null) {
            FieldMeta.Builder b = DataFieldReader.read(field, annotation, dataType);
            b.accessor = HandleAccessor.of(field);
            member = b;
        } else {
            member = RelationReader.read(field, annotation, FieldAnnotations.RELATIONS.get(annotation.annotationType()));
        }
        // A field redeclared in a subclass replaces the inherited one and keeps its position.
        members.put(field.getName(), member);
        unbound.remove(field.getName());
    }

    /** Applies upstream's primary-key rules; returns the automatic {@code id} when one is needed. */
    private static FieldMeta.Builder primaryKey(Class<?> type, Map<String, Object> members, Map<String, Field> unbound) {
        List<String> pks = new ArrayList<>();
        for (Map.Entry<String, Object> entry : members.entrySet()) {
            Object member = entry.getValue();
            boolean pk = member instanceof FieldMeta.Builder b ? b.pk : ((RelationDeclaration) member).pk();
            if (pk) {
                pks.add(entry.getKey());
            }
        }
        if (pks.size() > 1) {
            throw new ConfigurationException("Can't create model " + type.getSimpleName()
                    + " with two primary keys, only single primary key is supported (pk = true on " + pks + ")");
        }
        if (pks.size() == 1) {
            if (members.get(pks.getFirst()) instanceof FieldMeta.Builder b && b.generated && !b.kind.allowsGenerated()) {
                throw new ConfigurationException("Field '" + b.name + "' (" + b.kind.annotationName()
                        + ") can't be DB-generated");
            }
            return null;
        }
        if (members.containsKey("id") || unbound.containsKey("id")) {
            throw new ConfigurationException("Can't create model " + type.getSimpleName()
                    + " without explicit primary key if field 'id' already present"
                    + " (mark a field pk = true, or rename 'id')");
        }
        FieldMeta.Builder id = new FieldMeta.Builder();
        id.name = "id";
        id.column = "id";
        id.kind = FieldKind.INT;
        id.javaType = Integer.class;
        id.pk = true;
        id.generated = true;
        id.accessor = AutoPkAccessor.INSTANCE;
        return id;
    }

    /** Upstream's {@code default}: what a fresh instance holds after its Java initializers ran. */
    private static void readDefaults(Class<?> type, MethodHandle constructor, Map<String, Object> members) {
        Model fresh;
        try {
            fresh = (Model) constructor.invoke();
        } catch (Throwable e) {
            throw new ConfigurationException("Can't create model " + type.getSimpleName()
                    + ": its no-argument constructor threw " + e, e);
        }
        for (Object member : members.values()) {
            if (member instanceof FieldMeta.Builder b) {
                b.defaults = fresh;
            }
        }
    }

    private static ModelDefinition definition(Class<? extends Model> type, String app, String connection,
                                              Function<Class<?>, String> tableNameGenerator,
                                              MethodHandle constructor, LifecycleHooks hooks, JsonMapping json) {
        Meta meta = type.getDeclaredAnnotation(Meta.class);
        String table = meta == null ? "" : meta.table();
        if (table.isEmpty() && tableNameGenerator != null) {
            String generated = tableNameGenerator.apply(type);
            table = generated == null ? "" : generated.strip();
        }
        if (table.isEmpty()) {
            table = type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
        }
        List<List<String>> uniqueTogether = new ArrayList<>();
        for (UniqueTogether u : type.getDeclaredAnnotationsByType(UniqueTogether.class)) {
            uniqueTogether.add(List.of(u.value()));
        }
        List<List<String>> indexes = new ArrayList<>();
        List<List<String>> fullTextIndexes = new ArrayList<>();
        for (Index i : type.getDeclaredAnnotationsByType(Index.class)) {
            (i.fullText() ? fullTextIndexes : indexes).add(List.of(i.value()));
        }
        return new ModelDefinition(type, app, connection, table,
                meta == null ? null : DataFieldReader.emptyToNull(meta.schema()),
                meta == null ? null : DataFieldReader.emptyToNull(meta.description()),
                meta == null ? List.of() : List.of(meta.ordering()), List.copyOf(uniqueTogether), List.copyOf(indexes),
                List.copyOf(fullTextIndexes),
                constructor, hooks, json);
    }

    private static MethodHandle constructor(Class<? extends Model> type) {
        if (type.isMemberClass() && !Modifier.isStatic(type.getModifiers())) {
            throw new ConfigurationException("Can't create model " + type.getName()
                    + ": a nested model class must be static");
        }
        try {
            return Lookups.privateLookup(type).findConstructor(type, MethodType.methodType(void.class));
        } catch (NoSuchMethodException e) {
            throw new ConfigurationException("Can't create model " + type.getName()
                    + ": it needs a no-argument constructor (it may be private)", e);
        } catch (IllegalAccessException e) {
            throw new ConfigurationException("Can't create model " + type.getName() + ": " + e.getMessage(), e);
        }
    }

    /** The model's classes from the topmost Model subclass down to itself. */
    private static List<Class<?>> hierarchy(Class<?> type) {
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Model.class; c = c.getSuperclass()) {
            chain.addFirst(c);
        }
        return chain;
    }
}
