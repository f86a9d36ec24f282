package dev.tortoise.internal.validation;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.internal.config.Secrets;
import dev.tortoise.internal.meta.GenericTypes;
import dev.tortoise.internal.meta.Instances;
import dev.tortoise.validators.CommaSeparatedIntegers;
import dev.tortoise.validators.Email;
import dev.tortoise.validators.MaxLength;
import dev.tortoise.validators.MaxValue;
import dev.tortoise.validators.MinLength;
import dev.tortoise.validators.MinValue;
import dev.tortoise.validators.Regex;
import dev.tortoise.validators.Url;
import dev.tortoise.validators.Validator;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the validators of one field at init: the built-in annotations beside its field annotation
 * and the classes named by its {@code validators}, each checked against the type of the field's
 * values (a {@code @MinValue} on text, or a {@code Validator<Integer>} on a {@code String} field,
 * fails init). Built-ins come first, in declaration order, then the named classes in their order.
 */
public final class RuleReader {
    private static final String VALIDATORS = Validator.class.getPackageName();

    private RuleReader() {
    }

    /**
     * The rules of a field.
     *
     * @param valueType the class of the field's values (a relation's target model for a foreign key)
     * @param named     the classes of the annotation's {@code validators}
     * @throws ConfigurationException naming model, field and rule for a rule that does not fit
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static List<FieldRule> read(Field field, Class<?> valueType, Class<? extends Validator>[] named) {
        List<Annotation> builtIns = null;
        for (Annotation a : field.getDeclaredAnnotations()) {
            // by package first: most fields carry only their field annotation, and this loads nothing
            if (a.annotationType().getPackageName().equals(VALIDATORS)) {
                (builtIns == null ? builtIns = new ArrayList<>(2) : builtIns).add(a);
            }
        }
        if (builtIns == null && named.length == 0) {
            return List.of();
        }
        String where = field.getDeclaringClass().getSimpleName() + "." + field.getName() + ": ";
        boolean secret = Secrets.isSecret(field.getName());
        Class<?> type = boxed(valueType);
        List<FieldRule> rules = new ArrayList<>();
        for (Annotation a : builtIns == null ? List.<Annotation>of() : builtIns) {
            // instanceof, not a pattern switch: init should not link a type switch (a generated class)
            if (a instanceof MinValue m) {
                rules.add(fitted(where, "@MinValue", type, Kind.NUMBER, () -> BuiltInRules.minValue(m.value(), secret)));
            } else if (a instanceof MaxValue m) {
                rules.add(fitted(where, "@MaxValue", type, Kind.NUMBER, () -> BuiltInRules.maxValue(m.value(), secret)));
            } else if (a instanceof MinLength m) {
                rules.add(fitted(where, "@MinLength", type, Kind.SIZED,
                        () -> BuiltInRules.minLength(nonNegative(where, "@MinLength", m.value()), secret)));
            } else if (a instanceof MaxLength m) {
                rules.add(fitted(where, "@MaxLength", type, Kind.SIZED,
                        () -> BuiltInRules.maxLength(nonNegative(where, "@MaxLength", m.value()), secret)));
            } else if (a instanceof Regex r) {
                rules.add(fitted(where, "@Regex", type, Kind.TEXT, () -> BuiltInRules.regex(compile(where, r.value()), secret)));
            } else if (a instanceof CommaSeparatedIntegers c) {
                rules.add(fitted(where, "@CommaSeparatedIntegers", type, Kind.TEXT,
                        () -> BuiltInRules.commaSeparatedIntegers(c.allowNegative(), secret)));
            } else if (a instanceof Email) {
                rules.add(fitted(where, "@Email", type, Kind.TEXT, () -> BuiltInRules.email(secret)));
            } else if (a instanceof Url) {
                rules.add(fitted(where, "@Url", type, Kind.TEXT, () -> BuiltInRules.url(secret)));
            }
        }
        for (Class<? extends Validator> validatorClass : named) {
            checkValueType(where, validatorClass, type);
            Validator<Object> validator = Instances.create((Class<Validator<Object>>) validatorClass, where + "validator");
            rules.add(new FieldRule(validatorClass.getSimpleName(), validator, false, secret));
        }
        return List.copyOf(rules);
    }

    private enum Kind {
        NUMBER("number fields (Integer, Long, Short, Double, BigDecimal)"),
        TEXT("text fields (String)"),
        SIZED("text fields (String) and list fields");

        final String fits;

        Kind(String fits) {
            this.fits = fits;
        }

        boolean accepts(Class<?> type) {
            return switch (this) {
                case NUMBER -> Number.class.isAssignableFrom(type);
                case TEXT -> CharSequence.class.isAssignableFrom(type);
                case SIZED -> CharSequence.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type);
            };
        }
    }

    /** The rule, once it is known to fit the type of the field's values. */
    private static FieldRule fitted(String where, String rule, Class<?> type, Kind kind, Supplier<FieldRule> make) {
        if (!kind.accepts(type)) {
            throw new ConfigurationException(where + rule + " applies to " + kind.fits + ", not to "
                    + type.getSimpleName());
        }
        return make.get();
    }

    private static int nonNegative(String where, String rule, int bound) {
        if (bound < 0) {
            throw new ConfigurationException(where + rule + " needs a length of at least 0, got " + bound);
        }
        return bound;
    }

    private static Pattern compile(String where, String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new ConfigurationException(where + "@Regex(\"" + regex + "\") is not a valid regular expression: "
                    + e.getDescription(), e);
        }
    }

    /** A {@code Validator<V>} whose {@code V} is known must accept the field's values. */
    private static void checkValueType(String where, Class<?> validatorClass, Class<?> valueType) {
        Type declared = GenericTypes.argument(validatorClass, Validator.class, 0);
        Class<?> accepted = GenericTypes.rawClass(declared);
        if (accepted != null && !accepted.isAssignableFrom(valueType)) {
            throw new ConfigurationException(where + "validator " + validatorClass.getSimpleName() + " checks "
                    + accepted.getSimpleName() + " values, but the field holds " + valueType.getSimpleName());
        }
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "short" -> Short.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            case "boolean" -> Boolean.class;
            case "byte" -> Byte.class;
            default -> Character.class;
        };
    }
}
