package dev.tortoise.internal.migrations;

import dev.tortoise.exceptions.MigrationException;
import dev.tortoise.migrations.FieldDef;
import java.util.ArrayList;
import java.util.List;

/**
 * One model as the migrations so far have made it: name ({@code "app.Model"}), table, fields in
 * column order, unique-together groups, composite indexes and full-text indexes (field names), table
 * comment.
 */
record ModelState(String name, String table, List<FieldDef> fields, List<List<String>> uniqueTogether,
                  List<List<String>> indexes, String description, List<List<String>> fullTextIndexes) {

    ModelState {
        fields = List.copyOf(fields);
        uniqueTogether = uniqueTogether.stream().map(List::copyOf).toList();
        indexes = indexes.stream().map(List::copyOf).toList();
        fullTextIndexes = fullTextIndexes.stream().map(List::copyOf).toList();
    }

    /** A model without full-text indexes. */
    ModelState(String name, String table, List<FieldDef> fields, List<List<String>> uniqueTogether,
               List<List<String>> indexes, String description) {
        this(name, table, fields, uniqueTogether, indexes, description, List.of());
    }

    /** The app label of the model. */
    String app() {
        return name.substring(0, name.indexOf('.'));
    }

    /** The field named {@code field}, or null. */
    FieldDef fieldOrNull(String field) {
        for (FieldDef f : fields) {
            if (f.name().equals(field)) {
                return f;
            }
        }
        return null;
    }

    /** The field named {@code field}. */
    FieldDef field(String field) {
        FieldDef f = fieldOrNull(field);
        if (f == null) {
            throw new MigrationException("Model " + name + " has no field '" + field + "' in the migrations' state;"
                    + " its fields: " + fields.stream().map(FieldDef::name).toList());
        }
        return f;
    }

    /** The primary key. */
    FieldDef pk() {
        for (FieldDef f : fields) {
            if (f.isPk()) {
                return f;
            }
        }
        throw new MigrationException("Model " + name + " has no primary key in the migrations' state");
    }

    /** The column of a field name. */
    String column(String field) {
        return field(field).column();
    }

    ModelState withFields(List<FieldDef> newFields) {
        return new ModelState(name, table, newFields, uniqueTogether, indexes, description, fullTextIndexes);
    }

    ModelState withField(FieldDef field) {
        List<FieldDef> copy = new ArrayList<>(fields);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).name().equals(field.name())) {
                copy.set(i, field);
                return withFields(copy);
            }
        }
        copy.add(field);
        return withFields(copy);
    }

    ModelState withUniqueTogether(List<List<String>> groups) {
        return new ModelState(name, table, fields, groups, indexes, description, fullTextIndexes);
    }

    ModelState withIndexes(List<List<String>> groups) {
        return new ModelState(name, table, fields, uniqueTogether, groups, description, fullTextIndexes);
    }

    ModelState withFullTextIndexes(List<List<String>> groups) {
        return new ModelState(name, table, fields, uniqueTogether, indexes, description, groups);
    }

    /** The indexes of one kind: full-text ones or the others. */
    List<List<String>> indexes(boolean fullText) {
        return fullText ? fullTextIndexes : indexes;
    }

    ModelState withIndexes(boolean fullText, List<List<String>> groups) {
        return fullText ? withFullTextIndexes(groups) : withIndexes(groups);
    }

    ModelState renamed(String newName, String newTable) {
        return new ModelState(newName, newTable, fields, uniqueTogether, indexes, description, fullTextIndexes);
    }
}
