package vn.motcua.adapters.delivery;

/** One change to a {@link PersistentMap}, as its journal records it. */
sealed interface Change<V> {
    String key();

    record Put<V>(String key, V value) implements Change<V> {
    }

    record Remove<V>(String key) implements Change<V> {
    }
}
