package vn.motcua.bot.answering;

/** The one-stop shop citizens can call or visit when the assistant cannot help. */
public record ShopContact(String name, String hotline, String address) {
}
