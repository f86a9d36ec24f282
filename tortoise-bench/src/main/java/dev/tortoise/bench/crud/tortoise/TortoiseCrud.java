package dev.tortoise.bench.crud.tortoise;

import dev.tortoise.Manager;
import dev.tortoise.Tortoise;
import dev.tortoise.TortoiseConfig;
import dev.tortoise.bench.BenchDatabase;
import dev.tortoise.bench.crud.CrudContender;
import dev.tortoise.bench.crud.Shape;
import dev.tortoise.bench.crud.WorkerPlan;
import dev.tortoise.bench.crud.model.JournalModel;
import dev.tortoise.bench.crud.model.Levels;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Ours: every operation written as the README shows, on one Tortoise instance that owns the shape's
 * {@code Journal} model for the whole run (one instance per database and shape).
 *
 * @param <T> the shape's model
 */
public final class TortoiseCrud<T extends JournalModel> implements CrudContender {

    private static final String APP = "models";
    private static final String CONNECTION = "default";

    private final Tortoise tortoise;
    private final Manager<T> journals;
    private final Supplier<T> newJournal;
    private final Shape shape;
    private final BenchDatabase database;

    private TortoiseCrud(BenchDatabase database, Shape shape, Class<T> model, Supplier<T> newJournal) {
        this.database = database;
        this.shape = shape;
        this.newJournal = newJournal;
        this.tortoise = Tortoise.init(TortoiseConfig.builder()
                .connection(CONNECTION, database.tortoiseUrl())
                .app(APP, List.of(model.getPackageName()), CONNECTION)
                .build());
        this.journals = Manager.of(model);
    }

    /** Starts Tortoise on the database with the shape's model; the tables are made by {@link #resetTables()}. */
    public static CrudContender open(BenchDatabase database, Shape shape) {
        return switch (shape) {
            case ONE -> new TortoiseCrud<>(database, shape, dev.tortoise.bench.crud.model.shape1.Journal.class,
                    dev.tortoise.bench.crud.model.shape1.Journal::new);
            case TWO -> new TortoiseCrud<>(database, shape, dev.tortoise.bench.crud.model.shape2.Journal.class,
                    dev.tortoise.bench.crud.model.shape2.Journal::new);
            case THREE -> new TortoiseCrud<>(database, shape, dev.tortoise.bench.crud.model.shape3.Journal.class,
                    dev.tortoise.bench.crud.model.shape3.Journal::new);
        };
    }

    @Override
    public String id() {
        return "tortoise";
    }

    @Override
    public void resetTables() {
        tortoise.connection(CONNECTION).executeScript(String.join(";\n", shape.dropStatements(database.backend())));
        tortoise.generateSchemas();
    }

    @Override
    public long count() {
        return journals.count();
    }

    @Override
    public List<Integer> ids() {
        List<Integer> ids = new ArrayList<>();
        for (List<Object> row : journals.all().orderBy("id").valuesList("id")) {
            ids.add(((Number) row.get(0)).intValue());
        }
        return ids;
    }

    @Override
    public WorkerTask prepare(WorkerPlan plan) {
        short[] levels = plan.levels();
        return switch (plan.operation()) {
            case A -> () -> insertEach(plan);
            case B -> () -> tortoise.inTransaction(() -> insertEach(plan));
            case C -> () -> {
                List<T> batch = new ArrayList<>(levels.length);
                for (int i = 0; i < levels.length; i++) {
                    T journal = newJournal.get();
                    journal.level = levels[i];
                    journal.text = plan.insertText(i);
                    batch.add(journal);
                }
                journals.bulkCreate(batch);
                return batch.size();
            };
            case D -> () -> {
                int rows = 0;
                for (Short level : Levels.ALL) {
                    rows += journals.filter("level", level).list().size();
                }
                return rows;
            };
            case E -> () -> {
                int rows = 0;
                int[] offsets = plan.offsets();
                for (int q = 0; q < offsets.length; q++) {
                    rows += journals.filter("level", Levels.ALL.get(q % Levels.ALL.size()))
                            .limit(20).offset(offsets[q]).list().size();
                }
                return rows;
            };
            case F -> () -> {
                int rows = 0;
                for (int id : plan.ids()) {
                    if (journals.get("id", id) != null) {
                        rows++;
                    }
                }
                return rows;
            };
            case G -> () -> {
                int rows = 0;
                for (Short level : Levels.ALL) {
                    rows += journals.filter("level", level).values().size();
                }
                return rows;
            };
            case H -> () -> {
                int rows = 0;
                for (Short level : Levels.ALL) {
                    rows += journals.filter("level", level).valuesList().size();
                }
                return rows;
            };
            case I -> changeEach(plan, (journal, k) -> {
                journal.level = levels[k];
                journal.text = journal.text + " Update";
                journal.save();
            });
            case J -> changeEach(plan, (journal, k) -> {
                journal.level = levels[k];
                journal.save("level");
            });
            case K -> changeEach(plan, (journal, k) -> journal.delete());
        };
    }

    private int insertEach(WorkerPlan plan) {
        short[] levels = plan.levels();
        for (int i = 0; i < levels.length; i++) {
            short level = levels[i];
            String text = plan.insertText(i);
            journals.create(j -> {
                j.level = level;
                j.text = text;
            });
        }
        return levels.length;
    }

    /** What I, J and K do to one loaded row; {@code k} is its position in the worker's rows. */
    private interface Change<T> {
        void apply(T journal, int k);
    }

    /** Loads the worker's rows now (upstream does so before its clock starts); the task changes them in one transaction. */
    private WorkerTask changeEach(WorkerPlan plan, Change<T> change) {
        List<T> rows = journals.filter("id__range", List.of(plan.firstId(), plan.lastId())).orderBy("id").list();
        return () -> tortoise.inTransaction(() -> {
            for (int k = 0; k < rows.size(); k++) {
                change.apply(rows.get(k), k);
            }
            return rows.size();
        });
    }

    @Override
    public void close() {
        tortoise.close();
    }
}
