package dev.tortoise.testmodels.listed;

import dev.tortoise.Model;

public class Unlisted extends Model {
}
