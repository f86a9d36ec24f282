package dev.tortoise.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tortoise.Block;
import dev.tortoise.ConnectionConfig;
import dev.tortoise.DbUrl;
import dev.tortoise.F;
import dev.tortoise.GetOrCreate;
import dev.tortoise.Manager;
import dev.tortoise.Model;
import dev.tortoise.Q;
import dev.tortoise.QuerySet;
import dev.tortoise.Router;
import dev.tortoise.Tortoise;
import dev.tortoise.TortoiseConfig;
import dev.tortoise.fields.ManyToManyRelation;
import dev.tortoise.fields.ReverseRelation;
import dev.tortoise.functions.Aggregate;
import dev.tortoise.functions.Avg;
import dev.tortoise.functions.Count;
import dev.tortoise.functions.Max;
import dev.tortoise.functions.Min;
import dev.tortoise.functions.Sum;
import dev.tortoise.spi.DbClient;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Written only against the names of API.md's "Signatures that callers rely on", as an outside test
 * suite would be: if a name or a type changes, this stops compiling.
 */
class ApiSignaturesTest {

    /** Every signature, bound to a typed reference; nothing here runs a query. */
    @SuppressWarnings("unused")
    private static <T extends Model> void signatures(Manager<T> m, QuerySet<T> qs, T model, ReverseRelation<T> reverse,
                                                     ManyToManyRelation<T> many, DbClient db) {
        Block<String, Exception> block = () -> "x";
        Function<Class<? extends Model>, Manager<? extends Model>> of = c -> Manager.of(c);
        Function<Consumer<? super T>, T> create = m::create;
        T a = m.get("pk", 1);
        T b = m.get(Q.of("pk", 1));
        Optional<T> c = m.getOrNone("pk", 1);
        Optional<T> d = m.getOrNone(Q.of("pk", 1));
        QuerySet<T> e = m.filter("pk", 1).exclude(Q.of("pk", 2));
        QuerySet<T> f = m.filter(Q.of("pk", 1)).exclude("pk", 2);
        QuerySet<T> g = m.all();
        Optional<T> h = m.first();
        long i = m.count();
        boolean j = m.exists();
        GetOrCreate<T> k = m.getOrCreate(Q.of("pk", 1), x -> { });
        GetOrCreate<T> l = m.updateOrCreate(Q.of("pk", 1), x -> { });
        T kObject = k.object();
        boolean kCreated = k.created();
        Consumer<Collection<T>> bulk = m::bulkCreate;
        int updated = m.bulkUpdate(List.of(model), "pk");
        Map<Object, T> inBulk = m.inBulk(List.of(1, 2));

        QuerySet<T> built = qs.filter("a", 1).exclude("b", 2).orderBy("-a", "rel__b").limit(1).offset(2).distinct()
                .selectRelated("rel").prefetchRelated("rel").annotate("n", Count.of("rel")).groupBy("a").only("a")
                .usingDb("default").selectForUpdate();
        List<T> list = qs.list();
        Stream<T> stream = qs.stream();
        T one = qs.get();
        Optional<T> first = qs.first();
        long count = qs.count();
        boolean exists = qs.exists();
        int up = qs.update(Map.of("a", F.of("a").plus(1).minus(1).times(2)));
        int del = qs.delete();
        List<Map<String, Object>> values = qs.values("a");
        List<List<Object>> valuesList = qs.valuesList("a");
        String sql = qs.sql();
        Q q = Q.of("a", 1).and(Q.of("b", 2)).or(Q.of("c", 3)).not();
        Aggregate[] aggregates = {Count.of("a"), Sum.of("a"), Avg.of("a"), Min.of("a"), Max.of("a")};

        Object pk = model.pk();
        model.save();
        model.save("a");
        model.delete();
        model.refreshFromDb();
        model.refreshFromDb("a");
        model.fetchRelated("rel");

        List<T> rl = reverse.list();
        QuerySet<T> ra = reverse.all();
        QuerySet<T> rf = reverse.filter("a", 1);
        QuerySet<T> rq = reverse.filter(Q.of("a", 1));
        long rc = reverse.count();
        many.add(model);
        many.remove(model);
        many.clear();
        List<T> ml = many.list();
        long mc = many.count();

        String name = db.connectionName();
        String dialect = db.dialect();
        List<Map<String, Object>> rows = db.executeQueryDict("SELECT 1");
        int n = db.executeUpdate("DELETE FROM x WHERE a = ?", 1);
        Object key = db.executeInsert("INSERT INTO x VALUES (?)", 1);
        db.executeMany("INSERT INTO x VALUES (?)", List.<Object[]>of(new Object[] {1}));
        db.executeScript("SELECT 1; SELECT 2");
        db.ping();
        boolean closed = db.isClosed();
        db.close();
    }

    @SuppressWarnings("unused")
    private static void startAndStop(Tortoise t) throws Exception {
        Tortoise fromConfig = Tortoise.init(TortoiseConfig.fromMap(Map.of()));
        Tortoise fromUrl = Tortoise.init("sqlite://:memory:", Map.of("app", List.of("x")));
        Tortoise fromFile = Tortoise.init(Path.of("tortoise.json"));
        TortoiseConfig built = TortoiseConfig.builder()
                .connection("default", "sqlite://default.sqlite3")
                .connection("other", "tortoise.backends.sqlite", Map.of("file_path", "other.sqlite3"))
                .app("app", List.of("x"), "default")
                .routers(new Router() { }, "com.example.Router")
                .useTz(true).timezone("UTC").tableNameGenerator(c -> c.getSimpleName()).createDb(false)
                .build();
        TortoiseConfig parsed = TortoiseConfig.fromFile(Path.of("tortoise.yml"));
        TortoiseConfig url = TortoiseConfig.fromDbUrl("sqlite://:memory:", Map.of("app", List.of("x")));
        t.generateSchemas();
        t.generateSchemas(false);
        String ddl = t.getSchemaSql("default", true);
        DbClient client = t.connection("default");
        Map<String, DbClient> clients = t.connections();
        Map<String, List<Class<? extends Model>>> apps = t.apps();
        Map<String, Map<String, Object>> described = t.describeModels();
        Integer v1 = t.inTransaction(() -> 1);
        Integer v2 = t.inTransaction("default", () -> 2);
        String v3 = Tortoise.runAsync(() -> "x");
        boolean closed = t.isClosed();
        t.close();
    }

    @Test
    void dbUrlExpandGivesCanonicalEnginesAndTypedCredentials() {
        ConnectionConfig pg = DbUrl.expand("postgresql://postgres:pw@127.0.0.1:54321/test");
        assertEquals("tortoise.backends.postgres", pg.engine());
        assertEquals(54321, pg.credentials().get("port"));
        assertFalse(pg.toString().contains("pw@") || pg.toString().contains("=pw"), pg.toString());
        ConnectionConfig maria = DbUrl.expand("mariadb://root:@127.0.0.1/test?ssl=off&connect_timeout=1.5");
        assertEquals("tortoise.backends.mysql", maria.engine());
        assertEquals(Boolean.FALSE, maria.credentials().get("ssl"));
        assertEquals(1.5, maria.credentials().get("connect_timeout"));
        assertNull(DbUrl.expand("postgres://127.0.0.1/").credentials().get("database"));
    }

    @Test
    void routerAnswersNothingByDefault() {
        Router router = new Router() { };
        assertNull(router.dbForRead(Model.class));
        assertNull(router.dbForWrite(Model.class));
        assertTrue(Count.of("events") instanceof Aggregate);
    }
}
