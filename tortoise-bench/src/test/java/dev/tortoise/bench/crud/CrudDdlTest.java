package dev.tortoise.bench.crud;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tortoise.Tortoise;
import dev.tortoise.bench.Backend;
import dev.tortoise.bench.Shapes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every contender works on the same table: the DDL that plain JDBC and Hibernate run is, statement
 * for statement, what Tortoise generates for the shape's model. {@code getSchemaSql} opens no
 * connection, so no server is needed.
 */
class CrudDdlTest {

    private static final Map<Backend, String> URLS = Map.of(
            Backend.SQLITE_FILE, "sqlite://:memory:",
            Backend.POSTGRES, "postgres://postgres@127.0.0.1:5432/never_opened",
            Backend.MYSQL, "mysql://root:@127.0.0.1:3306/never_opened");

    @ParameterizedTest
    @EnumSource(Shape.class)
    void theHandWrittenDdlIsWhatTortoiseGenerates(Shape shape) {
        String module = "dev.tortoise.bench.crud.model.shape" + shape.number();
        for (Backend backend : List.of(Backend.SQLITE_FILE, Backend.POSTGRES, Backend.MYSQL)) {
            try (Tortoise tortoise = Tortoise.init(URLS.get(backend), Map.of("models", List.of(module)))) {
                List<String> generated = Shapes.split(tortoise.getSchemaSql("default", false));
                List<String> handWritten = shape.ddl(backend);
                for (int i = 0; i < Math.min(generated.size(), handWritten.size()); i++) {
                    assertEquals(handWritten.get(i), generated.get(i),
                            backend.id() + ", shape " + shape.number() + ", statement " + (i + 1));
                }
                assertEquals(handWritten.size(), generated.size(), backend.id() + ", shape " + shape.number());
            }
        }
    }
}
