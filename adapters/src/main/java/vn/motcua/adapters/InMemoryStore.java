package vn.motcua.adapters;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * Marks a bean as the in-process implementation of a store port, active when
 * {@code assistant.store=memory} (the default). Its Redis twin carries {@link RedisStore}. A property
 * condition, unlike {@code @ConditionalOnMissingBean}, does not depend on the order in which
 * configuration classes are read.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Documented
@ConditionalOnProperty(name = "assistant.store", havingValue = "memory", matchIfMissing = true)
public @interface InMemoryStore {
}
