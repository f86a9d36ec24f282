package dev.tortoise.internal.validation;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.exceptions.ValidationException;
import dev.tortoise.internal.config.Secrets;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.NoProviderFoundException;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only class that names {@code jakarta.validation} types; loaded only when the API is present.
 * One validator for the JVM, made on first use; whether a model class has constraints is asked
 * once per class.
 */
final class JakartaBridge {
    private static final Logger LOG = LoggerFactory.getLogger(JakartaBridge.class);
    private static final State STATE = start();
    private static final ClassValue<Boolean> CONSTRAINED = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return STATE.validator().getConstraintsForClass(type).isBeanConstrained();
        }
    };

    /** The provider's validator, or why there is none: a missing provider turns checks off, a broken one is an error. */
    private record State(jakarta.validation.Validator validator, RuntimeException failure) {
    }

    private JakartaBridge() {
    }

    private static State start() {
        try {
            ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
            return new State(factory.getValidator(), null);
        } catch (NoProviderFoundException e) {
            LOG.debug("jakarta.validation is on the class path without a provider: Bean Validation constraints are off");
            return new State(null, null);
        } catch (RuntimeException e) {
            return new State(null, e);
        }
    }

    static void check(String modelName, Object instance, Set<String> properties) {
        if (STATE.failure() != null) {
            throw new ConfigurationException("Jakarta Bean Validation is on the class path but its provider could"
                    + " not start, so the constraints of " + modelName + " cannot run: " + STATE.failure().getMessage()
                    + " (add what the provider needs, such as an Expression Language implementation for Hibernate"
                    + " Validator, or remove the provider)", STATE.failure());
        }
        if (STATE.validator() == null || !CONSTRAINED.get(instance.getClass())) {
            return;
        }
        Set<ConstraintViolation<Object>> violations;
        if (properties == null) {
            violations = STATE.validator().validate(instance);
        } else {
            violations = new HashSet<>();
            for (String property : properties) {
                violations.addAll(STATE.validator().validateProperty(instance, property));
            }
        }
        if (violations.isEmpty()) {
            return;
        }
        List<ConstraintViolation<Object>> sorted = new ArrayList<>(violations);
        sorted.sort(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString())
                .thenComparing(ConstraintViolation::getMessage));
        ConstraintViolation<Object> first = sorted.getFirst();
        String property = first.getPropertyPath().toString();
        String constraint = first.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        String value = FieldRule.render(first.getInvalidValue(), Secrets.isSecret(property));
        String more = sorted.size() == 1 ? "" : "; " + (sorted.size() - 1) + " more violation"
                + (sorted.size() == 2 ? "" : "s") + " of " + modelName;
        throw new ValidationException(modelName + (property.isEmpty() ? "" : "." + property) + ": "
                + first.getMessage() + " (@" + constraint + " rejected " + value + ")" + more);
    }
}
