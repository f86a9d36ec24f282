package dev.tortoise.testmodels.dup.b;

import dev.tortoise.Model;

public class Thing extends Model {
}
