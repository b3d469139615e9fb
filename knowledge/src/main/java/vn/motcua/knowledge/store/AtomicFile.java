package vn.motcua.knowledge.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that a crash at any moment leaves either the old content or the new one: the new
 * bytes go to a temporary file in the same folder, are forced to disk, and the temporary file is then
 * moved over the target in one atomic rename (and the folder entry forced too).
 */
public class AtomicFile {
    /** Temporary files end with this; a crash can leave one behind, and loading ignores and removes them. */
    public static final String TEMP_SUFFIX = ".tmp";

    public void write(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                writeFully(channel, content);
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            forceDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes the bytes; a subclass in tests interrupts here to play a crash in the middle of a write. */
    protected void writeFully(FileChannel channel, byte[] content) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** Removes a file and forces the folder entry, so a deletion survives a crash too. */
    public void delete(Path target) throws IOException {
        Files.deleteIfExists(target);
        forceDirectory(target.toAbsolutePath().getParent());
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // some file systems cannot open a folder for reading; the rename itself is still atomic
        }
    }
}
