package vn.motcua.knowledge.importer;

import java.util.List;

/**
 * Re-reads the lower half of a record from its {@code raw_text}. The crawler cut fields at the first
 * occurrence of a label, so a step that mentions "(Thành phần hồ sơ)" truncated the steps and pushed
 * their rest into the documents field (1.001613, 1.002759, 2.000693). The page text holds the
 * sections in a fixed order; searching each label after the previous one restores them.
 */
final class PageSections {
    private static final List<String> LABELS = List.of("Trình Tự Thực Hiện", "Cách Thức Thực Hiện",
            "Thành phần hồ sơ", "Căn cứ pháp lý", "Cơ quan thực hiện", "Yêu cầu, điều kiện thực hiện",
            "Kết quả xử lý");

    private PageSections() {
    }

    /** The record with its tail fields taken from the page text, or as it was when a label is missing. */
    static NationalRecord restore(NationalRecord record, String rawText) {
        int[] starts = new int[LABELS.size()];
        int from = 0;
        for (int i = 0; i < LABELS.size(); i++) {
            int at = labelAt(rawText, i, from);
            if (at < 0) {
                return record;
            }
            starts[i] = at;
            from = at + LABELS.get(i).length();
        }
        String[] sections = new String[LABELS.size()];
        for (int i = 0; i < LABELS.size(); i++) {
            int begin = starts[i] + LABELS.get(i).length();
            int end = i + 1 < LABELS.size() ? starts[i + 1] : rawText.length();
            sections[i] = rawText.substring(begin, end);
        }
        return record.withTail(sections[0], sections[1], sections[2], sections[3], sections[4], sections[5],
                sections[6]);
    }

    /** The legal-basis label is searched with its table header first, since documents may quote it. */
    private static int labelAt(String text, int label, int from) {
        if (LABELS.get(label).equals("Căn cứ pháp lý")) {
            int withHeader = text.indexOf("Căn cứ pháp lýTên văn bản pháp lý", from);
            if (withHeader >= 0) {
                return withHeader;
            }
        }
        return text.indexOf(LABELS.get(label), from);
    }
}
