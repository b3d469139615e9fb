package vn.motcua.adapters.knowledge;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.adapters.AssistantSettings;
import vn.motcua.adapters.InMemoryStore;
import vn.motcua.adapters.KnowledgeFiles;
import vn.motcua.bot.understanding.ProcedureCatalog;
import vn.motcua.knowledge.KnowledgeBase;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.search.ProcedureIndex;
import vn.motcua.knowledge.search.SearchHit;
import vn.motcua.knowledge.seed.SeedLoader;
import vn.motcua.knowledge.seed.SeedLoader.SeedFile;
import vn.motcua.knowledge.seed.FileSeedState;
import vn.motcua.knowledge.seed.SeedState;
import vn.motcua.knowledge.seed.SyncingSeeds;
import vn.motcua.knowledge.store.FileProcedureStore;
import vn.motcua.knowledge.store.ProcedureStore;

@Configuration(proxyBeanMethods = false)
class KnowledgeConfiguration {
    private static final Logger log = LoggerFactory.getLogger(KnowledgeConfiguration.class);

    /** Procedures as files under the data dir: seeds, imports and admin edits survive a restart. */
    @Bean
    @InMemoryStore
    ProcedureStore procedureStore(AssistantSettings settings) {
        return new FileProcedureStore(new KnowledgeFiles(settings.dataDir()).procedures());
    }

    @Bean
    @InMemoryStore
    SeedState seedState(AssistantSettings settings) {
        return new FileSeedState(new KnowledgeFiles(settings.dataDir()).seedState());
    }

    @Bean(destroyMethod = "close")
    KnowledgeBase knowledgeBase(ProcedureStore store, SeedState seedState) {
        new SyncingSeeds(store, seedState).apply(new SeedLoader().load(seedFiles()));
        KnowledgeBase kb = new KnowledgeBase(store, new ProcedureIndex());
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

            /** By catalogue id, else by national code (one-stop systems name procedures by the latter). */
            @Override
            public Optional<Procedure> find(String id) {
                return kb.find(id).or(() -> kb.all().stream().filter(p -> id.equals(p.nationalCode())).findFirst());
            }
        };
    }

    /** Seed procedures shipped in the jar (copied from {@code seeds/procedures}). */
    static List<SeedFile> seedFiles() {
        return KnowledgeFiles.seedsOnClasspath();
    }
}
