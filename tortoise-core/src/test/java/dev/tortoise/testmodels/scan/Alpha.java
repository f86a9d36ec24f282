package dev.tortoise.testmodels.scan;

import dev.tortoise.Model;

public class Alpha extends Model {
    /** Nested classes of a scanned package are not the package's own models. */
    public static class NestedInAlpha extends Model {
    }
}
