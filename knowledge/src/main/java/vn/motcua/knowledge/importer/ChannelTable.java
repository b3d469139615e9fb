package vn.motcua.knowledge.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.knowledge.procedure.SubmissionChannel;
import vn.motcua.knowledge.procedure.SubmissionMode;

/**
 * Reads the flattened "Cách thức thực hiện" table. Its header cells come first, then each row's cells
 * run together: mode, time, fee (with an optional description in parentheses), free description. A
 * row starts where a mode label is followed at once by a time cell and a fee cell, so the same words
 * inside a description ("Trực tiếp tại trụ sở...") do not start a row.
 */
final class ChannelTable {
    private static final String HEADER = "Hình thức nộpThời gianPhí, lệ phíMô tả";
    private static final String UNITS = "Ngày làm việc|Ngày|Giờ làm việc|Giờ|Tuần|Tháng|Năm|Phút";
    private static final Pattern ROW = Pattern.compile(
            "(Trực tuyến|Dịch vụ bưu chính|Trực tiếp)"
            + "(Không có thông tin|\\d+(?:[.,]\\d+)?(?: ?(?:" + UNITS + "))?)"
            + "(Miễn phí|Không có thông tin|[\\d.,]+ ?(?:Việt Nam Đồng|VNĐ|VND|Đồng|đồng|USD|EUR))");
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");

    private ChannelTable() {
    }

    static List<SubmissionChannel> parse(String raw) {
        String text = PortalText.line(raw);
        if (text.startsWith(HEADER)) {
            text = text.substring(HEADER.length());
        }
        List<SubmissionChannel> rows = new ArrayList<>();
        Matcher m = ROW.matcher(text);
        List<int[]> starts = new ArrayList<>();
        List<String[]> cells = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start(), m.end()});
            cells.add(new String[] {m.group(1), m.group(2), m.group(3)});
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            String rest = text.substring(starts.get(i)[1], end);
            String feeNote = "";
            if (rest.startsWith("(")) {
                int close = matchingParenthesis(rest);
                feeNote = unwrap(rest.substring(0, close + 1));
                rest = rest.substring(close + 1);
            }
            rows.add(new SubmissionChannel(mode(cells.get(i)[0]), time(cells.get(i)[1]),
                    fee(cells.get(i)[2], feeNote), rest.strip()));
        }
        return rows;
    }

    /** True when the time cell holds only a number: the portal shows "1" with no unit for some procedures. */
    static boolean hasBareNumber(SubmissionChannel c) {
        return BARE_NUMBER.matcher(c.timeLimit()).matches();
    }

    private static SubmissionMode mode(String label) {
        return switch (label) {
            case "Trực tuyến" -> SubmissionMode.ONLINE;
            case "Dịch vụ bưu chính" -> SubmissionMode.POSTAL;
            default -> SubmissionMode.IN_PERSON;
        };
    }

    private static String time(String cell) {
        if (PortalText.isPlaceholder(cell)) {
            return "";
        }
        Matcher m = Pattern.compile("(\\d+(?:[.,]\\d+)?) ?(.*)").matcher(cell);
        if (m.matches() && !m.group(2).isEmpty()) {
            return m.group(1) + " " + m.group(2).toLowerCase(java.util.Locale.ROOT);
        }
        return cell;
    }

    private static String fee(String cell, String note) {
        if (PortalText.isPlaceholder(cell)) {
            return note;
        }
        String amount = cell;
        Matcher m = Pattern.compile("([\\d.,]+) ?(Việt Nam Đồng|VNĐ|VND|Đồng|đồng)").matcher(cell);
        if (m.matches()) {
            amount = m.group(1).replace(',', '.') + " đồng";
        }
        if (note.isEmpty()) {
            return amount;
        }
        if (note.startsWith("/") && note.length() <= 30) {
            return amount + note;
        }
        return amount + " (" + note + ")";
    }

    /** The text inside the outer parentheses, with doubled ones "((...))" unwrapped too. */
    private static String unwrap(String s) {
        String inner = s.strip();
        while (inner.startsWith("(") && matchingParenthesis(inner) == inner.length() - 1) {
            inner = inner.substring(1, inner.length() - 1).strip();
        }
        return inner;
    }

    private static int matchingParenthesis(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return s.length() - 1;
    }
}
