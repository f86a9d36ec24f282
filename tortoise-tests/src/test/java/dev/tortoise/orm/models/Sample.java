package dev.tortoise.orm.models;

import dev.tortoise.Manager;
import dev.tortoise.Model;
import dev.tortoise.fields.CharEnumField;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.IntEnum;
import dev.tortoise.fields.IntEnumField;
import dev.tortoise.fields.IntField;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A model that counts its instances (so tests can see how many rows a stream has turned into
 * instances) and holds enums whose column is narrower than some constants.
 */
public class Sample extends Model {
    public static final Manager<Sample> objects = Manager.of(Sample.class);

    /** Instances made so far, by anyone. */
    public static final AtomicLong MADE = new AtomicLong();

    public enum Size { S, M, XL, ENORMOUS }

    public enum Level implements IntEnum {
        LOW(1), HIGH(2);

        private final int value;

        Level(int value) {
            this.value = value;
        }

        @Override
        public int value() {
            return value;
        }
    }

    @CharField(maxLength = 20)
    public String label;

    @IntField
    public int n;

    @CharEnumField(maxLength = 4, nullable = true)
    public Size size;

    @IntEnumField(nullable = true)
    public Level level;

    public Sample() {
        MADE.incrementAndGet();
    }

    public static Sample of(String label, int n) {
        Sample s = new Sample();
        s.label = label;
        s.n = n;
        return s;
    }
}
