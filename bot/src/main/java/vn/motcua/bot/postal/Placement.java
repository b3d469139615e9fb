package vn.motcua.bot.postal;

/** The booking a confirmation placed; {@code created} is false when the same draft was confirmed before. */
public record Placement(Booking booking, boolean created) {
}
