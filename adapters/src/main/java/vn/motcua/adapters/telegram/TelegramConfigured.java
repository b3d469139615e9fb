package vn.motcua.adapters.telegram;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when a bot token is set (an empty environment variable counts as unset). */
class TelegramConfigured implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String token = context.getEnvironment().getProperty("assistant.channels.telegram.token");
        return token != null && !token.isBlank();
    }
}
