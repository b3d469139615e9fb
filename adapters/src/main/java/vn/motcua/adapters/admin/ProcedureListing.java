package vn.motcua.adapters.admin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.motcua.knowledge.KnowledgeBase;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.search.SearchHit;
import vn.motcua.knowledge.text.VietnameseText;

/**
 * Finds procedures for the console: an id, a national code or part of a name matches directly
 * (staff type those), then the assistant's own search ranks the rest, so staff see what citizens'
 * words find.
 */
class ProcedureListing {
    private static final int SEARCH_LIMIT = 200;

    private final KnowledgeBase kb;

    ProcedureListing(KnowledgeBase kb) {
        this.kb = kb;
    }

    public record Page(List<Procedure> items, int total, int page, int size) {
        public int pages() {
            return Math.max(1, (total + size - 1) / size);
        }
    }

    Page find(String query, String field, int page, int size) {
        List<Procedure> matches = matching(query == null ? "" : query.strip()).stream()
                .filter(p -> field == null || field.isBlank() || field.equals(p.field()))
                .toList();
        int safeSize = Math.max(1, Math.min(size, 200));
        int safePage = Math.max(0, page);
        int from = Math.min(matches.size(), safePage * safeSize);
        return new Page(matches.subList(from, Math.min(matches.size(), from + safeSize)), matches.size(), safePage,
                safeSize);
    }

    List<String> fields() {
        return new ArrayList<>(new TreeSet<>(kb.all().stream().map(Procedure::field)
                .filter(f -> f != null && !f.isBlank()).toList()));
    }

    private List<Procedure> matching(String query) {
        List<Procedure> all = new ArrayList<>(kb.all());
        all.sort(Comparator.comparing(Procedure::publicId));
        if (query.isEmpty()) {
            return all;
        }
        String folded = VietnameseText.fold(query);
        Map<String, Procedure> ranked = new LinkedHashMap<>();
        for (Procedure p : all) {
            if (VietnameseText.fold(p.publicId()).contains(folded)
                    || p.nationalCode() != null && p.nationalCode().contains(query)
                    || VietnameseText.fold(p.name()).contains(folded)) {
                ranked.put(p.publicId(), p);
            }
        }
        for (SearchHit hit : kb.search(query, SEARCH_LIMIT)) {
            ranked.putIfAbsent(hit.procedure().publicId(), hit.procedure());
        }
        return new ArrayList<>(ranked.values());
    }
}
