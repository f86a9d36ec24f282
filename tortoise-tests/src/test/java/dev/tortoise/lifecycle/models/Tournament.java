package dev.tortoise.lifecycle.models;

import dev.tortoise.Model;
import dev.tortoise.fields.CharField;

public class Tournament extends Model {
    @CharField(maxLength = 100)
    public String name;
}
