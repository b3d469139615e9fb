import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.search.ProcedureIndex;
import vn.motcua.knowledge.search.SearchHit;
import vn.motcua.knowledge.seed.SeedLoader;
import vn.motcua.knowledge.synonym.Synonym;
import vn.motcua.knowledge.synonym.SynonymFile;

/**
 * Ranking dump, to show that a change to search leaves every ranking as it was: run it on the bench jar
 * of both builds and compare the files byte for byte. For every question, the top 10 procedure ids, score
 * bits and topic terms: the load mix, every seed name, alias and example, and questions generated from
 * procedure names (runs of a name, two names mixed, a typo, shuffled words, upper case; with and without
 * diacritics) on the seeds, after edits (rename, new aliases, removal, addition, synonyms added and taken
 * back), and on each generated knowledge base given (JSON Lines from make-procedures.py).
 *
 * <p>{@code java -Djava.util.concurrent.ForkJoinPool.common.parallelism=0 -cp bench/target/benchmarks.jar
 * bench/load/RankingDump.java OUT [procedures.jsonl...]} from the project root. The index is built on one
 * thread: with the parallel build, which of several equal-score procedures comes tenth can change between
 * runs of the same build.
 */
public class RankingDump {
    static PrintWriter out;
    static long lines;

    public static void main(String[] args) throws Exception {
        out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0])));
        List<String> dev = Files.readAllLines(Path.of("bench/load/questions.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        List<Synonym> synonyms;
        try (InputStream in = Files.newInputStream(Path.of("seeds/synonyms.tsv"))) {
            synonyms = SynonymFile.read(in, "synonyms.tsv");
        }
        List<Procedure> seeds = new SeedLoader().loadDirectory(Path.of("seeds", "procedures"));
        // seeds
        ProcedureIndex index = new ProcedureIndex();
        index.useSynonyms(synonyms);
        index.rebuild(seeds);
        List<String> seedQuestions = questionsFor(seeds, dev, 3000, 1);
        dumpAll("seed", index, seedQuestions);
        // edits: rename, new aliases, remove, add, synonyms
        Procedure first = seeds.get(0);
        Procedure second = seeds.get(1);
        Procedure third = seeds.get(2);
        index.put(with(first, "Cấp thẻ bơi lội cho người cao tuổi", List.of("thẻ bơi", "làm thẻ bơi lội", "GPBL")));
        index.remove(second.publicId());
        index.put(with(third, third.name(), List.of("đăng ký khai sinh nhanh", "làm giấy khai sinh cho bé", "CT07")));
        Procedure added = with(second, "Đăng ký nuôi chó mèo", List.of("giấy phép nuôi chó", "đăng ký thú cưng"))
                .withId("added.pet");
        index.put(added);
        List<String> editQuestions = new ArrayList<>(seedQuestions.subList(0, 1500));
        editQuestions.addAll(List.of("cấp thẻ bơi lội", "làm thẻ bơi", "GPBL ở đâu", "dang ky nuoi cho meo",
                "thu cung dang ky", "lam giay khai sinh cho be", "CT07", first.name(), second.name(), third.name()));
        dumpAll("seed-edited", index, editQuestions);
        List<Synonym> more = new ArrayList<>(synonyms);
        more.add(new Synonym("thẻ bơi", "giấy phép nuôi chó"));
        more.add(new Synonym("giấy kết hôn", "đăng ký kết hôn"));
        index.useSynonyms(more);
        dumpAll("seed-synonyms", index, editQuestions);
        index.useSynonyms(synonyms);
        index.put(first);
        index.put(second);
        index.remove(added.publicId());
        dumpAll("seed-restored", index, seedQuestions.subList(0, 800));
        index.close();
        for (int i = 1; i < args.length; i++) {
            List<Procedure> generated = load(Path.of(args[i]));
            ProcedureIndex big = new ProcedureIndex();
            big.useSynonyms(synonyms);
            big.rebuild(generated);
            dumpAll("gen" + generated.size(), big, questionsFor(generated, dev, 3000, generated.size()));
            big.close();
        }
        out.close();
        System.out.println(lines + " lines");
    }

    static Procedure with(Procedure p, String name, List<String> aliases) {
        return new Procedure(p.id(), p.nationalCode(), name, p.field(), p.levels(), p.agencies(), p.applicants(),
                p.submitAt(), p.channels(), p.online(), p.documents(), p.steps(), p.timeLimit(), p.fee(),
                p.feeExemptions(), p.requirements(), p.result(), p.legalBasis(), p.related(), aliases, p.examples(),
                p.source(), p.lastReviewed(), p.caveats(), p.version());
    }

    static void dumpAll(String label, ProcedureIndex index, List<String> questions) {
        for (String q : questions) {
            StringBuilder line = new StringBuilder(label).append('\t').append(q);
            for (SearchHit hit : index.search(q, 10)) {
                line.append('\t').append(hit.procedure().publicId()).append(' ')
                        .append(Integer.toHexString(Float.floatToRawIntBits(hit.score()))).append(' ')
                        .append(String.join("|", hit.topicTerms()));
            }
            out.println(line);
            lines++;
        }
    }

    /** The dev questions, every name and alias and example, and generated questions from names. */
    static List<String> questionsFor(List<Procedure> procedures, List<String> dev, int generated, long seed) {
        List<String> out = new ArrayList<>(dev);
        for (Procedure p : procedures.subList(0, Math.min(200, procedures.size()))) {
            out.add(p.name());
            out.addAll(p.aliases());
            out.addAll(p.examples());
        }
        Random random = new Random(seed);
        String[] tails = {"", " cần giấy tờ gì", " nộp ở đâu", " lệ phí bao nhiêu", " mất bao lâu", " làm thế nào",
                " ạ", " cho con tôi", " online được không", " ở xã"};
        String[] heads = {"", "cho hỏi ", "tôi muốn ", "làm ", "thủ tục ", "xin ", "em cần "};
        for (int i = 0; i < generated; i++) {
            Procedure p = procedures.get(random.nextInt(procedures.size()));
            List<String> sources = new ArrayList<>();
            sources.add(p.name());
            sources.addAll(p.aliases());
            String text = sources.get(random.nextInt(sources.size()));
            String[] words = text.split("\\s+");
            switch (random.nextInt(6)) {
                case 0 -> { }
                case 1 -> { // a run of the name
                    int from = random.nextInt(words.length);
                    int to = Math.min(words.length, from + 1 + random.nextInt(5));
                    text = String.join(" ", List.of(words).subList(from, to));
                }
                case 2 -> { // two procedures mixed
                    Procedure o = procedures.get(random.nextInt(procedures.size()));
                    String[] other = o.name().split("\\s+");
                    int from = random.nextInt(other.length);
                    text = text + " và " + String.join(" ", List.of(other).subList(from, Math.min(other.length, from + 4)));
                }
                case 3 -> { // a typo
                    char[] chars = text.toCharArray();
                    int at = random.nextInt(chars.length);
                    chars[at] = "aeiouydhtnkg".charAt(random.nextInt(12));
                    text = new String(chars);
                }
                case 4 -> { // words shuffled
                    List<String> list = new ArrayList<>(List.of(words));
                    java.util.Collections.shuffle(list, random);
                    text = String.join(" ", list.subList(0, Math.min(list.size(), 2 + random.nextInt(6))));
                }
                default -> text = text.toUpperCase();
            }
            text = heads[random.nextInt(heads.length)] + text + tails[random.nextInt(tails.length)];
            if (random.nextBoolean()) {
                text = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                        .replace('đ', 'd').replace('Đ', 'D');
            }
            out.add(text);
        }
        return out;
    }

    /** Procedures from JSON Lines, one seed file per line. */
    static List<Procedure> load(Path jsonl) throws Exception {
        List<SeedLoader.SeedFile> files = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            String id = line.substring(line.indexOf("\"id\": \"") + 7);
            files.add(new SeedLoader.SeedFile(id.substring(0, id.indexOf('"')) + ".json",
                    () -> new ByteArrayInputStream(bytes)));
        }
        return new SeedLoader().load(files);
    }
}
