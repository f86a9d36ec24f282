package dev.tortoise.bench.crud;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tortoise.bench.Backend;
import dev.tortoise.bench.crud.model.Levels;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The plan gives every contender the same work, in upstream's proportions. */
class RoundPlanTest {

    private static final CrudOptions OPTIONS = new CrudOptions(1000, 10, 1, 3, List.of(Backend.SQLITE_FILE),
            List.of(Shape.ONE), CrudOptions.CONTENDERS, 13, Path.of("unused"));
    private static final List<Integer> IDS = IntStream.rangeClosed(1, 3000).boxed().toList();

    @Test
    void theSameRoundGivesTheSameChoicesAndAnotherRoundOthers() {
        RoundPlan first = new RoundPlan(OPTIONS, 1);
        RoundPlan again = new RoundPlan(OPTIONS, 1);
        RoundPlan next = new RoundPlan(OPTIONS, 2);
        assertArrayEquals(first.plan(Operation.A, 3, IDS).levels(), again.plan(Operation.A, 3, IDS).levels());
        assertArrayEquals(first.plan(Operation.E, 3, IDS).offsets(), again.plan(Operation.E, 3, IDS).offsets());
        assertEquals(false, java.util.Arrays.equals(first.plan(Operation.A, 3, IDS).levels(),
                next.plan(Operation.A, 3, IDS).levels()));
    }

    @Test
    void eachWorkerGetsUpstreamsShare() {
        RoundPlan plan = new RoundPlan(OPTIONS, 0);
        assertEquals(100, plan.plan(Operation.B, 0, IDS).levels().length);
        assertEquals(50, plan.plan(Operation.E, 0, IDS).offsets().length);
        assertEquals(200, plan.plan(Operation.F, 0, IDS).ids().length);
        WorkerPlan last = plan.plan(Operation.I, 9, IDS);
        assertEquals(2701, last.firstId());
        assertEquals(2999, last.lastId());
        assertEquals(299, last.levels().length);
        for (short level : plan.plan(Operation.C, 4, IDS).levels()) {
            assertEquals(true, Levels.ALL.contains(level));
        }
        for (int offset : plan.plan(Operation.E, 4, IDS).offsets()) {
            assertEquals(true, offset >= 0 && offset < 980, "offset " + offset);
        }
        for (int id : plan.plan(Operation.F, 4, IDS).ids()) {
            assertEquals(true, id >= 1 && id <= 999, "id " + id);
        }
    }

    @Test
    void expectedRowsFollowTheTable() {
        RoundPlan plan = new RoundPlan(OPTIONS, 0);
        assertEquals(1000, plan.expectedRows(Operation.A, IDS));
        assertEquals(30_000, plan.expectedRows(Operation.G, IDS));
        assertEquals(2000, plan.expectedRows(Operation.F, IDS));
        assertEquals(2990, plan.expectedRows(Operation.K, IDS));
        long pages = plan.expectedRows(Operation.E, IDS);
        assertEquals(true, pages > 0 && pages <= 10 * 50 * 20, "E rows " + pages);
    }

    @Test
    void optionsRefuseAnNThatTheWorkersCannotShare() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CrudOptions.parse("--n", "1005"));
        assertEquals("N must be a multiple of the workers (C) and at least 2 × C; got N = 1005, C = 10", e.getMessage());
    }
}
