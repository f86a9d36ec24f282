package dev.tortoise.testmodels.listed;

import dev.tortoise.Model;

public class First extends Model {
}
