package dev.tortoise.internal.meta;

import dev.tortoise.exceptions.ConfigurationException;
import java.lang.invoke.MethodHandles;

/** Obtains the private lookups that let Tortoise read and write model fields without reflection per call. */
final class Lookups {
    private Lookups() {
    }

    /**
     * A lookup with private access to a model class.
     *
     * @throws ConfigurationException when the class's module does not open its package to Tortoise
     */
    static MethodHandles.Lookup privateLookup(Class<?> type) {
        Module tortoise = Lookups.class.getModule();
        Module owner = type.getModule();
        if (owner.isNamed() && tortoise.isNamed() && !owner.isOpen(type.getPackageName(), tortoise)) {
            throw new ConfigurationException("Cannot access model class " + type.getName() + ": module "
                    + owner.getName() + " must open package " + type.getPackageName()
                    + " to dev.tortoise (add 'opens " + type.getPackageName() + " to dev.tortoise;' to its module-info)");
        }
        try {
            if (tortoise.isNamed() && !tortoise.canRead(owner)) {
                tortoise.addReads(owner);
            }
            return MethodHandles.privateLookupIn(type, MethodHandles.lookup());
        } catch (IllegalAccessException e) {
            throw new ConfigurationException("Cannot access model class " + type.getName() + ": " + e.getMessage(), e);
        }
    }
}
