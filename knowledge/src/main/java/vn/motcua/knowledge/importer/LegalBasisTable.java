package vn.motcua.knowledge.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.knowledge.procedure.LegalReference;

/**
 * Reads the flattened "Căn cứ pháp lý" table: rows of a title followed at once by the document's
 * number ("…thi hành Luật Hộ tịch123/2015/NĐ-CP"). A number ends a row when it is glued to the
 * title before it or when the next title starts right after it; a number quoted inside a title
 * ("Nghị định số 123/2015/NĐ-CP ngày…") does neither.
 */
final class LegalBasisTable {
    private static final String HEADER = "Tên văn bản pháp lýMã văn bản";
    private static final Pattern NUMBER = Pattern.compile(
            "\\d{1,4}\\.?(?:/\\d{4})?/[A-ZĐ]{1,10}\\d{0,2}(?:-[A-ZĐ]+(?:g(?![a-zà-ỹ]))?)*");
    private static final Pattern ROW_END = Pattern.compile("[.;]?(?=\\p{Lu}|\\s*$)");
    /** Issuers, so that "QĐ-BHXHQUY ĐỊNH…" (an upper-case title glued to the number) splits after BHXH. */
    private static final List<String> ISSUERS = List.of("BHXH", "BTC", "BTP", "BCA", "BNV", "BYT", "BXD", "BCT",
            "BQP", "BNG", "NHNN", "BGTVT", "BTNMT", "BNNMT", "BNNPTNT", "BLĐTBXH", "BKHĐT", "BTTTT", "BGDĐT",
            "BVHTTDL", "BKHCN", "UBND", "HĐND", "CP", "VPCP", "UBTVQH", "UBDT", "TTCP", "KTNN", "TANDTC",
            "VKSNDTC", "HĐTP", "BDTTG");
    private static final Pattern CAMEL = Pattern.compile("\\p{Ll}(?=\\p{Lu}\\p{Ll})");

    private LegalBasisTable() {
    }

    static List<LegalReference> parse(String raw) {
        String text = PortalText.line(raw);
        if (text.startsWith(HEADER)) {
            text = text.substring(HEADER.length());
        }
        List<LegalReference> rows = new ArrayList<>();
        int rowStart = 0;
        Matcher m = NUMBER.matcher(text);
        int searchFrom = 0;
        while (searchFrom < text.length() && m.find(searchFrom)) {
            int start = afterGluedYear(text, m.start());
            int end = trimIssuer(text, start, m.end());
            String number = text.substring(start, end);
            searchFrom = end;
            Matcher after = ROW_END.matcher(text).region(end, text.length());
            boolean gluedLeft = start > rowStart && !Character.isWhitespace(text.charAt(start - 1));
            boolean endsRow = after.lookingAt() && (gluedLeft || end < text.length());
            if (!endsRow) {
                continue;
            }
            String title = text.substring(rowStart, start);
            if (!gluedLeft) {
                title = titleBeforeRepeatedNumber(text.substring(rowStart, end));
            }
            add(rows, title, number);
            rowStart = after.end();
            searchFrom = rowStart;
        }
        if (rowStart < text.length()) {
            add(rows, text.substring(rowStart), "");
        }
        return rows;
    }

    /** "Luật Cư trú 202068/2020/QH14": a title ending in a year glued to the number "68/…". */
    private static int afterGluedYear(String text, int start) {
        int runStart = start;
        while (runStart > 0 && Character.isDigit(text.charAt(runStart - 1))) {
            runStart--;
        }
        int slash = text.indexOf('/', start);
        String run = text.substring(runStart, slash < 0 ? start : slash).replace(".", "");
        if (run.length() > 4 && run.matches("(?:19|20)\\d{2}\\d+")) {
            return runStart + 4;
        }
        return start;
    }

    /** "…BHXHQUY ĐỊNH": the number stops after the longest issuer it starts with. */
    private static int trimIssuer(String text, int start, int end) {
        String number = text.substring(start, end);
        int dash = number.lastIndexOf('-');
        int slash = number.lastIndexOf('/');
        int segmentStart = Math.max(dash, slash) + 1;
        String segment = number.substring(segmentStart);
        if (end < text.length() && Character.isLowerCase(text.charAt(end))) {
            // "TT-BTCNghị": the capital belongs to the next title; "TT-BCAngày": a typo inside one title
            return ISSUERS.contains(segment) || segment.length() < 2 ? end : end - 1;
        }
        return ISSUERS.stream().filter(segment::startsWith).max(Comparator.comparingInt(String::length))
                .filter(issuer -> issuer.length() < segment.length() && !segment.substring(issuer.length()).matches("\\d+"))
                .map(issuer -> start + segmentStart + issuer.length())
                .orElse(end);
    }

    /** "Thông tư số 03/2023/TT-BTP ngày … Bộ Tư phápThông tư số 03/2023/TT-BTP": the title is before the glue. */
    private static String titleBeforeRepeatedNumber(String row) {
        Matcher m = CAMEL.matcher(row);
        int last = -1;
        while (m.find()) {
            last = m.end();
        }
        if (last > 0) {
            return row.substring(0, last);
        }
        Matcher number = NUMBER.matcher(row);
        int lastStart = -1;
        while (number.find()) {
            lastStart = number.start();
        }
        return lastStart > 0 ? row.substring(0, lastStart) : row;
    }

    private static void add(List<LegalReference> rows, String rawTitle, String number) {
        String title = rawTitle.strip().replaceAll("^[-+*•.;,\\s]+", "").replaceAll("[-;,.\\s]+$", "").strip();
        String n = number.replaceAll("\\.$", "");
        if (title.isEmpty() && n.isEmpty() || PortalText.isPlaceholder(title) && n.isEmpty()) {
            return;
        }
        rows.add(new LegalReference(n, title));
    }
}
