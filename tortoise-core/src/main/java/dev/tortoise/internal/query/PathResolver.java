package dev.tortoise.internal.query;

import dev.tortoise.spi.DatePart;
import dev.tortoise.exceptions.FieldException;
import dev.tortoise.internal.meta.BackwardRelationMeta;
import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.spi.FieldKind;
import dev.tortoise.internal.meta.ForeignKeyMeta;
import dev.tortoise.internal.meta.ManyToManyMeta;
import dev.tortoise.internal.meta.ModelMeta;
import dev.tortoise.spi.ValueCodec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves the {@code __}-separated paths of one query against the model's metadata, adding the
 * joins they traverse: {@code tournament__name} joins the tournament, {@code participants__name}
 * the join table and the team, {@code events} the reverse foreign key. A path that ends on a
 * relation compares its key, so no join is needed for {@code tournament} or {@code tournament__id}.
 */
final class PathResolver {

    /** What a path is used for: only filters may end with operators. */
    enum Usage { FILTER, ORDER, VALUES, AGGREGATE }

    private final ModelMeta root;
    private final Joins joins;
    private final ValueCodec codec;
    private final Map<String, Expr> annotations;
    private final Map<String, Target> compiled = new HashMap<>();
    /** Marks an annotation whose expression is being compiled, so that a cycle is an error, not a recursion. */
    private static final Target COMPILING = new Target("", "", null, null, null, null, null);
    private final PathResolver outer;
    private ExprSql expressions;

    PathResolver(ModelMeta root, Joins joins, ValueCodec codec, Map<String, Expr> annotations) {
        this(root, joins, codec, annotations, null);
    }

    /**
     * A resolver for one query.
     *
     * @param outer the resolver of the enclosing query when this one is a subquery, for {@code OuterRef}; else null
     */
    PathResolver(ModelMeta root, Joins joins, ValueCodec codec, Map<String, Expr> annotations, PathResolver outer) {
        this.root = root;
        this.joins = joins;
        this.codec = codec;
        this.annotations = annotations;
        this.outer = outer;
    }

    /** Compiles annotations with {@code expressions} (set once, when the query's compilers are made). */
    void use(ExprSql expressions) {
        this.expressions = expressions;
    }

    /** The expression compiler of this query. */
    ExprSql expressions() {
        return expressions;
    }

    /** The enclosing query's resolver, or null outside a subquery. */
    PathResolver outer() {
        return outer;
    }

    ModelMeta root() {
        return root;
    }

    /** Whether the name is an annotation's alias in this query. */
    boolean isAnnotation(String name) {
        return annotations.containsKey(name);
    }

    Joins joins() {
        return joins;
    }

    ValueCodec codec() {
        return codec;
    }

    /**
     * Resolves a path.
     *
     * @throws FieldException naming the path, the model and what would be valid
     */
    Target resolve(String path, Usage usage) {
        String[] tokens = path.split("__", -1);
        if (annotations.containsKey(tokens[0]) && usage != Usage.AGGREGATE) {
            return operators(annotation(tokens[0]), path, tokens, 1, usage, null);
        }
        Joins.Node node = joins.root();
        ModelMeta model = root;
        for (int i = 0; i < tokens.length; i++) {
            Object member = model.member(tokens[i]);
            switch (member) {
                case FieldMeta field -> {
                    Target t = new Target(path, joins.column(node, field.column()), field, null, null, null, null);
                    if (field.kind() == FieldKind.JSON && usage == Usage.FILTER && JsonKeyPath.follows(tokens, i + 1)) {
                        return JsonKeyPath.resolve(t, path, tokens, i + 1);
                    }
                    return operators(t, path, tokens, i + 1, usage, model);
                }
                case ForeignKeyMeta fk -> {
                    boolean endsHere = endsAt(tokens, i, usage, fk.target());
                    boolean keyNext = !endsHere && fk.target().field(tokens[i + 1]) == fk.targetField()
                            && (i + 2 == tokens.length || usage == Usage.FILTER && isSuffix(tokens, i + 2));
                    if (endsHere || keyNext) {
                        Target t = new Target(path, joins.column(node, fk.keyField().column()), fk.keyField(),
                                fk.targetField(), null, null, null);
                        return operators(t, path, tokens, keyNext ? i + 2 : i + 1, usage, model);
                    }
                    node = joins.foreignKey(node, fk);
                    model = fk.target();
                }
                case BackwardRelationMeta backward -> {
                    node = joins.backward(node, backward);
                    model = backward.sourceModel();
                    if (endsAt(tokens, i, usage, model)) {
                        FieldMeta pk = model.pk();
                        return operators(new Target(path, joins.column(node, pk.column()), pk, pk, null, null, null),
                                path, tokens, i + 1, usage, model);
                    }
                }
                case ManyToManyMeta m2m -> {
                    if (endsAt(tokens, i, usage, m2m.target())) {
                        Joins.Node through = joins.through(node, m2m);
                        FieldMeta pk = m2m.target().pk();
                        return operators(new Target(path, joins.column(through, m2m.forwardKey()), pk, pk, null, null,
                                null), path, tokens, i + 1, usage, m2m.target());
                    }
                    node = joins.manyToMany(node, m2m);
                    model = m2m.target();
                }
                case null, default -> throw unknown(path, usage, model, tokens[i], i);
            }
        }
        throw unknown(path, usage, model, "", tokens.length);
    }

