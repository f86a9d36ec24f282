package dev.tortoise.testmodels.scan;

import dev.tortoise.Model;
import dev.tortoise.fields.CharField;

public class Zeta extends Model {
    @CharField(maxLength = 10)
    public String name;
}
