package vn.motcua.adapters;

import java.time.Duration;

/**
 * Exclusive leases shared by every instance: at most one holder of a name at a time, for a limited
 * time unless renewed. For work only one instance may do, such as Telegram long polling. A holder names
 * itself with a token of its own, so it can never renew or release a lease another holder took after
 * its own lapsed.
 *
 * <p>Each method throws {@link vn.motcua.bot.StoreUnavailable} when the store cannot be asked: the
 * caller then cannot know whether it still holds the lease.
 */
public interface Leases {

    /** Takes the lease if nobody holds it (or this holder already does), for {@code ttl}. */
    boolean acquire(String name, String holder, Duration ttl);

    /** Extends the lease to {@code ttl} from now, only if this holder still holds it. */
    boolean renew(String name, String holder, Duration ttl);

    /** Gives the lease up, only if this holder still holds it, so another can take it at once. */
    void release(String name, String holder);

    /** With one instance there is nobody to share with: every lease is granted. */
    static Leases singleInstance() {
        return new Leases() {
            @Override
            public boolean acquire(String name, String holder, Duration ttl) {
                return true;
            }

            @Override
            public boolean renew(String name, String holder, Duration ttl) {
                return true;
            }

            @Override
            public void release(String name, String holder) {
                // nothing held anywhere
            }
        };
    }
}
