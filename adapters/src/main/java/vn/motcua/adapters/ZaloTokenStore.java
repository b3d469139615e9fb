package vn.motcua.adapters;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the Zalo OA's tokens are kept, and the promise the Zalo adapter needs from it: one renewal at a
 * time. Zalo's refresh token is single-use, so two processes renewing with the same one would lock the
 * OA out until an operator re-authorises it. In process (a file under the data dir) or in Redis, shared
 * by every instance; a store that cannot be reached throws {@link vn.motcua.bot.StoreUnavailable}.
 */
public interface ZaloTokenStore {

    /**
     * The tokens to send with. {@code accessToken} may be null when only a refresh token was configured;
     * {@code expiresAt} is null when unknown (a configured access token).
     */
    record Tokens(String accessToken, String refreshToken, Instant expiresAt) {
    }

    /** Asks Zalo for new tokens with {@code stale.refreshToken()}; its failure is passed on unchanged. */
    @FunctionalInterface
    interface Renewal<X extends Exception> {
        Tokens renew(Tokens stale) throws X;
    }

    /**
     * Makes the configured tokens the stored ones when nothing is stored yet or the operator configured a
     * refresh token the store has not started from before (a fresh authorisation wins over the stored
     * chain); otherwise keeps what is stored. Returns the tokens now stored.
     */
    Tokens adopt(Tokens configured);

    /** What is stored; empty before {@link #adopt} (or after the store lost its data). */
    Optional<Tokens> current();

    /**
     * Replaces the tokens whose access token is {@code staleAccessToken} with what {@code renewal}
     * returns, unless they were replaced already (by another send or another instance): then returns
     * those. At most one renewal runs at a time for the whole store, and the new tokens are stored before
     * they are returned, so the spent refresh token is never the only one kept.
     */
    <X extends Exception> Tokens renew(String staleAccessToken, Renewal<X> renewal) throws X;
}
