package vn.motcua.adapters.postal;

/** What became of one attempt to send an order to the partner API. */
sealed interface Delivery {

    /** The post office has the order; {@code waybill} is its tracking number when it gave one. */
    record Accepted(String waybill) implements Delivery {
    }

    /** The post office refused this order for good (bad data): retrying will not help. */
    record Rejected(String reason) implements Delivery {
    }

    /** Down, slow, overloaded or misconfigured: try again later. */
    record Unavailable(String reason) implements Delivery {
    }
}
