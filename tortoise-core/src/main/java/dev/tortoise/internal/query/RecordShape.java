package dev.tortoise.internal.query;

import dev.tortoise.Path;
import dev.tortoise.exceptions.FieldException;
import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.exceptions.ValidationException;
import dev.tortoise.internal.meta.Instances;
import dev.tortoise.spi.MessageText;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A record class as a projection target of {@code QuerySet.values(Class)}: its components in
 * order, the path each reads (its name, or its {@link Path}), and its canonical constructor as a
 * method handle. Read once per record class; a query then converts each row's values to the
 * components' types with converters chosen once per query, and calls the constructor. Immutable.
 */
final class RecordShape {
    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return new RecordShape(type);
        }
    };

    private final Class<?> type;
    private final List<String> names;
    private final List<String> paths;
    private final List<Class<?>> types;
    private final MethodHandle constructor;

    private RecordShape(Class<?> type) {
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        List<String> names = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        List<Class<?>> types = new ArrayList<>();
        for (RecordComponent component : components) {
            Path path = component.getAnnotation(Path.class);
            if (path != null && path.value().isBlank()) {
                throw new ParamsException("Record " + type.getSimpleName() + " component '" + component.getName()
                        + "': @Path needs a field path such as \"tournament__name\"");
            }
            names.add(component.getName());
            paths.add(path == null ? component.getName() : path.value());
            types.add(component.getType());
        }
        this.names = List.copyOf(names);
        this.paths = List.copyOf(paths);
        this.types = List.copyOf(types);
        this.constructor = Instances.recordConstructor(type).asSpreader(Object[].class, components.length);
    }

    /**
     * The shape of a record class.
     *
     * @throws ParamsException for a class that is not a record, or a record without components
     */
    static RecordShape of(Class<?> type) {
        if (type == null || !type.isRecord()) {
            throw new ParamsException("values(Class) projects into a record class, not "
                    + (type == null ? "null" : type.getName()) + "; declare record Row(String name, ...)");
        }
        RecordShape shape = SHAPES.get(type);
        if (shape.names.isEmpty()) {
            throw new ParamsException("Record " + type.getSimpleName() + " has no components to project into");
        }
        return shape;
    }

    /** The paths the components read, in component order. */
    List<String> paths() {
        return paths;
    }

    /** The failure of a path that names nothing, told in terms of the record. */
    FieldException unknown(FieldException cause) {
        for (int i = 0; i < paths.size(); i++) {
            if (cause.getMessage().contains("field " + paths.get(i) + " for") || cause.getMessage().contains("'" + paths.get(i) + "'")) {
                FieldException e = new FieldException("Record " + type.getSimpleName() + " component '" + names.get(i) + "'"
                        + (paths.get(i).equals(names.get(i)) ? "" : " (@Path(\"" + paths.get(i) + "\"))") + ": "
                        + cause.getMessage() + "; name a field of the model, or annotate the component with"
                        + " @Path(\"relation__field\")");
                e.initCause(cause);
                return e;
            }
        }
        return cause;
    }

    /**
     * Converters from the values of the selected columns (field values as the codec reads them,
     * aggregates as {@code values(...)} reads them) to the component types.
     *
     * @param valueTypes the Java type each column's values have, or null when only the row tells (aggregates)
     * @throws FieldException when a column's values cannot fit its component
     */
    List<Function<Object, Object>> converters(List<Class<?>> valueTypes, String model) {
        List<Function<Object, Object>> converters = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Class<?> target = boxed(types.get(i));
            Class<?> source = valueTypes.get(i) == null ? null : boxed(valueTypes.get(i));
            if (source != null && !target.isAssignableFrom(source) && !numeric(source, target)) {
                throw new FieldException("Record " + type.getSimpleName() + " component '" + names.get(i) + "' is a "
                        + types.get(i).getSimpleName() + ", but " + model + "." + paths.get(i) + " holds "
                        + source.getSimpleName() + " values; declare the component as " + source.getSimpleName());
            }
            int index = i;
            converters.add(value -> convert(index, target, value));
        }
        return converters;
    }

    /** A new record of one row's converted values. */
    Object make(Object[] values) {
        try {
            return constructor.invoke(values);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("The constructor of record " + type.getName() + " threw " + e, e);
        }
    }

    private Object convert(int index, Class<?> target, Object value) {
        if (value == null) {
            if (types.get(index).isPrimitive()) {
                throw new ValidationException("Record " + type.getSimpleName() + " component '" + names.get(index)
                        + "' is a " + types.get(index) + ", which cannot hold the NULL that " + paths.get(index)
                        + " returned; declare it as " + target.getSimpleName());
            }
            return null;
        }
        if (target.isInstance(value)) {
            return value;
        }
        if (value instanceof Number n && numericTarget(target)) {
            return number(n, target, index);
        }
        throw new ValidationException("Record " + type.getSimpleName() + " component '" + names.get(index) + "' is a "
                + target.getSimpleName() + ", but " + paths.get(index) + " returned " + MessageText.describe(value));
    }

    private Object number(Number n, Class<?> target, int index) {
        try {
            if (target == Long.class) {
                return integral(n).longValueExact();
            }
            if (target == Integer.class) {
                return integral(n).intValueExact();
            }
            if (target == Short.class) {
                return integral(n).shortValueExact();
            }
            if (target == Double.class) {
                return n.doubleValue();
            }
            if (target == BigInteger.class) {
                return integral(n).toBigIntegerExact();
            }
            return n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
        } catch (ArithmeticException e) {
            throw new ValidationException("Record " + type.getSimpleName() + " component '" + names.get(index) + "' is a "
                    + target.getSimpleName() + ", which cannot hold " + n + " exactly", e);
        }
    }

    private static BigDecimal integral(Number n) {
        return n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
    }

    /** Widening without loss: integers to wider integers, decimals or doubles; any number to a decimal. */
    private static boolean numeric(Class<?> source, Class<?> target) {
        if (!Number.class.isAssignableFrom(source) || !numericTarget(target)) {
            return false;
        }
        int from = width(source);
        int to = width(target);
        return target == BigDecimal.class || from > 0 && to >= from;
    }

    private static boolean numericTarget(Class<?> target) {
        return target == Long.class || target == Integer.class || target == Short.class || target == Double.class
                || target == BigDecimal.class || target == BigInteger.class;
    }

    /** 1 short, 2 int, 3 long, 4 big integer / double; 0 for anything else. */
    private static int width(Class<?> type) {
        if (type == Short.class || type == Byte.class) {
            return 1;
        }
        if (type == Integer.class) {
            return 2;
        }
        if (type == Long.class) {
            return 3;
        }
        return type == BigInteger.class || type == Double.class ? 4 : 0;
    }

    /** The wrapper class of a primitive type; any other type as it is. */
    static Class<?> boxed(Class<?> type) {
        return type.isPrimitive() ? java.lang.invoke.MethodType.methodType(type).wrap().returnType() : type;
    }
}
