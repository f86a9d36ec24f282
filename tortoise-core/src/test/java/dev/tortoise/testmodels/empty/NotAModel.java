package dev.tortoise.testmodels.empty;

/** The only class of a module without models. */
public class NotAModel {
}
