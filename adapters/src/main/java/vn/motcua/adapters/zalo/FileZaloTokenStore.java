package vn.motcua.adapters.zalo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.adapters.AtomicJsonFile;
import vn.motcua.adapters.ZaloTokenStore;
import vn.motcua.bot.StoreUnavailable;

/**
 * The OA's tokens for one process, in {@code <data-dir>/channels/zalo-tokens.json}. Renewals within the
 * process take turns; the new tokens reach the file before anyone gets them.
 */
final class FileZaloTokenStore implements ZaloTokenStore {
    private static final Logger log = LoggerFactory.getLogger(FileZaloTokenStore.class);

    /** What is on disk; {@code configuredRefreshToken} tells a newly configured token from the one we started with. */
    record State(String accessToken, String refreshToken, Instant expiresAt, String configuredRefreshToken) {
        Tokens tokens() {
            return new Tokens(accessToken, refreshToken, expiresAt);
        }
    }

    private final AtomicJsonFile<State> file;
    private State state;

    FileZaloTokenStore(Path path, ObjectMapper json) {
        this.file = new AtomicJsonFile<>(path, json, new TypeReference<>() {
        });
        this.state = file.read().orElse(null);
    }

    @Override
    public synchronized Tokens adopt(Tokens configured) {
        // an operator who configures a new refresh token (after re-authorising the app) wins over the file
        if (state == null || state.configuredRefreshToken() != null
                && !state.configuredRefreshToken().equals(configured.refreshToken())) {
            state = new State(configured.accessToken(), configured.refreshToken(), configured.expiresAt(),
                    configured.refreshToken());
        }
        return state.tokens();
    }

    @Override
    public synchronized Optional<Tokens> current() {
        return Optional.ofNullable(state).map(State::tokens);
    }

    @Override
    public synchronized <X extends Exception> Tokens renew(String staleAccessToken, Renewal<X> renewal) throws X {
        if (state == null) {
            throw new IllegalStateException("no Zalo tokens adopted yet");
        }
        if (!Objects.equals(state.accessToken(), staleAccessToken)) {
            return state.tokens(); // another send renewed them meanwhile
        }
        Tokens renewed = renewal.renew(state.tokens());
        state = new State(renewed.accessToken(), renewed.refreshToken(), renewed.expiresAt(),
                state.configuredRefreshToken());
        try {
            file.writeDurably(state); // before use: the old refresh token is spent from this moment
        } catch (UncheckedIOException e) {
            log.error("The renewed Zalo tokens could not be written to {} ({}); they are kept in memory only: "
                    + "if this process stops before a write succeeds, re-authorise the OA", file.path(), e.getMessage());
            throw new StoreUnavailable("the Zalo token file", e);
        }
        return renewed;
    }
}
