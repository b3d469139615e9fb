package vn.motcua.knowledge.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads "Kết quả xử lý": result names each followed by "Mã: <code>", then the page's "Từ khóa"
 * (keywords) and "Mô tả" cells, then page-widget text ("Chọn cơ quan thực hiện…Nộp hồ sơ") to drop.
 */
final class ResultList {
    private static final Pattern CODE = Pattern.compile("Mã: ?(?:KQ\\.[A-Z0-9]+\\.\\d+|[A-Z0-9]+-[A-Z]+\\d+|[A-Z]{2,8}(?![a-zà-ỹđ]))");
    private static final List<String> WIDGET_MARKERS = List.of("Chọn cơ quan thực hiện", "Hệ thống chỉ hiển thị");

    /** The result names (joined) and the keywords the portal lists for the procedure. */
    record Parsed(String result, List<String> keywords) {
    }

    private ResultList() {
    }

    static Parsed parse(String raw) {
        String text = PortalText.line(raw);
        for (String marker : WIDGET_MARKERS) {
            int i = text.indexOf(marker);
            if (i >= 0) {
                text = text.substring(0, i);
            }
        }
        String description = "";
        int d = text.lastIndexOf("Mô tả");
        if (d >= 0) {
            description = text.substring(d + "Mô tả".length()).strip();
            text = text.substring(0, d);
        }
        List<String> keywords = List.of();
        int k = text.lastIndexOf("Từ khóa");
        if (k >= 0) {
            keywords = PortalText.commaList(text.substring(k + "Từ khóa".length()));
            text = text.substring(0, k);
        }
        List<String> names = new ArrayList<>();
        Matcher m = CODE.matcher(text);
        int from = 0;
        while (m.find()) {
            addName(names, text.substring(from, m.start()));
            from = m.end();
        }
        addName(names, text.substring(from));
        String result = String.join("; ", names);
        if (!PortalText.isPlaceholder(description) && !description.isEmpty()) {
            result = result.isEmpty() ? description : result + ". " + description;
        }
        return new Parsed(result, keywords);
    }

    private static void addName(List<String> names, String raw) {
        String name = raw.strip().replaceAll("^[-+*•\\s]+", "").replaceAll("[.;,\\s]+$", "").strip();
        if (!name.isEmpty() && !PortalText.isPlaceholder(name) && !names.contains(name)) {
            names.add(name);
        }
    }
}
