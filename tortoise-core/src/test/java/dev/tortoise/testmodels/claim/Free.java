package dev.tortoise.testmodels.claim;

import dev.tortoise.Model;

public class Free extends Model {
}
