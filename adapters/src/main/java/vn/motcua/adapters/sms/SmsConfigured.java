package vn.motcua.adapters.sms;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True with an account SID, an auth token and a sending number (empty values count as unset). */
class SmsConfigured implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var env = context.getEnvironment();
        return new SmsSettings(env.getProperty("assistant.channels.sms.account-sid"),
                env.getProperty("assistant.channels.sms.auth-token"),
                env.getProperty("assistant.channels.sms.from-number"), null, 1, false, 1).configured();
    }
}