    /**
     * An annotation's expression, compiled once per query.
     *
     * @throws FieldException when the annotation refers to itself, directly or through others
     */
    Target annotation(String alias) {
        Target known = compiled.get(alias);
        if (known == COMPILING) {
            throw new FieldException("Annotation '" + alias + "' refers to itself; an annotation can use fields and"
                    + " other annotations only. Valid fields are " + root.names());
        }
        if (known != null) {
            return known;
        }
        if (expressions == null) {
            throw new IllegalStateException("annotation " + alias + " resolved without an expression compiler");
        }
        compiled.put(alias, COMPILING);
        Computed c = expressions.compile(annotations.get(alias));
        Target target = new Target(alias, c.sql().sql(), c.type().fieldMeta(), null, null, null, c);
        compiled.put(alias, target);
        return target;
    }

    private Target operators(Target target, String path, String[] tokens, int from, Usage usage, ModelMeta model) {
        if (from == tokens.length) {
            return target;
        }
        if (usage != Usage.FILTER) {
            throw unknown(path, usage, model == null ? root : model, tokens[from], from);
        }
        DatePart part = DatePart.of(tokens[from]);
        int next = from;
        if (part != null) {
            if (target.field() == null || !target.field().kind().isTemporal()) {
                throw new FieldException("Unknown filter param '" + path + "': '" + tokens[from] + "' applies to"
                        + " date, time and datetime fields only, and " + describe(target) + " is not one");
            }
            next++;
        }
        Operator op = next < tokens.length ? Operator.of(tokens[next]) : null;
        boolean valid = next == tokens.length ? part != null
                : op != null && next == tokens.length - 1 && (part == null || op.isComparison());
        if (!valid) {
            String bad = next < tokens.length ? tokens[next] : tokens[from];
            throw new FieldException("Unknown filter param '" + path + "': '" + bad + "' is not a lookup of "
                    + describe(target) + ". Valid lookups are " + Operator.suffixes(target.field() != null
                    && target.field().kind().isTemporal()));
        }
        return new Target(path, target.sql(), target.field(), target.instanceField(), op, part, target.computed());
    }

    private static String describe(Target target) {
        return target.computed() != null ? "annotation " + target.path().split("__")[0]
                : target.field() == null ? target.path()
                : target.field().model().name() + "." + target.field().name();
    }

    /** Whether the path stops at token {@code i}: it is the last, or only lookup suffixes follow. */
    private static boolean endsAt(String[] tokens, int i, Usage usage, ModelMeta next) {
        return i == tokens.length - 1
                || usage == Usage.FILTER && next.member(tokens[i + 1]) == null && isSuffix(tokens, i + 1);
    }

    private static boolean isSuffix(String[] tokens, int from) {
        if (from >= tokens.length) {
            return true;
        }
        int next = DatePart.of(tokens[from]) != null ? from + 1 : from;
        return next == tokens.length || next == tokens.length - 1 && Operator.of(tokens[next]) != null;
    }

    private FieldException unknown(String path, Usage usage, ModelMeta model, String token, int index) {
        List<String> allowed = new ArrayList<>(model.names());
        if (index == 0) {
            allowed.addAll(annotations.keySet());
        }
        String where = index == 0 ? "" : " (" + model.name() + " has no field '" + token + "')";
        return switch (usage) {
            case FILTER -> new FieldException("Unknown filter param '" + path + "'" + where
                    + ". Allowed base values are " + allowed);
            default -> new FieldException("Unknown field " + path + " for model " + root.name() + where
                    + ". Valid fields are " + allowed);
        };
    }
}
