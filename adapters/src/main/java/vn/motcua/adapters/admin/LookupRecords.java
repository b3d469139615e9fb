package vn.motcua.adapters.admin;

import java.time.Instant;
import java.util.List;

/**
 * The record of dossier lookups, for operators: when, on which channel, by whom (masked), which code
 * and what came of it. Second factors are never recorded, so they cannot be shown.
 */
interface LookupRecords {

    /** Newest first. */
    List<LookupView> recent();

    record LookupView(Instant at, String channel, String sender, String code, String outcome) {
    }

    /** No dossier lookups in this build. */
    LookupRecords NONE = List::of;

    /** A phone number or chat id shows its last four characters only. */
    static String masked(String sender) {
        if (sender == null || sender.length() <= 4) {
            return "••••";
        }
        return "••••" + sender.substring(sender.length() - 4);
    }

    /** The outcome in the operators' words. */
    static String outcome(String key) {
        return switch (key) {
            case "OPENED" -> "mở được hồ sơ";
            case "UNKNOWN_CODE" -> "không có mã hồ sơ này";
            case "WRONG_FACTOR" -> "sai thông tin xác minh";
            case "LOCKED_OUT" -> "bị tạm khóa do sai nhiều lần";
            case "UNAVAILABLE" -> "hệ thống hồ sơ không phản hồi";
            default -> key;
        };
    }
}
