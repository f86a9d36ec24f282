package dev.tortoise.spi;

import java.util.Objects;
import java.util.function.Function;

/**
 * Everything the ORM knows about one database for one connection, in facets: its column types
 * ({@link #types()}), the query SQL ({@link #sql()}), the DDL ({@link #ddl()}), the schema changes of
 * migrations ({@link #alter()}), the conversion of
 * values ({@link #codec()}), the meaning of driver errors ({@link #errors()}) and the facts that
 * depend on the running server ({@link #features(DbClient)}). Core keeps the algorithms and asks a
 * platform only for text and facts; it never switches on a database's name.
 *
 * <p>A backend builds one per connection alias in {@link BackendProvider#platform(PlatformConfig)}:
 *
 * <pre>{@code
 * SqlDialect sql = new H2SqlDialect();
 * ColumnTypes types = ColumnTypes.standard().with(FieldKind.BINARY, "VARBINARY");
 * return Platform.builder("h2")
 *         .sql(sql).types(types).ddl(new H2SchemaDialect(sql, types))
 *         .codec(new H2ValueCodec(config.useTz(), config.timezone()))
 *         .errors(new H2ErrorCodes())
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; no method blocks except what {@link #features} documents.
 */
public final class Platform {

    private final String name;
    private final ColumnTypes types;
    private final SqlDialect sql;
    private final SchemaDialect ddl;
    private final AlterDialect alter;
    private final ValueCodec codec;
    private final ErrorClassifier errors;
    private final Function<DbClient, ServerFeatures> features;

    private Platform(Builder b) {
        this.name = b.name;
        this.types = Objects.requireNonNull(b.types, "types");
        this.sql = Objects.requireNonNull(b.sql, "sql");
        this.ddl = b.ddl != null ? b.ddl : new SchemaDialect(sql, types);
        this.alter = b.alter != null ? b.alter.apply(ddl) : new AlterDialect(ddl);
        this.codec = Objects.requireNonNull(b.codec, "codec");
        this.errors = b.errors;
        this.features = b.features;
    }

    /** Starts a platform named as its clients' {@link DbClient#dialect()} ({@code "sqlite"}, {@code "h2"} …). */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The platform's name, which is also its clients' {@link DbClient#dialect()}. */
    public String name() {
        return name;
    }

    /** The column types. */
    public ColumnTypes types() {
        return types;
    }

    /** The query SQL. */
    public SqlDialect sql() {
        return sql;
    }

    /** The DDL. */
    public SchemaDialect ddl() {
        return ddl;
    }

    /** The changes of an existing schema, for migrations. */
    public AlterDialect alter() {
        return alter;
    }

    /** The converter of values between Java and the driver, for this configuration's time-zone settings. */
    public ValueCodec codec() {
        return codec;
    }

    /** What the driver's exceptions mean. */
    public ErrorClassifier errors() {
        return errors;
    }

    /**
     * The features of the server behind a client of this platform. Called once per connection
     * alias, when the first statement needs one; the answer may find facts out lazily with queries
     * on that client (blocking then).
     */
    public ServerFeatures features(DbClient client) {
        return features.apply(client);
    }

    @Override
    public String toString() {
        return "Platform[" + name + "]";
    }

    /** Builds a {@link Platform}; {@code types}, {@code sql} and {@code codec} are required. */
    public static final class Builder {
        private final String name;
        private ColumnTypes types = ColumnTypes.standard();
        private SqlDialect sql = new SqlDialect();
        private SchemaDialect ddl;
        private Function<SchemaDialect, AlterDialect> alter;
        private ValueCodec codec;
        private ErrorClassifier errors = ErrorClassifier.NONE;
        private Function<DbClient, ServerFeatures> features = client -> ServerFeatures.STANDARD;

        private Builder(String name) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("A platform needs a name, such as \"h2\"");
            }
            this.name = name;
        }

        /** The column types; default {@link ColumnTypes#standard()}. */
        public Builder types(ColumnTypes types) {
            this.types = types;
            return this;
        }

        /** The query SQL; default a plain {@link SqlDialect} (standard SQL). */
        public Builder sql(SqlDialect sql) {
            this.sql = sql;
            return this;
        }

        /** The DDL; default a plain {@link SchemaDialect} over {@code sql} and {@code types}. */
        public Builder ddl(SchemaDialect ddl) {
            this.ddl = ddl;
            return this;
        }

        /**
         * The schema changes, made from the platform's DDL; default a plain {@link AlterDialect}
         * (PostgreSQL's spelling). Example: {@code .alter(MyAlterDialect::new)}.
         */
        public Builder alter(Function<SchemaDialect, AlterDialect> alter) {
            this.alter = Objects.requireNonNull(alter, "alter");
            return this;
        }

        /** The value codec (required). */
        public Builder codec(ValueCodec codec) {
            this.codec = codec;
            return this;
        }

        /** The error classifier; default {@link ErrorClassifier#NONE} (SQLStates decide). */
        public Builder errors(ErrorClassifier errors) {
            this.errors = Objects.requireNonNull(errors, "errors");
            return this;
        }

        /** How the server's features are found; default {@link ServerFeatures#STANDARD}. */
        public Builder features(Function<DbClient, ServerFeatures> features) {
            this.features = Objects.requireNonNull(features, "features");
            return this;
        }

        /**
         * The platform.
         *
         * @throws NullPointerException when a required facet is missing
         */
        public Platform build() {
            return new Platform(this);
        }
    }
}
