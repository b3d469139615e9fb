package vn.motcua.adapters.telegram;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import vn.motcua.bot.message.Reply;
import vn.motcua.bot.rendering.ReplyParts;

/**
 * A reply as Telegram shows it: HTML-escaped text (parse mode HTML, so a "<" in an answer is never
 * markup), links as anchors, options as an inline keyboard, one button a row (and 👍/👎 side by side).
 */
final class TelegramHtml {
    /** Telegram's limit is 4,096 characters after entity parsing; escaping can only add, so cut the raw text below it. */
    static final int MAX_TEXT = 3800;
    /** callback_data holds at most 64 bytes; longer option values are sent as their number. */
    static final int MAX_CALLBACK_BYTES = 64;
    static final String NUMBERED = "#";

    private TelegramHtml() {
    }

    /** A reply longer than a message, as several (the keyboard and links with the last). */
    static List<Reply> parts(Reply reply) {
        int linkLabels = reply.links().stream().mapToInt(link -> 1 + link.label().length()).sum();
        return ReplyParts.split(reply, MAX_TEXT, linkLabels);
    }

    static String text(Reply reply) {
        // only a reply queued unsplit (before an upgrade) is still cut here
        String raw = reply.text().length() > MAX_TEXT ? reply.text().substring(0, MAX_TEXT) + "…" : reply.text();
        StringBuilder html = new StringBuilder(escape(raw));
        for (Reply.Link link : reply.links()) {
            html.append("\n<a href=\"").append(escape(link.url())).append("\">").append(escape(link.label())).append("</a>");
        }
        return html.toString();
    }

    /** The reply's options, one a row, then a 👍/👎 row when the reply takes feedback. */
    static InlineKeyboardMarkup keyboard(Reply reply) {
        List<Reply.Option> options = reply.options();
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            Reply.Option o = options.get(i);
            rows.add(new InlineKeyboardRow(InlineKeyboardButton.builder().text(o.label())
                    .callbackData(callbackData(o.value(), i + 1)).build()));
        }
        if (reply.takesFeedback()) {
            rows.add(new InlineKeyboardRow(
                    InlineKeyboardButton.builder().text("👍").callbackData(Reply.FEEDBACK_UP).build(),
                    InlineKeyboardButton.builder().text("👎").callbackData(Reply.FEEDBACK_DOWN).build()));
        }
        return rows.isEmpty() ? null : new InlineKeyboardMarkup(rows);
    }

    static String callbackData(String value, int number) {
        return value.getBytes(StandardCharsets.UTF_8).length <= MAX_CALLBACK_BYTES && !value.startsWith(NUMBERED)
                ? value : NUMBERED + number;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
