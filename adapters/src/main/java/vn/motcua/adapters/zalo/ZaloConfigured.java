package vn.motcua.adapters.zalo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True with an app id, the OA secret key and a token to send with (empty values count as unset). */
class ZaloConfigured implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var env = context.getEnvironment();
        return new ZaloSettings(env.getProperty("assistant.channels.zalo.app-id"),
                env.getProperty("assistant.channels.zalo.oa-secret-key"), null,
                env.getProperty("assistant.channels.zalo.access-token"),
                env.getProperty("assistant.channels.zalo.refresh-token"), null, null, null).configured();
    }
}
