package dev.tortoise.life.arrays;

import dev.tortoise.Manager;
import dev.tortoise.Model;
import dev.tortoise.fields.ArrayField;
import dev.tortoise.fields.CharField;
import dev.tortoise.validators.MinLength;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Array columns of several element kinds. */
public class Post extends Model {
    public static final Manager<Post> objects = Manager.of(Post.class);

    @CharField(maxLength = 40) public String title;
    @ArrayField @MinLength(1) public List<String> tags;
    @ArrayField(nullable = true) public List<Integer> scores;
    @ArrayField(nullable = true) public List<BigDecimal> prices;
    @ArrayField(nullable = true) public List<UUID> refs;
}
