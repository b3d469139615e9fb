package vn.motcua.adapters;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the core clean: {@code bot} and {@code knowledge} are plain Java, {@code bot} knows nothing of
 * Lucene, and each adapter package stands on its own (wire formats never cross a package).
 */
class ArchitectureTest {
    static final String[] FRAMEWORKS = {
        "org.springframework..", "jakarta.servlet..", "javax.servlet..", "org.telegram..", "com.twilio..",
        "io.lettuce..", "redis.clients..", "org.apache.catalina.."
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.motcua");
    }

    static ArchRule coreUsesNoFramework() {
        return noClasses().that().resideInAnyPackage("vn.motcua.bot..", "vn.motcua.knowledge..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("the core is plain Java; frameworks and SDKs belong in adapters");
    }

    static ArchRule botUsesNoLucene() {
        return noClasses().that().resideInAPackage("vn.motcua.bot..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .because("the conversation core asks the knowledge base, it does not search itself");
    }

    static ArchRule knowledgeDoesNotKnowTheBot() {
        return noClasses().that().resideInAPackage("vn.motcua.knowledge..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.motcua.bot..", "vn.motcua.adapters..");
    }

    static ArchRule adapterPackagesAreIndependent() {
        return slices().matching("vn.motcua.adapters.(*)..")
                .should().notDependOnEachOther()
                .because("one package per outside thing; shared wiring lives in the root package");
    }

    static ArchRule redisStaysInItsPackage() {
        return noClasses().that().resideOutsideOfPackage("vn.motcua.adapters.redis..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.lettuce..", "org.springframework.data.redis..", "org.springframework.boot.autoconfigure.data.redis..")
                .because("stores reach Redis only through the redis adapter, which implements the core's ports");
    }

    @Test
    void redis_is_used_only_by_the_redis_adapter() {
        redisStaysInItsPackage().check(classes);
    }

    @Test
    void core_uses_no_framework() {
        coreUsesNoFramework().check(classes);
    }

    @Test
    void bot_uses_no_lucene() {
        botUsesNoLucene().check(classes);
    }

    @Test
    void knowledge_does_not_know_the_bot() {
        knowledgeDoesNotKnowTheBot().check(classes);
    }

    @Test
    void adapter_packages_do_not_import_each_other() {
        adapterPackagesAreIndependent().check(classes);
    }
}
