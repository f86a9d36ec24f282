package dev.tortoise.testmodels.scan;

public class Middle extends Base {
}
