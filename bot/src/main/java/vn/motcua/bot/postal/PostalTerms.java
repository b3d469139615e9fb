package vn.motcua.bot.postal;

/** What the installation tells citizens about the postal service itself: the postage they pay. */
public record PostalTerms(String postage) {
}
