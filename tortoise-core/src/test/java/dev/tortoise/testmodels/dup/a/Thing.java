package dev.tortoise.testmodels.dup.a;

import dev.tortoise.Model;

public class Thing extends Model {
}
