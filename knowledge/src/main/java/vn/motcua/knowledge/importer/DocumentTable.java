package vn.motcua.knowledge.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.knowledge.procedure.RequiredDocument;

/**
 * Reads the flattened "Thành phần hồ sơ" table. Each group starts with an optional heading ("* Giấy
 * tờ phải xuất trình:") and the header cells; each row is the document name, the attached form file's
 * name if any, and the copy count ("1 bản chính,1 bản sao"), all run together.
 */
final class DocumentTable {
    private static final String HEADER = "Tên giấy tờMẫu đơn, tờ khaiSố lượng";
    private static final Pattern COPIES = Pattern.compile(
            "(\\d{1,2}) bản chính(?:\\s*,\\s*(\\d{1,2}) bản sao)?|(\\d{1,2}) bản sao");
    private static final Pattern FILE_EXTENSION = Pattern.compile(
            "\\.(?:docx|doc|pdf|xlsx|xls|rtf|odt|zip|rar)$", Pattern.CASE_INSENSITIVE);
    /** An attached file's name glued after a sentence: "...Bộ Công an).MauKX1079.docx". */
    private static final Pattern GLUED_AFTER_PUNCTUATION = Pattern.compile("[.;)](?=\\p{L})");
    /** "...đầu tưMẫu I.1.8.docx": a lowercase letter followed at once by a capital. */
    private static final Pattern GLUED_CAMEL = Pattern.compile("\\p{Ll}(?=\\p{Lu})");
    /** "...TT-BNNMTPhụ lục I Đơn đề nghị.docx": a form word glued to the text before it. */
    private static final Pattern GLUED_FORM_WORD = Pattern.compile("\\S(?=(?:Phụ lục|Mẫu|Mau|Phu luc|mẫu))");
    private static final Pattern FILE_INDEX = Pattern.compile("(?<=[;).])(\\d{1,2}\\.)$");

    private DocumentTable() {
    }

    static List<RequiredDocument> parse(String raw) {
        String text = PortalText.line(raw);
        String[] groups = text.split(Pattern.quote(HEADER), -1);
        List<RequiredDocument> documents = new ArrayList<>();
        String heading = heading(groups[0]);
        for (int g = 1; g < groups.length; g++) {
            String group = groups[g];
            Matcher m = COPIES.matcher(group);
            int from = 0;
            while (m.find()) {
                int start = countStart(group, m);
                String cell = group.substring(from, start);
                from = m.end();
                addRow(documents, cell, copies(m, start != m.start()), heading);
            }
            String tail = group.substring(from);
            if (g + 1 < groups.length) {
                heading = heading(tail);
            } else {
                addRow(documents, tail, "", heading);
            }
        }
        return documents;
    }

    /** "…ngày 01/01/20261 bản chính": a count glued to a digit keeps only its last digit. */
    private static int countStart(String text, Matcher m) {
        int start = m.start();
        int countEnd = start;
        while (countEnd < text.length() && Character.isDigit(text.charAt(countEnd))) {
            countEnd++;
        }
        if (start > 0 && Character.isDigit(text.charAt(start - 1))) {
            return countEnd - 1;
        }
        return start;
    }

    private static String copies(Matcher m, boolean trimmedFirstCount) {
        String originals = m.group(1);
        String copies = m.group(2);
        if (m.group(3) != null) {
            copies = m.group(3);
        }
        if (trimmedFirstCount) {
            if (originals != null) {
                originals = originals.substring(originals.length() - 1);
            } else {
                copies = copies.substring(copies.length() - 1);
            }
        }
        List<String> parts = new ArrayList<>();
        if (originals != null && Integer.parseInt(originals) > 0) {
            parts.add(Integer.parseInt(originals) + " bản chính");
        }
        if (copies != null && Integer.parseInt(copies) > 0) {
            parts.add(Integer.parseInt(copies) + " bản sao");
        }
        return String.join(", ", parts);
    }

    private static void addRow(List<RequiredDocument> documents, String cell, String copies, String heading) {
        String text = cell.strip();
        String form = "";
        if (FILE_EXTENSION.matcher(text).find()) {
            int split = formStart(text);
            if (split > 0) {
                form = text.substring(split).strip();
                text = text.substring(0, split);
                Matcher index = FILE_INDEX.matcher(text);
                if (index.find()) {
                    form = index.group(1) + form;
                    text = text.substring(0, index.start());
                }
            }
        }
        String name = cleanName(text);
        if (!name.isEmpty()) {
            documents.add(new RequiredDocument(name, copies, form, heading));
        }
    }

    /** Where the attached file's name begins, or -1 when it cannot be told apart from the document name. */
    private static int formStart(String text) {
        String stem = text.substring(0, text.lastIndexOf('.'));
        for (Pattern glue : List.of(GLUED_AFTER_PUNCTUATION, GLUED_CAMEL, GLUED_FORM_WORD)) {
            Matcher m = glue.matcher(stem);
            int last = -1;
            while (m.find()) {
                last = m.end();
            }
            if (last > 0 && last < stem.length()) {
                return last;
            }
        }
        return -1;
    }

    private static String cleanName(String s) {
        String name = s.strip().replaceAll("^[-+*•\\s]+", "").replaceAll("[;,\\s]+$", "").strip();
        return PortalText.isPlaceholder(name) ? "" : name;
    }

    private static String heading(String s) {
        String h = s.strip().replaceAll("^[-*+\\s]+", "").replaceAll("[:\\s]+$", "").strip();
        return PortalText.isPlaceholder(h) ? "" : h;
    }
}
