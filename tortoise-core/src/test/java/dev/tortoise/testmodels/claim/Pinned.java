package dev.tortoise.testmodels.claim;

import dev.tortoise.Model;
import dev.tortoise.fields.Meta;

@Meta(app = "events")
public class Pinned extends Model {
}
