package vn.motcua.adapters;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** Shows that each architecture rule does fail on code that breaks it, so the guard is real. */
class ArchitectureRulesCanFailTest {

    @Test
    void core_rule_fails_on_a_core_class_using_spring() {
        var classes = new ClassFileImporter().importClasses(
                vn.motcua.bot.fixtures.violations.SpringInCore.class, org.springframework.stereotype.Component.class);
        assertThatThrownBy(() -> ArchitectureTest.coreUsesNoFramework().check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("SpringInCore");
    }

    @Test
    void lucene_rule_fails_on_a_bot_class_using_lucene() {
        var classes = new ClassFileImporter().importClasses(
                vn.motcua.bot.fixtures.violations.LuceneInBot.class, org.apache.lucene.search.TermQuery.class);
        assertThatThrownBy(() -> ArchitectureTest.botUsesNoLucene().check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("LuceneInBot");
    }

    @Test
    void adapter_rule_fails_when_one_adapter_package_imports_another() {
        var classes = new ClassFileImporter().importClasses(
                vn.motcua.adapters.fixtures1.UsesOther.class, vn.motcua.adapters.fixtures2.Other.class);
        assertThatThrownBy(() -> ArchitectureTest.adapterPackagesAreIndependent().check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("fixtures1");
    }

    @Test
    void redis_rule_fails_on_redis_used_outside_the_redis_adapter() {
        var classes = new ClassFileImporter().importClasses(
                vn.motcua.adapters.fixtures1.RedisOutsideItsPackage.class,
                org.springframework.data.redis.core.StringRedisTemplate.class);
        assertThatThrownBy(() -> ArchitectureTest.redisStaysInItsPackage().check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("RedisOutsideItsPackage");
    }
}
