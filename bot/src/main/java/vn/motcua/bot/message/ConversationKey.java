package vn.motcua.bot.message;

/** One conversation per sender and channel. */
public record ConversationKey(Channel channel, String sender) {
    public String asString() {
        return channel.key() + ":" + sender;
    }
}
