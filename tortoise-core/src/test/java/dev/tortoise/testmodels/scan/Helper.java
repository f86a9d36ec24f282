package dev.tortoise.testmodels.scan;

/** Not a model: ignored. */
public class Helper {
}
