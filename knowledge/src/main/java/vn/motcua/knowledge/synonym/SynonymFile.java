package vn.motcua.knowledge.synonym;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The synonym dictionary's text format ({@code seeds/synonyms.tsv}): UTF-8, one entry per line,
 * {@code phrase<TAB>meaning}, an optional third column for a note; lines starting with {@code #} and
 * blank lines are ignored. A line without a tab is an error naming its line number.
 */
public final class SynonymFile {
    private SynonymFile() {
    }

    public static List<Synonym> read(InputStream in, String name) {
        List<Synonym> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length < 2 || columns[0].isBlank() || columns[1].isBlank()) {
                    throw new IllegalArgumentException(name + ":" + number + ": expected phrase<TAB>meaning");
                }
                out.add(new Synonym(columns[0], columns[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return out;
    }

    public static String write(List<Synonym> synonyms) {
        StringBuilder out = new StringBuilder("# phrase<TAB>meaning (added in the admin console)\n");
        for (Synonym s : synonyms) {
            out.append(s.phrase()).append('\t').append(s.meaning()).append('\n');
        }
        return out.toString();
    }
}
