package vn.motcua.knowledge.synonym;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynonymStoreTest {
    @TempDir
    Path dir;

    @Test
    void the_file_store_keeps_entries_across_restarts_and_leaves_no_temporary_file() throws Exception {
        FileSynonymStore store = new FileSynonymStore(dir);
        store.add(new Synonym("giấy đỏ", "sổ đỏ"));
        store.add(new Synonym("chíp", "căn cước gắn chip"));
        assertThat(new FileSynonymStore(dir).all()).containsExactly(
                new Synonym("giấy đỏ", "sổ đỏ"), new Synonym("chíp", "căn cước gắn chip"));
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).containsExactly("synonyms.tsv");
        }
    }

    @Test
    void the_memory_store_keeps_entries_in_order() {
        InMemorySynonymStore store = new InMemorySynonymStore();
        store.add(new Synonym("ko", "không"));
        assertThat(store.all()).containsExactly(new Synonym("ko", "không"));
    }

    @Test
    void the_tsv_format_skips_comments_and_names_a_bad_line() {
        String tsv = "# comment\n\ncccd\tcăn cước công dân\tabbreviation\nko\tkhông\n";
        assertThat(SynonymFile.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "x.tsv"))
                .containsExactly(new Synonym("cccd", "căn cước công dân"), new Synonym("ko", "không"));
        assertThatThrownBy(() -> SynonymFile.read(
                new ByteArrayInputStream("ok\tfine\nno tab here\n".getBytes(StandardCharsets.UTF_8)), "x.tsv"))
                .hasMessageContaining("x.tsv:2");
    }

    @Test
    void a_synonym_is_one_short_line() {
        assertThatThrownBy(() -> new Synonym(" ", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Synonym("a\tb", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Synonym(" CCCD ", "căn cước").phrase()).isEqualTo("CCCD");
        assertThat(List.of(new Synonym("a", "b"))).hasSize(1);
    }
}
