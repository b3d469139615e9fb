package vn.motcua.adapters.dossier;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.motcua.adapters.dossier.DossierJson.StoredSubscription;
import vn.motcua.bot.dossier.InMemorySubscriptions;
import vn.motcua.bot.dossier.Subscription;

/**
 * Subscriptions in memory, written whole to one file after every change (atomically), and read back at
 * start-up: citizens were promised a message, a restart must not forget them. Subscriptions are few and
 * change rarely, so a full snapshot is cheap.
 */
class FileSubscriptions extends InMemorySubscriptions {
    private static final TypeReference<List<StoredSubscription>> LIST = new TypeReference<>() {
    };

    private final Path file;
    private final ObjectMapper json;

    FileSubscriptions(Path file, ObjectMapper json) {
        super(read(file, json));
        this.file = file;
        this.json = json;
    }

    @Override
    protected void changed() {
        try {
            AtomicFile.write(file, json.writeValueAsBytes(all().stream().map(StoredSubscription::of).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write subscriptions to " + file, e);
        }
    }

    private static List<Subscription> read(Path file, ObjectMapper json) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return json.readValue(file.toFile(), LIST).stream().map(StoredSubscription::subscription).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read subscriptions from " + file
                    + " (fix or remove the file; it is rewritten on the next change)", e);
        }
    }
}
