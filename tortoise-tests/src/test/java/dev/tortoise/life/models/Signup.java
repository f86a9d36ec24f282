package dev.tortoise.life.models;

import dev.tortoise.Manager;
import dev.tortoise.Model;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.IntField;
import dev.tortoise.validators.MinLength;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Jakarta Bean Validation constraints beside Tortoise's own validators. */
public class Signup extends Model {
    public static final Manager<Signup> objects = Manager.of(Signup.class);

    @CharField(maxLength = 50) @MinLength(2)
    @NotBlank(message = "must not be blank") @Size(max = 10, message = "at most 10 characters")
    public String name;

    @IntField(nullable = true) @Max(value = 5, message = "at most 5")
    public Integer seats;
}
