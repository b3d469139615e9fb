package vn.motcua.knowledge.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads the records under the given paths: a JSON file holding one record or an array of them, a JSON
 * Lines file, or a folder (searched recursively) of such files. A file that cannot be read as JSON is
 * a problem of the whole input, reported with the file and the line where parsing failed.
 */
final class RecordFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What was read, and what could not be. */
    record Read(List<SourceRecord> records, List<Rejection> unreadable) {
    }

    private RecordFiles() {
    }

    static Read read(List<Path> paths) {
        List<SourceRecord> records = new ArrayList<>();
        List<Rejection> unreadable = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                unreadable.add(new Rejection(RecordLocation.wholeFile(path), "(đường dẫn)", "không tồn tại"));
            } else if (Files.isDirectory(path)) {
                for (Path file : filesUnder(path, unreadable)) {
                    readFile(file, records, unreadable);
                }
            } else {
                readFile(path, records, unreadable);
            }
        }
        return new Read(records, unreadable);
    }

    private static List<Path> filesUnder(Path dir, List<Rejection> unreadable) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> isRecordFile(f.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            unreadable.add(new Rejection(RecordLocation.wholeFile(dir), "(thư mục)", "không đọc được: " + e.getMessage()));
            return List.of();
        }
    }

    private static boolean isRecordFile(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".json") || n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    /** One JSON value (an object or an array of objects), or a sequence of values, one a line. */
    private static void readFile(Path file, List<SourceRecord> records, List<Rejection> unreadable) {
        List<SourceRecord> found = new ArrayList<>();
        try (JsonParser parser = JSON.getFactory().createParser(file.toFile());
             MappingIterator<JsonNode> values = JSON.readerFor(JsonNode.class).readValues(parser)) {
            int index = 0;
            while (values.hasNextValue()) {
                int line = parser.currentTokenLocation().getLineNr();
                JsonNode value = values.nextValue();
                index++;
                if (value.isArray()) {
                    for (int i = 0; i < value.size(); i++) {
                        found.add(new SourceRecord(new RecordLocation(file, "bản ghi " + (i + 1)), value.get(i)));
                    }
                } else {
                    found.add(new SourceRecord(new RecordLocation(file, "dòng " + line), value));
                }
            }
            if (index == 1 && found.size() == 1) {
                found.set(0, new SourceRecord(RecordLocation.wholeFile(file), found.get(0).json()));
            }
            if (found.isEmpty()) {
                unreadable.add(new Rejection(RecordLocation.wholeFile(file), "(tệp)", "không có bản ghi nào"));
            }
            records.addAll(found);
        } catch (JsonProcessingException e) {
            unreadable.add(new Rejection(new RecordLocation(file, "dòng " + e.getLocation().getLineNr()),
                    "(JSON)", "không đọc được: " + e.getOriginalMessage()));
        } catch (IOException e) {
            unreadable.add(new Rejection(RecordLocation.wholeFile(file), "(tệp)", "không đọc được: " + e.getMessage()));
        } catch (RuntimeException e) {
            if (e.getCause() instanceof JsonProcessingException j) {
                unreadable.add(new Rejection(new RecordLocation(file, "dòng " + j.getLocation().getLineNr()),
                        "(JSON)", "không đọc được: " + j.getOriginalMessage()));
            } else {
                throw e;
            }
        }
    }
}
