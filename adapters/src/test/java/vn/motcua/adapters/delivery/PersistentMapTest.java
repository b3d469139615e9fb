package vn.motcua.adapters.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.bot.delivery.Outbox.OutgoingReply;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.Reply;

/** The journal behind the inbox, outbox and seen ids: replay, torn tails, compaction, the old file format. */
class PersistentMapTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("outbox.json");
    }

    private PersistentMap<OutgoingReply> open() {
        return new PersistentMap<>(file(), FileStoresTest.JSON, OutgoingReply.class);
    }

    private PersistentMap<OutgoingReply> open(int compactAfter) {
        return new PersistentMap<>(file(), FileStoresTest.JSON, OutgoingReply.class, compactAfter);
    }

    private static OutgoingReply reply(String id, int attempts) {
        return new OutgoingReply(id, 1, Channel.SMS, "+84901", new Reply("Lệ phí: 0 đồng", List.of(), List.of()),
                attempts, Instant.EPOCH, Instant.EPOCH);
    }

    private List<String> journalLines() throws IOException {
        return Files.readAllLines(dir.resolve("outbox.journal"));
    }

    @Test
    void a_restart_replays_every_change_in_order() throws IOException {
        PersistentMap<OutgoingReply> map = open();
        map.put("a", reply("a", 0));
        map.put("b", reply("b", 0));
        map.put("c", reply("c", 0));
        map.put("a", reply("a", 2));
        map.remove("b");
        map.update(entries -> {
            var oldest = entries.entrySet().iterator();
            oldest.next();
            oldest.remove(); // as FileRedeliveries evicts the oldest id
            entries.put("d", reply("d", 0));
            return true;
        });

        assertThat(open().values()).containsExactly(reply("c", 0), reply("d", 0));
        assertThat(journalLines()).as("a header and one line per change").hasSize(1 + 6)
                .last().asString().contains("\"remove\":\"a\"").contains("\"put\":\"d\"");
        assertThat(dir.resolve("outbox.snapshot.json")).doesNotExist();
    }

    /** Holds a and b, and has removed a without waiting for the disk. */
    private PersistentMap<OutgoingReply> removedSoon() {
        PersistentMap<OutgoingReply> map = open();
        map.put("a", reply("a", 0));
        map.put("b", reply("b", 0));
        map.removeSoon("a");
        return map;
    }

    private List<OutgoingReply> onDisk() {
        PersistentMap<OutgoingReply> reopened = open();
        List<OutgoingReply> values = reopened.values();
        reopened.close();
        return values;
    }

    @Test
    void a_removal_that_need_not_wait_is_gone_at_once_and_on_disk_soon_after() throws Exception {
        PersistentMap<OutgoingReply> map = removedSoon();
        map.removeSoon("missing");
        assertThat(map.values()).containsExactly(reply("b", 0));
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (onDisk().size() > 1 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(open().values()).containsExactly(reply("b", 0));
        assertThat(journalLines()).hasSize(1 + 3);
    }

    @Test
    void closing_writes_the_removals_that_did_not_wait_and_a_late_change_still_lands() throws IOException {
        PersistentMap<OutgoingReply> map = removedSoon();
        map.close();
        assertThat(open().values()).containsExactly(reply("b", 0));
        map.put("c", reply("c", 0)); // work finishing during a stop
        assertThat(open().values()).containsExactly(reply("b", 0), reply("c", 0));
    }

    @Test
    void a_change_that_changes_nothing_writes_nothing() throws IOException {
        PersistentMap<OutgoingReply> map = open();
        map.put("a", reply("a", 0));
        map.remove("missing");
        assertThat(map.update(entries -> entries.containsKey("a"))).isTrue();
        assertThat(journalLines()).hasSize(2);
    }

    @Test
    void a_line_torn_by_a_crash_is_ignored_and_cut_off() throws IOException {
        PersistentMap<OutgoingReply> map = open();
        map.put("a", reply("a", 0));
        map.put("b", reply("b", 0));
        Path journal = dir.resolve("outbox.journal");
        String line = journalLines().get(2);
        Files.writeString(journal, line.substring(0, line.length() / 2).replace("\"b\"", "\"torn\""),
                StandardOpenOption.APPEND);

        byte[] torn = Files.readAllBytes(journal);

        PersistentMap<OutgoingReply> restarted = open();
        assertThat(restarted.values()).containsExactly(reply("a", 0), reply("b", 0));
        assertThat(Files.readAllBytes(journal)).as("loading alone writes nothing").isEqualTo(torn);
        restarted.put("c", reply("c", 0));
        assertThat(open().values()).as("the next append is not glued to the torn half")
                .containsExactly(reply("a", 0), reply("b", 0), reply("c", 0));
        assertThat(dir.resolve("outbox.journal.unreadable")).doesNotExist();
    }

    @Test
    void a_damaged_line_in_the_middle_keeps_what_came_before_and_a_copy_of_the_file() throws IOException {
        PersistentMap<OutgoingReply> map = open();
        for (String id : List.of("a", "b", "c")) {
            map.put(id, reply(id, 0));
        }
        Path journal = dir.resolve("outbox.journal");
        List<String> lines = journalLines();
        Files.write(journal, List.of(lines.get(0), lines.get(1), "{not json", lines.get(3)));

        assertThat(open().values()).containsExactly(reply("a", 0));
        assertThat(dir.resolve("outbox.journal.unreadable")).exists();
    }

    @Test
    void the_journal_is_compacted_once_it_holds_several_times_the_entries() throws IOException {
        PersistentMap<OutgoingReply> map = open(20);
        for (int i = 0; i < 500; i++) {
            map.put("r" + (i % 5), reply("r" + (i % 5), i));
            if (i % 7 == 0) {
                map.remove("r" + (i % 5));
            }
        }
        List<OutgoingReply> live = map.values();
        assertThat(live).hasSize(4); // r2 was removed last, at i = 497
        assertThat(journalLines().size() - 1).as("changes in the journal")
                .isLessThanOrEqualTo(20 + PersistentMap.CHANGES_PER_ENTRY * 5 + 1);
        assertThat(Files.readString(dir.resolve("outbox.snapshot.json"))).contains("\"generation\"");
        assertThat(open(20).values()).containsExactlyElementsOf(live);
    }

    @Test
    void a_journal_older_than_the_snapshot_is_not_replayed() throws IOException {
        // a compaction that wrote its snapshot (generation 3) and stopped before starting the new journal
        Files.writeString(dir.resolve("outbox.snapshot.json"), "{\"generation\":3,\"entries\":"
                + FileStoresTest.JSON.writeValueAsString(Map.of("a", reply("a", 0))) + "}");
        Files.writeString(dir.resolve("outbox.journal"), "{\"generation\":2}\n"
                + "[{\"put\":\"gone\",\"value\":" + FileStoresTest.JSON.writeValueAsString(reply("gone", 0)) + "}]\n");

        PersistentMap<OutgoingReply> map = open();
        assertThat(map.values()).containsExactly(reply("a", 0));
        map.put("b", reply("b", 0));
        assertThat(open().values()).containsExactly(reply("a", 0), reply("b", 0));
        assertThat(journalLines().get(0)).isEqualTo("{\"generation\":3}");
    }

    @Test
    void the_whole_map_file_of_earlier_versions_is_loaded_and_replaced() throws IOException {
        Files.writeString(file(), FileStoresTest.JSON.writeValueAsString(
                Map.of("old", reply("old", 4))), StandardCharsets.UTF_8);

        PersistentMap<OutgoingReply> map = open();
        assertThat(map.values()).containsExactly(reply("old", 4));
        assertThat(file()).doesNotExist();
        map.put("new", reply("new", 0));
        assertThat(open().values()).containsExactly(reply("old", 4), reply("new", 0));
    }

    @Test
    void an_unreadable_file_of_earlier_versions_is_set_aside() throws IOException {
        Files.writeString(file(), "{\"old\": {\"id\":");
        assertThat(open().values()).isEmpty();
        assertThat(dir.resolve("outbox.json.unreadable")).exists();
    }
}
