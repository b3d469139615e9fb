package vn.motcua.adapters.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.motcua.bot.understanding.ProcedureCatalog;
import vn.motcua.knowledge.KnowledgeBase;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.search.ProcedureIndex;
import vn.motcua.knowledge.search.SearchHit;
import vn.motcua.knowledge.seed.SeedLoader;
import vn.motcua.knowledge.seed.SeedLoader.SeedFile;
import vn.motcua.knowledge.store.InMemoryProcedureStore;

@Configuration(proxyBeanMethods = false)
class KnowledgeConfiguration {
    private static final Logger log = LoggerFactory.getLogger(KnowledgeConfiguration.class);

    @Bean(destroyMethod = "close")
    KnowledgeBase knowledgeBase() {
        List<Procedure> seeds = new SeedLoader().load(seedFiles());
        KnowledgeBase kb = new KnowledgeBase(new InMemoryProcedureStore(seeds), new ProcedureIndex());
        log.info("Knowledge base ready: {} procedures", kb.size());
        return kb;
    }

    @Bean
    ProcedureCatalog procedureCatalog(KnowledgeBase kb) {
        return new ProcedureCatalog() {
            @Override
            public List<SearchHit> search(String question, int limit) {
                return kb.search(question, limit);
            }

            @Override
            public Optional<Procedure> find(String id) {
                return kb.find(id);
            }
        };
    }

    /** Seed procedures shipped in the jar (copied from {@code seeds/procedures}). */
    static List<SeedFile> seedFiles() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:seeds/procedures/*.json");
            return Arrays.stream(resources)
                    .map(r -> new SeedFile(r.getFilename(), r::getInputStream))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list seed procedures", e);
        }
    }
}
