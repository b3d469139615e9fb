package vn.motcua.knowledge.editing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.procedure.ProcedureJson;

/**
 * The fields that differ between two states of a procedure, named as the validator names them
 * ({@code fee}, {@code channels[1].fee}, {@code documents[0].name}) so that staff read a diff in the
 * words of the editor. The version number is bookkeeping, not content, and is left out.
 */
public final class ProcedureDiff {

    private ProcedureDiff() {
    }

    public static List<FieldChange> between(Procedure before, Procedure after) {
        Map<String, String> old = flatten(before);
        Map<String, String> now = flatten(after);
        Set<String> fields = new LinkedHashSet<>(old.keySet());
        fields.addAll(now.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String a = old.get(field);
            String b = now.get(field);
            if (a == null ? b != null : !a.equals(b)) {
                changes.add(new FieldChange(field, a, b));
            }
        }
        return changes;
    }

    private static Map<String, String> flatten(Procedure p) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (p != null) {
            flatten("", ProcedureJson.mapper().valueToTree(p.withVersion(0)), fields);
            fields.remove("version");
        }
        return fields;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e ->
                    flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), out);
            }
        } else if (!node.isNull() && !node.asText().isEmpty()) {
            out.put(path, node.asText());
        }
    }
}
