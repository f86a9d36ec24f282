package dev.tortoise.migrations;


/** Writes a {@link FieldDef} as the Java expression that makes it, as generated migrations hold it. */
final class FieldDefSource {

    private FieldDefSource() {
    }

    static String of(FieldDef f) {
        StringBuilder s = new StringBuilder("FieldDef.of(").append(JavaText.string(f.name())).append(", FieldKind.")
                .append(f.kind().name()).append(')');
        if (!f.column().equals(f.name())) {
            s.append(".column(").append(JavaText.string(f.column())).append(')');
        }
        if (f.maxLength() != 0) {
            s.append(".maxLength(").append(f.maxLength()).append(')');
        }
        if (f.maxDigits() != 0 || f.decimalPlaces() != 0) {
            s.append(".decimal(").append(f.maxDigits()).append(", ").append(f.decimalPlaces()).append(')');
        }
        if (f.elementKind() != null) {
            s.append(".elements(FieldKind.").append(f.elementKind().name()).append(')');
        }
        if (f.isGenerated()) {
            s.append(".generated()");
        } else if (f.isPk()) {
            s.append(".pk()");
        }
        if (f.isNullable()) {
            s.append(".nullable()");
        }
        if (f.isUnique()) {
            s.append(".unique()");
        }
        if (f.isIndexed()) {
            s.append(".index()");
        }
        if (f.dbDefaultLiteral() != null) {
            s.append(".dbDefault(").append(JavaText.string(f.dbDefaultLiteral())).append(')');
        }
        if (f.dbDefaultExpression() != null) {
            s.append(".dbDefaultSql(").append(JavaText.string(f.dbDefaultExpression())).append(')');
        }
        if (f.comment() != null) {
            s.append(".description(").append(JavaText.string(f.comment())).append(')');
        }
        if (f.referencedModel() != null) {
            s.append(".references(").append(JavaText.string(f.referencedModel())).append(", OnDelete.")
                    .append(f.onDelete().name()).append(')');
            if (!f.hasDbConstraint()) {
                s.append(".noDbConstraint()");
            }
        }
        return s.toString();
    }
}
