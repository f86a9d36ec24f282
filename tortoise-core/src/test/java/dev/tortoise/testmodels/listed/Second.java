package dev.tortoise.testmodels.listed;

import dev.tortoise.Model;

public class Second extends Model {
}
