package vn.motcua.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.adapters.contract.ProcedureStoreContract.procedure;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.motcua.adapters.AdminAuditTrail;
import vn.motcua.bot.dossier.LookupAudit;
import vn.motcua.bot.inbox.Synonyms;
import vn.motcua.knowledge.KnowledgeBase;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.synonym.Synonym;

/**
 * Two assistants on one Redis, as a province runs them behind a load balancer: an edit or an admin
 * synonym on one is searchable on the other within a second, a conversation moves freely between them, and killing
 * Redis in the middle of traffic costs no error and no lost knowledge.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {
    private static final String UNAVAILABLE = "tạm gián đoạn";

    @RegisterExtension
    static final RedisServer redis = new RedisServer();
    static AssistantInstance a;
    static AssistantInstance b;

    @BeforeAll
    static void start() {
        a = AssistantInstance.start("a", redis, "assistant.redis.knowledge-resync=60s");
        b = AssistantInstance.start("b", redis, "assistant.redis.knowledge-resync=60s");
    }

    @AfterAll
    static void stop() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    @Test
    @Order(1)
    void an_edit_on_one_instance_is_found_on_the_other_within_a_second() throws Exception {
        assertThat(b.ask("đăng ký nuôi ong mật trong khu dân cư").firstProcedure()).isNotEqualTo("test.nuoi-ong");

        KnowledgeBase onB = b.bean(KnowledgeBase.class);
        long saved = System.nanoTime();
        a.bean(KnowledgeBase.class).save(procedure("test.nuoi-ong", "Đăng ký nuôi ong mật trong khu dân cư"), 0);
        long savedOnA = (System.nanoTime() - saved) / 1000;
        long foundAfterMicros = -1;
        while (System.nanoTime() - saved < 3_000_000_000L) {
            var hits = onB.search("đăng ký nuôi ong mật trong khu dân cư", 1);
            if (!hits.isEmpty() && hits.get(0).procedure().publicId().equals("test.nuoi-ong")) {
                foundAfterMicros = (System.nanoTime() - saved) / 1000;
                break;
            }
            Thread.sleep(1);
        }
        System.out.println("edit on instance a searchable on instance b after " + foundAfterMicros
                + " µs (the save on a itself took " + savedOnA + " µs)");
        assertThat(foundAfterMicros).as("µs until the edit is searchable on b").isBetween(0L, 1_000_000L);
        assertThat(b.ask("đăng ký nuôi ong mật trong khu dân cư").firstProcedure()).isEqualTo("test.nuoi-ong");
    }

    @Test
    @Order(2)
    void an_edit_through_the_admin_api_on_one_instance_is_served_and_locked_on_the_other() throws Exception {
        String path = "/api/v1/admin/procedures/ho-tich.khai-tu";
        AssistantInstance.Reply read = a.admin(path, null);
        assertThat(read.status()).isEqualTo(200);
        long version = read.json().path("version").asLong();
        com.fasterxml.jackson.databind.node.ObjectNode edited = read.json().deepCopy();
        edited.put("timeLimit", "Trong ngày làm việc (bản sửa " + UUID.randomUUID() + ")");

        AssistantInstance.Reply saved = a.admin(path, edited.toString());
        assertThat(saved.status()).isEqualTo(200);
        long savedAt = System.nanoTime();
        AssistantInstance.Reply onB = b.admin(path, null);
        while (onB.json().path("version").asLong() != version + 1 && System.nanoTime() - savedAt < 1_000_000_000L) {
            Thread.sleep(10);
            onB = b.admin(path, null);
        }
        assertThat(onB.json().path("timeLimit").asText()).isEqualTo(edited.path("timeLimit").asText());
        // the audit page on b shows the edit made on a
        assertThat(b.bean(AdminAuditTrail.class).latest()).anySatisfy(e -> {
            assertThat(e.user()).isEqualTo("admin");
            assertThat(e.target()).isEqualTo("ho-tich.khai-tu");
        });

        // an editor on b still holding the old version is refused: the lock is shared
        AssistantInstance.Reply stale = b.admin(path, read.json().toString());
        assertThat(stale.status()).isEqualTo(409);
    }

    @Test
    @Order(3)
    void a_synonym_added_on_one_instance_makes_a_question_answerable_on_the_other_within_a_second()
            throws Exception {
        String question = "làm giấy chào đời cho con hết bao nhiêu tiền";
        assertThat(b.ask(question).firstProcedure()).isNotEqualTo("ho-tich.khai-sinh");

        long added = System.nanoTime();
        // the inbox's "add synonym" goes through this port
        a.bean(Synonyms.class).add("giấy chào đời", "giấy khai sinh");
        KnowledgeBase onB = b.bean(KnowledgeBase.class);
        long foundAfterMicros = -1;
        while (System.nanoTime() - added < 3_000_000_000L) {
            var hits = onB.search(question, 1);
            if (!hits.isEmpty() && hits.get(0).procedure().publicId().equals("ho-tich.khai-sinh")) {
                foundAfterMicros = (System.nanoTime() - added) / 1000;
                break;
            }
            Thread.sleep(1);
        }
        System.out.println("synonym added on instance a applied on instance b after " + foundAfterMicros + " µs");
        assertThat(foundAfterMicros).as("µs until the synonym applies on b").isBetween(0L, 1_000_000L);
        assertThat(b.ask(question).firstProcedure()).isEqualTo("ho-tich.khai-sinh");
        assertThat(onB.synonyms()).contains(new Synonym("giấy chào đời", "giấy khai sinh"));
    }

    @Test
    @Order(4)
    void a_conversation_started_on_one_instance_continues_on_the_other() {
        String conversation = UUID.randomUUID().toString();
        a.pushDossier("000.00.99.H99-251103-0001");
        AssistantInstance.Reply first = a.chat(conversation, "cho hỏi hồ sơ 000.00.99.H99-251103-0001 đến đâu rồi");
        assertThat(first.text()).contains("4 số cuối");
        AssistantInstance.Reply second = b.chat(conversation, "5678");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().path("intent").asText()).isEqualTo("dossier_status");
        assertThat(second.text()).contains("Tình trạng: Đang xử lý");
    }

    @Test
    @Order(4)
    void the_demo_dossiers_are_in_redis_once_for_every_instance_and_lookups_are_recorded_for_all() {
        String conversation = UUID.randomUUID().toString();
        assertThat(b.chat(conversation, "hồ sơ 000.00.00.H99-251103-0001 đến đâu rồi").text()).contains("4 số cuối");
        assertThat(a.chat(conversation, "1111").text()).contains("Tình trạng: Đang xử lý");
        // the lookup opened on a is in the record the console on b shows
        assertThat(b.bean(LookupAudit.class).recent()).anySatisfy(e -> {
            assertThat(e.code()).isEqualTo("000.00.00.H99-251103-0001");
            assertThat(e.outcome()).isEqualTo(LookupAudit.Outcome.OPENED);
        });
        assertThat(redis.template().opsForValue().get("motcua:dossier:000.00.00.H99-251103-0001")).contains("\"demo\":true");
        assertThat(redis.template().hasKey("motcua:dossier-demo:loaded-on")).isTrue();
    }

    @Test
    @Order(5)
    void killing_and_restarting_redis_in_the_middle_of_traffic_costs_no_error() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        AtomicInteger answered = new AtomicInteger();
        List<Thread> traffic = List.of(a, b).stream().map(instance -> new Thread(() -> {
            while (running.get()) {
                AssistantInstance.Reply ask = instance.ask("đăng ký nuôi ong mật trong khu dân cư");
                AssistantInstance.Reply chat = instance.chat(UUID.randomUUID().toString(), "tra cứu hồ sơ");
                for (AssistantInstance.Reply r : List.of(ask, chat)) {
                    if (r.status() != 200 || r.text().isBlank()) {
                        problems.add(r.status() + " " + r.json());
                    }
                }
                if (!"test.nuoi-ong".equals(ask.firstProcedure())) {
                    problems.add("not answered from the index: " + ask.json());
                }
                answered.incrementAndGet();
            }
        })).toList();
        traffic.forEach(Thread::start);
        try {
            Thread.sleep(500);
            redis.kill();
            Thread.sleep(1500);

            AssistantInstance.Reply health = a.health();
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.json().path("status").asText()).isEqualTo("UP");
            assertThat(health.component("redis")).isEqualTo("DOWN");
            assertThat(b.chat(UUID.randomUUID().toString(), "tra cứu hồ sơ").text()).contains(UNAVAILABLE);
            assertThat(b.ask("lệ phí đăng ký kết hôn").json().path("intent").asText()).isEqualTo("procedure");
            int duringOutage = answered.get();

            redis.restart();
            long restarted = System.nanoTime();
            awaitRedisUp(a);
            awaitRedisUp(b);
            System.out.println("both instances report redis UP " + (System.nanoTime() - restarted) / 1_000_000
                    + " ms after redis-server answered again");
            Thread.sleep(500);
            assertThat(answered.get()).as("answers kept coming during the outage").isGreaterThan(duringOutage);
        } finally {
            running.set(false);
            for (Thread t : traffic) {
                t.join(15_000);
            }
        }
        assertThat(problems).isEmpty();

        // state resumes: a new dialogue travels between instances again
        String conversation = UUID.randomUUID().toString();
        // (Redis came back empty: the one-stop system pushes the dossier again)
        a.pushDossier("000.00.99.H99-251103-0002");
        assertThat(a.chat(conversation, "hồ sơ 000.00.99.H99-251103-0002").text()).contains("4 số cuối");
        assertThat(b.chat(conversation, "5678").text()).contains("Tình trạng: Đang xử lý");
        // the Redis that came back empty got the knowledge base back from the instances, edit included
        assertThat(b.bean(KnowledgeBase.class).find("test.nuoi-ong")).isPresent();
        // and change notifications flow again (resync is a minute away in these instances)
        Procedure current = a.bean(KnowledgeBase.class).find("test.nuoi-ong").orElseThrow();
        a.bean(KnowledgeBase.class).save(procedure("test.nuoi-ong", "Đăng ký nuôi ong mật và nuôi tằm"),
                current.versionOrZero());
        KnowledgeBase onB = b.bean(KnowledgeBase.class);
        long saved = System.nanoTime();
        while (System.nanoTime() - saved < 1_000_000_000L
                && !onB.find("test.nuoi-ong").orElseThrow().name().contains("nuôi tằm")) {
            Thread.sleep(5);
        }
        assertThat(onB.find("test.nuoi-ong").orElseThrow().name()).contains("nuôi tằm");
        AssistantInstance fresh = AssistantInstance.start("c", redis);
        try {
            assertThat(fresh.ask("đăng ký nuôi ong mật trong khu dân cư").firstProcedure()).isEqualTo("test.nuoi-ong");
            // the admin synonym, too, was written back into the emptied Redis and reaches a new instance
            assertThat(fresh.ask("làm giấy chào đời cho con hết bao nhiêu tiền").firstProcedure())
                    .isEqualTo("ho-tich.khai-sinh");
        } finally {
            fresh.close();
        }
    }

    private static void awaitRedisUp(AssistantInstance instance) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if ("UP".equals(instance.health().component("redis"))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("redis still DOWN 10 s after it returned: " + instance.health().json());
    }
}
