package dev.tortoise.testmodels.scan;

import dev.tortoise.Model;

/** Sorted after upper-case names, as upstream's dir() order. */
@SuppressWarnings("checkstyle:TypeName")
public class lowerModel extends Model {
}
