package dev.tortoise.tests.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.internal.meta.FieldType;
import dev.tortoise.internal.meta.ModelMeta;
import dev.tortoise.spi.SchemaDialect;
import dev.tortoise.spi.SchemaDialect.ColumnKind;
import dev.tortoise.spi.SchemaDialect.ColumnType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The DDL types of every backend dialect agree with {@code FieldType.sqlType}, which
 * {@code describeModels} reports as {@code db_field_types}: one truth for both.
 */
class SchemaDialectTypesTest {

    @Test
    void everyFieldTypeHasTheColumnKindOfTheSameName() {
        assertEquals(Arrays.stream(FieldType.values()).map(Enum::name).toList(),
                Arrays.stream(ColumnKind.values()).map(Enum::name).toList());
    }

    @Test
    void dialectTypesMatchWhatDescribeReports() {
        List<ModelMeta> models = Schemas.models(Schemas.KITCHEN);
        for (String engine : List.of("sqlite", "postgres", "mysql")) {
            SchemaDialect dialect = Schemas.dialect(engine, Map.of("file_path", ":memory:"));
            for (ModelMeta model : models) {
                for (FieldMeta field : model.fields()) {
                    ColumnType type = new ColumnType(ColumnKind.valueOf(field.type().name()), field.maxLength(),
                            field.maxDigits(), field.decimalPlaces());
                    assertEquals(field.type().sqlType(dialect.name(), field), dialect.columnType(type),
                            engine + ": " + field);
                    if (field.pk() && field.generated()) {
                        assertEquals(field.type().generatedSql(dialect.name()),
                                dialect.generatedPrimaryKey(type.kind()), engine + ": " + field);
                    }
                }
            }
        }
    }
}
