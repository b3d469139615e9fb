package vn.motcua.adapters.dossier;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import vn.motcua.adapters.AtomicJsonFile;
import vn.motcua.adapters.dossier.DossierJson.StoredSubscription;
import vn.motcua.bot.dossier.InMemorySubscriptions;

/**
 * Subscriptions in memory, written whole to one file after every change (atomically), and read back at
 * start-up: citizens were promised a message, a restart must not forget them. Subscriptions are few and
 * change rarely, so a full snapshot is cheap.
 */
class FileSubscriptions extends InMemorySubscriptions {
    private final AtomicJsonFile<List<StoredSubscription>> file;

    FileSubscriptions(Path path, ObjectMapper json) {
        this(new AtomicJsonFile<>(path, json, new TypeReference<>() {
        }));
    }

    private FileSubscriptions(AtomicJsonFile<List<StoredSubscription>> file) {
        super(file.read().orElse(List.of()).stream().map(StoredSubscription::subscription).toList());
        this.file = file;
    }

    @Override
    protected void changed() {
        file.writeDurably(all().stream().map(StoredSubscription::of).toList());
    }
}
