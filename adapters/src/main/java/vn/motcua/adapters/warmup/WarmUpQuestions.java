package vn.motcua.adapters.warmup;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.text.VietnameseText;

/**
 * Questions made from the knowledge base's own data, so that the warm-up runs the code real questions
 * run (search over this index, typo repair over this vocabulary, section cues) and needs no list of
 * sentences that would go stale: each procedure's name, everyday names and example questions, each as
 * written, without diacritics, with a typo (a word's last letter dropped) and followed by a section cue.
 */
final class WarmUpQuestions {
    /**
     * At most this many procedures a pass, spread over the whole knowledge base: enough to reach every
     * branch of the pipeline, while a pass over 50,000 procedures still ends in seconds.
     */
    static final int MAX_PROCEDURES = 500;

    private WarmUpQuestions() {
    }

    static List<String> from(List<Procedure> procedures, List<String> sectionCues) {
        List<String> questions = new ArrayList<>();
        int stride = Math.max(1, (procedures.size() + MAX_PROCEDURES - 1) / MAX_PROCEDURES);
        for (int i = 0; i < procedures.size(); i += stride) {
            Procedure p = procedures.get(i);
            List<String> texts = new ArrayList<>();
            texts.add(p.name());
            texts.addAll(p.aliases());
            texts.addAll(p.examples());
            for (String text : texts) {
                if (text == null || text.isBlank()) {
                    continue;
                }
                questions.add(text);
                questions.add(VietnameseText.fold(text));
                String typo = withTypo(text);
                if (typo != null) {
                    questions.add(typo);
                }
                if (!sectionCues.isEmpty()) {
                    questions.add(text + " " + sectionCues.get(questions.size() % sectionCues.size()));
                }
            }
        }
        return questions;
    }

    /** The text with the last letter of its first longest word (four letters or more) dropped; null if it has none. */
    static String withTypo(String text) {
        String[] words = text.split(" ");
        int longest = -1;
        for (int i = 0; i < words.length; i++) {
            if (words[i].length() >= 4 && words[i].chars().allMatch(Character::isLetter)
                    && (longest < 0 || words[i].length() > words[longest].length())) {
                longest = i;
            }
        }
        if (longest < 0) {
            return null;
        }
        words[longest] = words[longest].substring(0, words[longest].length() - 1);
        return String.join(" ", words);
    }
}
