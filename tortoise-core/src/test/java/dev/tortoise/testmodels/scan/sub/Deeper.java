package dev.tortoise.testmodels.scan.sub;

import dev.tortoise.Model;

/** In a sub-package: not part of dev.tortoise.testmodels.scan. */
public class Deeper extends Model {
}
