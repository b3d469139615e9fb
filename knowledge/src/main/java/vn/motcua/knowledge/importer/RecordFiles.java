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
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads the records under the given paths: a JSON file holding one record or an array of them, a JSON
 * Lines file, or a folder (searched recursively) of such files. A file that cannot be read as JSON is
 * a problem of the whole input, reported with the file and the line where parsing failed.
 */
final class RecordFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RecordFiles() {
    }

    /**
     * Hands every record to {@code sink} as it is read (so thousands of large records need not be held
     * at once) and returns what could not be read.
     */
    static List<Rejection> read(List<Path> paths, Consumer<SourceRecord> sink) {
        List<Rejection> unreadable = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                unreadable.add(new Rejection(RecordLocation.wholeFile(path), "(đường dẫn)", "không tồn tại"));
            } else if (Files.isDirectory(path)) {
                for (Path file : filesUnder(path, unreadable)) {
                    readFile(file, sink, unreadable);
                }
            } else {
                readFile(path, sink, unreadable);
            }
        }
        return unreadable;
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

    private static int emit(Consumer<SourceRecord> sink, SourceRecord heldBack, int found, SourceRecord record) {
        int count = found;
        if (heldBack != null) {
            sink.accept(heldBack);
            count++;
        }
        sink.accept(record);
        return count + 1;
    }

    private static boolean isRecordFile(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".json") || n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    /** One JSON value (an object or an array of objects), or a sequence of values, one a line. */
    private static void readFile(Path file, Consumer<SourceRecord> sink, List<Rejection> unreadable) {
        int found = 0;
        SourceRecord first = null;
        try (JsonParser parser = JSON.getFactory().createParser(file.toFile());
             MappingIterator<JsonNode> values = JSON.readerFor(JsonNode.class).readValues(parser)) {
            // the first value is held back one step: a file of one record is named without a line
            while (values.hasNextValue()) {
                int line = parser.currentTokenLocation().getLineNr();
                JsonNode value = values.nextValue();
                if (value.isArray()) {
                    for (int i = 0; i < value.size(); i++) {
                        found = emit(sink, first, found, new SourceRecord(new RecordLocation(file, "bản ghi " + (i + 1)), value.get(i)));
                        first = null;
                    }
                } else if (found == 0 && first == null) {
                    first = new SourceRecord(new RecordLocation(file, "dòng " + line), value);
                } else {
                    found = emit(sink, first, found, new SourceRecord(new RecordLocation(file, "dòng " + line), value));
                    first = null;
                }
            }
            if (first != null) {
                sink.accept(new SourceRecord(RecordLocation.wholeFile(file), first.json()));
                found++;
            }
            if (found == 0) {
                unreadable.add(new Rejection(RecordLocation.wholeFile(file), "(tệp)", "không có bản ghi nào"));
            }
        } catch (JsonProcessingException e) {
            // records before the error may have been handed over; the caller writes nothing when any file is unreadable
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
