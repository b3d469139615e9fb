package vn.motcua.bot.address;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a small CSV file with a header line; fields may be quoted ("Phường X, Tỉnh Y"). */
final class CsvRows {
    private CsvRows() {
    }

    static List<Map<String, String>> read(Reader source) {
        try (BufferedReader in = new BufferedReader(source)) {
            String header = in.readLine();
            if (header == null) {
                return List.of();
            }
            List<String> names = split(header.replace("\uFEFF", ""));
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> fields = split(line);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < names.size() && i < fields.size(); i++) {
                    row.put(names.get(i).strip(), fields.get(i).strip());
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CSV", e);
        }
    }

    private static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
