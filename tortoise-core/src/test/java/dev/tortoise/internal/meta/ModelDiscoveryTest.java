package dev.tortoise.internal.meta;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.testmodels.claim.Free;
import dev.tortoise.testmodels.claim.Pinned;
import dev.tortoise.testmodels.holder.ListedHolder;
import dev.tortoise.testmodels.holder.NestedModels;
import dev.tortoise.testmodels.listed.First;
import dev.tortoise.testmodels.listed.Second;
import dev.tortoise.testmodels.scan.Alpha;
import dev.tortoise.testmodels.scan.Middle;
import dev.tortoise.testmodels.scan.Zeta;
import dev.tortoise.testmodels.scan.lowerModel;
import java.util.List;
import org.junit.jupiter.api.Test;

import static dev.tortoise.internal.meta.Registries.build;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelDiscoveryTest {

    private static List<Class<?>> classes(ModelRegistry registry, String app) {
        return registry.app(app).stream().<Class<?>>map(ModelMeta::modelClass).toList();
    }

    @Test
    void scansOnlyThePackagesOwnClassesSortedBySimpleName() {
        ModelRegistry registry = build("models", "dev.tortoise.testmodels.scan");
        // Abstract Base, Helper, Alpha.NestedInAlpha and the sub-package's Deeper are not the module's models;
        // String.compareTo puts upper-case names first, as upstream's dir() does.
        assertEquals(List.of(Alpha.class, Middle.class, Zeta.class, lowerModel.class), classes(registry, "models"));
        assertTrue(registry.warnings().isEmpty());
    }

    @Test
    void modelsOnPackageInfoIsTheExactListInItsOrder() {
        ModelRegistry registry = build("models", "dev.tortoise.testmodels.listed");
        assertEquals(List.of(Second.class, First.class), classes(registry, "models"));
    }

    @Test
    void holderClassGivesItsNestedStaticModelsByName() {
        ModelRegistry registry = build("models", "dev.tortoise.testmodels.holder.NestedModels");
        assertEquals(List.of(NestedModels.Alpha.class, NestedModels.Beta.class), classes(registry, "models"));
    }

    @Test
    void modelsOnAHolderClassIsTheExactList() {
        ModelRegistry registry = build("models", "dev.tortoise.testmodels.holder.ListedHolder");
        assertEquals(List.of(ListedHolder.Later.class, ListedHolder.Earlier.class), classes(registry, "models"));
    }

    @Test
    void modulesOfAnAppAreConcatenatedInOrder() {
        ModelRegistry registry = build("models", "dev.tortoise.testmodels.listed",
                "dev.tortoise.testmodels.holder.NestedModels");
        assertEquals(List.of(Second.class, First.class, NestedModels.Alpha.class, NestedModels.Beta.class),
                classes(registry, "models"));
    }

    @Test
    void missingModuleSaysWhatAModuleMayBe() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> build("models", "dev.tortoise.testmodels.nowhere"));
        assertTrue(e.getMessage().startsWith("Module \"dev.tortoise.testmodels.nowhere\" not found"), e.getMessage());
        assertTrue(e.getMessage().contains("Java package"), e.getMessage());
        assertTrue(e.getMessage().contains("nested static"), e.getMessage());
    }

    @Test
    void moduleWithoutModelsWarns() {
        ModelRegistry registry = build("models", "dev.tortoise.testmodels.empty");
        assertTrue(registry.app("models").isEmpty());
        assertEquals(List.of("Module \"dev.tortoise.testmodels.empty\" has no models"), registry.warnings());
    }

    @Test
    void metaAppPinsAModelAndTheFirstAppKeepsAClaimedModel() {
        ModelRegistry registry = ModelRegistry.build(List.of(
                new AppSpec("models", List.of("dev.tortoise.testmodels.claim"), "default"),
                new AppSpec("events", List.of("dev.tortoise.testmodels.claim"), "default")), null);
        assertEquals(List.of(Free.class), classes(registry, "models"));
        assertEquals(List.of(Pinned.class), classes(registry, "events"));
        assertEquals("events", registry.meta(Pinned.class).app());
    }

    @Test
    void moduleListedTwiceInOneAppYieldsEachModelOnce() {
        ModelRegistry registry = build("models", "dev.tortoise.testmodels.listed", "dev.tortoise.testmodels.listed");
        assertEquals(List.of(Second.class, First.class), classes(registry, "models"));
    }

    @Test
    void twoClassesWithOneSimpleNameInAnAppAreRejected() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> build("models", "dev.tortoise.testmodels.dup.a", "dev.tortoise.testmodels.dup.b"));
        assertTrue(e.getMessage().contains("Two models named Thing in app \"models\""), e.getMessage());
        assertTrue(e.getMessage().contains("dev.tortoise.testmodels.dup.a.Thing"), e.getMessage());
        assertTrue(e.getMessage().contains("dev.tortoise.testmodels.dup.b.Thing"), e.getMessage());
    }

    @Test
    void sameSimpleNameInTwoAppsIsFine() {
        ModelRegistry registry = ModelRegistry.build(List.of(
                new AppSpec("a", List.of("dev.tortoise.testmodels.dup.a"), "default"),
                new AppSpec("b", List.of("dev.tortoise.testmodels.dup.b"), "default")), null);
        assertEquals("a.Thing", registry.meta(dev.tortoise.testmodels.dup.a.Thing.class).fullName());
        assertEquals("b.Thing", registry.meta("b.Thing").fullName());
    }
}
