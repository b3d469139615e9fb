package vn.motcua.knowledge.importer;

import java.nio.file.Path;

/** Where a record came from: the file, and for files holding several records the line or position. */
public record RecordLocation(Path file, String position) {

    static RecordLocation wholeFile(Path file) {
        return new RecordLocation(file, "");
    }

    @Override
    public String toString() {
        return position.isEmpty() ? file.toString() : file + " (" + position + ")";
    }
}
