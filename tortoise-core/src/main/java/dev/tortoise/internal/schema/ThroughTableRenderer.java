package dev.tortoise.internal.schema;

import dev.tortoise.spi.SchemaDialect;
import dev.tortoise.spi.SchemaDialect.ForeignKey;
import dev.tortoise.spi.SchemaDialect.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the through table of a many-to-many (TORTOISE-SPEC §4.3, §5.7): the backward key column
 * (the owner's pk type), the forward key column (the target's pk type), their foreign keys unless
 * {@code dbConstraint = false} (unnamed, inline or as lines per dialect), the unique index over both
 * unless {@code createUniqueIndex = false}, and the relation's description as the table comment.
 */
public final class ThroughTableRenderer {
    private final SchemaDialect dialect;
    private final ColumnRenderer columns;
    private final boolean safe;

    /** A renderer for {@code dialect}; {@code safe} adds {@code IF NOT EXISTS} where it can. */
    public ThroughTableRenderer(SchemaDialect dialect, boolean safe) {
        this.dialect = dialect;
        this.columns = new ColumnRenderer(dialect);
        this.safe = safe;
    }

    /** The statements that create the through table, its unique index and its comment. */
    public List<Statement> render(ThroughTableSpec spec) {
        String through = spec.through();
        List<String> lines = new ArrayList<>();
        lines.add(column(spec.backward(), columns.plainType(spec.backwardType()), spec.dbConstraint()));
        lines.add(column(spec.forward(), columns.plainType(spec.forwardType()), spec.dbConstraint()));
        if (spec.dbConstraint() && !dialect.inlineReferences()) {
            lines.add(dialect.foreignKeyLine(spec.backward()));
            lines.add(dialect.foreignKeyLine(spec.forward()));
        }
        List<String> keyColumns = List.of(spec.backward().column(), spec.forward().column());
        String uniqueName = uniqueName(spec);
        boolean uniqueInside = spec.unique() && dialect.indexesInsideTable();
        if (uniqueInside) {
            lines.add(dialect.indexLine(uniqueName, keyColumns, true));
        }
        List<Statement> statements = new ArrayList<>();
        statements.add(Statement.of(dialect.createTable(through, lines, spec.description(), safe)));
        if (spec.unique() && !uniqueInside) {
            statements.add(Statement.of(dialect.createIndex(uniqueName, through, keyColumns, true, safe)));
        }
        for (String sql : dialect.commentStatements(through, List.of(), spec.description())) {
            statements.add(Statement.of(sql));
        }
        return statements;
    }

    /** The name of the pair's unique index. */
    public static String uniqueName(ThroughTableSpec spec) {
        return SchemaNames.throughUnique(spec.through(), spec.backward().column(), spec.forward().column());
    }

    private String column(ForeignKey key, String type, boolean constrained) {
        String line = dialect.quote(key.column()) + " " + type + " NOT NULL";
        return constrained && dialect.inlineReferences() ? line + " " + dialect.inlineReference(key) : line;
    }
}
