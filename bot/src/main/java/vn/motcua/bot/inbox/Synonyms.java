package vn.motcua.bot.inbox;

/** Where a synonym goes so that search understands a citizen's word ("cccd" means "căn cước"). */
public interface Synonyms {

    void add(String phrase, String meaning);
}
