package vn.motcua.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * An instance started while Redis is down starts anyway, answers questions from its seeds, says
 * dialogues are briefly unavailable, and catches up by itself once Redis appears.
 */
class StartWithoutRedisIT {
    @RegisterExtension
    static final RedisServer redis = new RedisServer();

    @Test
    void starts_answers_and_catches_up_when_redis_appears() throws Exception {
        redis.kill();
        try (AssistantInstance instance = AssistantInstance.start("no-redis", redis)) {
            AssistantInstance.Reply health = instance.health();
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.json().path("status").asText()).isEqualTo("UP");
            assertThat(health.component("redis")).isEqualTo("DOWN");
            AssistantInstance.Reply ask = instance.ask("đăng ký khai sinh cho con cần giấy tờ gì");
            assertThat(ask.status()).isEqualTo(200);
            assertThat(ask.json().path("intent").asText()).isEqualTo("procedure");
            assertThat(ask.firstProcedure()).isEqualTo("ho-tich.khai-sinh");
            AssistantInstance.Reply dialogue = instance.chat(UUID.randomUUID().toString(), "tra cứu hồ sơ");
            assertThat(dialogue.status()).isEqualTo(200);
            assertThat(dialogue.text()).contains("tạm gián đoạn");

            redis.start();
            for (int i = 0; i < 100 && !"UP".equals(instance.health().component("redis")); i++) {
                Thread.sleep(100);
            }
            assertThat(instance.health().component("redis")).isEqualTo("UP");
            String conversation = UUID.randomUUID().toString();
            instance.pushDossier("000.00.99.H99-251103-0003");
            assertThat(instance.chat(conversation, "hồ sơ 000.00.99.H99-251103-0003").text()).contains("4 số cuối");
            assertThat(instance.chat(conversation, "5678").text()).contains("Tình trạng: Đang xử lý");

            // the knowledge base it answered from is now in Redis for the other instances
            StringRedisTemplate template = redis.template();
            for (int i = 0; i < 50 && !Boolean.TRUE.equals(template.hasKey("motcua:{kb}:procedure:ho-tich.khai-sinh")); i++) {
                Thread.sleep(100);
            }
            assertThat(template.hasKey("motcua:{kb}:procedure:ho-tich.khai-sinh")).isTrue();
        }
    }
}
