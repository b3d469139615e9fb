package vn.motcua.adapters.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import vn.motcua.adapters.AssistantSettings;
import vn.motcua.adapters.InMemoryStore;
import vn.motcua.adapters.KnowledgeFiles;
import vn.motcua.bot.understanding.KnowledgeBaseCatalog;
import vn.motcua.bot.understanding.ProcedureCatalog;
import vn.motcua.knowledge.KnowledgeBase;
import vn.motcua.knowledge.editing.EditingProcedures;
import vn.motcua.knowledge.editing.FileRevisionStore;
import vn.motcua.knowledge.editing.RevisionStore;
import vn.motcua.knowledge.search.ProcedureIndex;
import vn.motcua.knowledge.seed.SeedLoader;
import vn.motcua.knowledge.seed.SeedLoader.SeedFile;
import vn.motcua.knowledge.seed.FileSeedState;
import vn.motcua.knowledge.seed.SeedState;
import vn.motcua.knowledge.seed.SyncingSeeds;
import vn.motcua.knowledge.store.FileProcedureStore;
import vn.motcua.knowledge.store.ProcedureStore;
import vn.motcua.knowledge.synonym.FileSynonymStore;
import vn.motcua.knowledge.synonym.Synonym;
import vn.motcua.knowledge.synonym.SynonymFile;
import vn.motcua.knowledge.synonym.SynonymStore;

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

    /** Synonyms added by admins, under the data dir. */
    @Bean
    @InMemoryStore
    SynonymStore synonymStore(AssistantSettings settings) {
        return new FileSynonymStore(settings.dataDir().resolve("synonyms"));
    }

    @Bean(destroyMethod = "close")
    KnowledgeBase knowledgeBase(ProcedureStore store, SeedState seedState, SynonymStore synonyms,
                                AssistantSettings settings) {
        new SyncingSeeds(store, seedState).apply(new SeedLoader().load(seedFiles()));
        long start = System.nanoTime();
        KnowledgeBase kb = new KnowledgeBase(store, index(settings.dataDir()), seedSynonyms(), synonyms);
        log.info("Knowledge base ready: {} procedures, {} synonyms, in {} ms", kb.size(), kb.synonyms().size(),
                (System.nanoTime() - start) / 1_000_000);
        return kb;
    }

    /** The index under {@code <data-dir>/index}; in memory when another process holds it. */
    private static ProcedureIndex index(Path dataDir) {
        Path dir = dataDir.resolve("index");
        try {
            return ProcedureIndex.open(dir);
        } catch (UncheckedIOException e) {
            log.warn("Procedure index in {} unavailable ({}); using an index in memory", dir, e.getMessage());
            return new ProcedureIndex();
        }
    }

    /** Revisions of edited procedures, kept under the data dir so that history survives a restart. */
    @Bean
    @InMemoryStore
    RevisionStore revisionStore(AssistantSettings settings) {
        return new FileRevisionStore(settings.dataDir().resolve("revisions"));
    }

    @Bean
    EditingProcedures editingProcedures(KnowledgeBase kb, RevisionStore revisions, Clock clock) {
        return new EditingProcedures(kb, revisions, clock);
    }

    @Bean
    ProcedureCatalog procedureCatalog(KnowledgeBase kb) {
        return new KnowledgeBaseCatalog(kb);
    }

    /** Seed procedures shipped in the jar (copied from {@code seeds/procedures}). */
    static List<SeedFile> seedFiles() {
        return KnowledgeFiles.seedsOnClasspath();
    }

    /** The shipped synonym dictionary ({@code seeds/synonyms.tsv}). */
    static List<Synonym> seedSynonyms() {
        Resource resource = new ClassPathResource("seeds/synonyms.tsv");
        if (!resource.exists()) {
            return List.of();
        }
        try (InputStream in = resource.getInputStream()) {
            return SynonymFile.read(in, "seeds/synonyms.tsv");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seeds/synonyms.tsv", e);
        }
    }
}
