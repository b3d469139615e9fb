package vn.motcua.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.adapters.contract.ProcedureStoreContract.procedure;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.motcua.bot.StoreUnavailable;
import vn.motcua.knowledge.KnowledgeBase;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.search.ProcedureIndex;
import vn.motcua.knowledge.seed.SyncingSeeds;

/**
 * Several instances sharing the knowledge base in Redis, seen one store at a time: how each catches up
 * by resync (the notifications are covered by {@code TwoInstancesIT}), how seeds are written once, and
 * what happens when Redis is down or loses its data.
 */
class RedisProcedureStoreIT {
    @RegisterExtension
    static final RedisServer server = new RedisServer();
    static final StringRedisTemplate redis = server.template();
    static final KeySpace keys = new KeySpace("kb-test:");
    static final List<Procedure> SEEDS = List.of(
            procedure("test.nuoi-ong", "Đăng ký nuôi ong mật trong khu dân cư"),
            procedure("test.cay-xanh", "Cấp phép chặt hạ cây xanh đô thị"));

    private final List<KnowledgeBase> opened = new ArrayList<>();

    @BeforeEach
    void empty() {
        server.start();
        server.flushAll();
    }

    @AfterEach
    void close() {
        opened.forEach(KnowledgeBase::close);
    }

    /** One instance: its store and the knowledge base (index) over it, kept current from the store. */
    private Instance instance() {
        RedisProcedureStore store = new RedisProcedureStore(redis, keys, SEEDS);
        // as the application starts: the seeds synced through the shared seed state, then the index
        new SyncingSeeds(store, new RedisSeedState(redis, keys, RedisConfiguration.storeJson())).apply(SEEDS);
        KnowledgeBase kb = new KnowledgeBase(store, new ProcedureIndex());
        opened.add(kb);
        store.onChange(kb::reindex);
        return new Instance(store, kb);
    }

    record Instance(RedisProcedureStore store, KnowledgeBase kb) {
        String bestMatch(String question) {
            var hits = kb.search(question, 1);
            return hits.isEmpty() ? null : hits.get(0).procedure().publicId();
        }
    }

    @Test
    void an_edit_and_a_deletion_on_one_instance_reach_another_by_resync() throws Exception {
        Instance a = instance();
        Instance b = instance();
        a.kb().save(procedure("test.nuoi-ong", "Đăng ký nuôi ong mật và nuôi chim yến"), 1);
        a.kb().save(procedure("test.ho-ca", "Cấp phép đào ao nuôi cá"), 0);

        assertThat(b.store().resync()).isEqualTo(2);
        assertThat(b.kb().find("test.nuoi-ong").orElseThrow().versionOrZero()).isEqualTo(2);
        assertThat(b.bestMatch("nuôi chim yến")).isEqualTo("test.nuoi-ong");
        assertThat(b.bestMatch("đào ao nuôi cá")).isEqualTo("test.ho-ca");

        a.kb().delete("test.ho-ca", 1);
        assertThat(b.store().resync()).isEqualTo(1);
        assertThat(b.kb().find("test.ho-ca")).isEmpty();
        assertThat(b.bestMatch("đào ao nuôi cá")).isNotEqualTo("test.ho-ca");
        assertThat(b.store().resync()).as("nothing new").isZero();
    }

    @Test
    void a_notification_for_a_procedure_reads_its_current_value() throws Exception {
        Instance a = instance();
        Instance b = instance();
        a.kb().save(procedure("test.cay-xanh", "Cấp phép chặt hạ, dịch chuyển cây xanh"), 1);
        b.store().refresh("test.cay-xanh");
        b.store().refresh("test.cay-xanh");
        assertThat(b.kb().find("test.cay-xanh").orElseThrow().name()).isEqualTo("Cấp phép chặt hạ, dịch chuyển cây xanh");
        assertThat(b.bestMatch("dịch chuyển cây xanh")).isEqualTo("test.cay-xanh");
    }

    @Test
    void seeds_are_written_once_so_a_deleted_seed_stays_deleted() throws Exception {
        Instance a = instance();
        a.kb().delete("test.cay-xanh", 1);
        Instance later = instance();
        assertThat(later.kb().find("test.cay-xanh")).isEmpty();
        assertThat(later.kb().find("test.nuoi-ong")).isPresent();
    }

    @Test
    void an_instance_started_while_redis_is_down_answers_from_its_seeds_then_catches_up() throws Exception {
        Instance a = instance();
        a.kb().save(procedure("test.nuoi-ong", "Đăng ký nuôi ong mật (bản sửa)"), 1);
        server.kill();

        Instance b = instance();
        assertThat(b.bestMatch("nuôi ong mật")).isEqualTo("test.nuoi-ong");
        assertThat(b.kb().find("test.nuoi-ong").orElseThrow().name()).isEqualTo("Đăng ký nuôi ong mật trong khu dân cư");
        assertThatThrownBy(() -> b.kb().save(procedure("test.moi", "Thủ tục mới"), 0))
                .isInstanceOf(StoreUnavailable.class);
        assertThatThrownBy(b.store()::resync).isInstanceOf(StoreUnavailable.class);

        // Redis returns empty (no persistence): the instance that kept the edit writes it back first
        server.start();
        awaitReconnect(a);
        b.store().resync();
        assertThat(b.kb().find("test.nuoi-ong").orElseThrow().name()).isEqualTo("Đăng ký nuôi ong mật (bản sửa)");
        assertThat(b.kb().find("test.nuoi-ong").orElseThrow().versionOrZero()).isEqualTo(2);
    }

    @Test
    void a_redis_that_lost_its_data_gets_the_knowledge_base_back_and_indexes_stay_full() throws Exception {
        Instance a = instance();
        a.kb().save(procedure("test.ho-ca", "Cấp phép đào ao nuôi cá"), 0);
        server.flushAll();

        a.store().resync();
        assertThat(a.kb().size()).isEqualTo(3);
        Instance fresh = instance();
        assertThat(fresh.kb().find("test.ho-ca")).isPresent();
        assertThat(fresh.kb().find("test.ho-ca").orElseThrow().versionOrZero()).isEqualTo(1);
        // and optimistic locking goes on from the restored versions
        assertThatThrownBy(() -> fresh.kb().save(procedure("test.ho-ca", "Bản cũ"), 0))
                .isInstanceOf(vn.motcua.knowledge.store.StaleVersionException.class);
    }

    private static void awaitReconnect(Instance instance) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            try {
                instance.store().resync();
                return;
            } catch (StoreUnavailable e) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("Lettuce did not reconnect within 10 s");
    }
}
