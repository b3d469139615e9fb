package vn.motcua.adapters.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.motcua.knowledge.synonym.Synonym;
import vn.motcua.knowledge.synonym.SynonymStore;

/** What every store of admin synonyms must do: keep them in the order added, across a restart. */
public abstract class SynonymStoreContract {

    /** An empty store. */
    protected abstract SynonymStore open();

    /** The same store as the last {@link #open()}, as a restarted instance finds it. */
    protected abstract SynonymStore reopen();

    @Test
    void keeps_added_synonyms_in_order_across_a_restart() {
        SynonymStore store = open();
        assertThat(store.all()).isEmpty();
        store.add(new Synonym("giấy đỏ", "sổ đỏ"));
        store.add(new Synonym("chíp", "căn cước gắn chip"));

        assertThat(store.all()).containsExactly(new Synonym("giấy đỏ", "sổ đỏ"), new Synonym("chíp", "căn cước gắn chip"));
        assertThat(reopen().all()).containsExactly(
                new Synonym("giấy đỏ", "sổ đỏ"), new Synonym("chíp", "căn cước gắn chip"));
    }

    @Test
    void keeps_the_text_as_written_in_nfc() {
        SynonymStore store = open();
        // "hộ khẩu" typed with combining marks (NFD) is kept, and read back, composed
        store.add(new Synonym("so\u0302\u0309 ho\u0302\u0323 kha\u0302\u0309u", "hộ khẩu"));
        assertThat(reopen().all()).extracting(Synonym::phrase).containsExactly("sổ hộ khẩu");
    }
}
