package dev.tortoise.internal.schema;

import dev.tortoise.internal.meta.ManyToManyMeta;
import dev.tortoise.internal.meta.ModelMeta;
import dev.tortoise.spi.SchemaDialect;
import dev.tortoise.spi.SchemaDialect.ForeignKey;
import dev.tortoise.spi.SchemaDialect.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the through table of a declared many-to-many (TORTOISE-SPEC §4.3, §5.7): the backward
 * key column (this model's pk type), the forward key column (the target's pk type), their foreign
 * keys unless {@code dbConstraint = false} (unnamed, inline or as lines per dialect), the unique
 * index over both unless {@code createUniqueIndex = false}, and the relation's description as the
 * table comment.
 */
final class ThroughTableRenderer {
    private final SchemaDialect dialect;
    private final ColumnRenderer columns;
    private final boolean safe;

    ThroughTableRenderer(SchemaDialect dialect, boolean safe) {
        this.dialect = dialect;
        this.columns = new ColumnRenderer(dialect);
        this.safe = safe;
    }

    TableBlock render(ManyToManyMeta m2m) {
        String through = m2m.through();
        ModelMeta owner = m2m.model();
        ModelMeta target = m2m.target();
        ForeignKey backward = new ForeignKey(null, through, m2m.backwardKey(), owner.table(),
                owner.pk().column(), m2m.onDelete());
        ForeignKey forward = new ForeignKey(null, through, m2m.forwardKey(), target.table(),
                target.pk().column(), m2m.onDelete());
        List<String> lines = new ArrayList<>();
        lines.add(column(backward, columns.plainType(owner.pk()), m2m.dbConstraint()));
        lines.add(column(forward, columns.plainType(target.pk()), m2m.dbConstraint()));
        if (m2m.dbConstraint() && !dialect.inlineReferences()) {
            lines.add(dialect.foreignKeyLine(backward));
            lines.add(dialect.foreignKeyLine(forward));
        }
        List<String> keyColumns = List.of(m2m.backwardKey(), m2m.forwardKey());
        String uniqueName = SchemaNames.throughUnique(through, m2m.backwardKey(), m2m.forwardKey());
        boolean uniqueInside = m2m.createUniqueIndex() && dialect.indexesInsideTable();
        if (uniqueInside) {
            lines.add(dialect.indexLine(uniqueName, keyColumns, true));
        }
        List<Statement> statements = new ArrayList<>();
        statements.add(Statement.of(dialect.createTable(through, lines, m2m.description(), safe)));
        if (m2m.createUniqueIndex() && !uniqueInside) {
            statements.add(Statement.of(dialect.createIndex(uniqueName, through, keyColumns, true, safe)));
        }
        for (String sql : dialect.commentStatements(through, List.of(), m2m.description())) {
            statements.add(Statement.of(sql));
        }
        return new TableBlock(through, statements);
    }

    private String column(ForeignKey key, String type, boolean constrained) {
        String line = dialect.quote(key.column()) + " " + type + " NOT NULL";
        return constrained && dialect.inlineReferences() ? line + " " + dialect.inlineReference(key) : line;
    }
}
