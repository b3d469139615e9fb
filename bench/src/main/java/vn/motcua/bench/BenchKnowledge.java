package vn.motcua.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.motcua.bot.Assistant;
import vn.motcua.bot.SmallTalk;
import vn.motcua.bot.answering.AnswerWriter;
import vn.motcua.bot.answering.AnsweringQuestion;
import vn.motcua.bot.answering.InMemoryUnansweredQuestions;
import vn.motcua.bot.answering.ShopContact;
import vn.motcua.bot.conversation.InMemoryConversationStore;
import vn.motcua.bot.inbox.ReceivingFeedback;
import vn.motcua.bot.understanding.IntentClassifier;
import vn.motcua.bot.understanding.KnowledgeBaseCatalog;
import vn.motcua.bot.understanding.ProcedureCatalog;
import vn.motcua.knowledge.KnowledgeBase;
import vn.motcua.knowledge.procedure.Agencies;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.procedure.RequiredDocument;
import vn.motcua.knowledge.procedure.Source;
import vn.motcua.knowledge.procedure.SubmissionChannel;
import vn.motcua.knowledge.procedure.SubmissionMode;
import vn.motcua.knowledge.search.ProcedureIndex;
import vn.motcua.knowledge.seed.SeedLoader;
import vn.motcua.knowledge.store.InMemoryProcedureStore;
import vn.motcua.knowledge.synonym.InMemorySynonymStore;
import vn.motcua.knowledge.synonym.SynonymFile;

/**
 * What the benchmarks run on: the seed knowledge base, or N procedures generated from the national
 * records (each record's text, its name varied with a qualifier and a commune so that no two are
 * alike), and the assistant wired as the application wires it. Paths are relative to the project's
 * root (run from there), overridable with {@code -Dmotcua.records=DIR}.
 */
final class BenchKnowledge {
    private static final String[] QUALIFIERS = {"", "tại cấp tỉnh", "tại cấp xã", "có yếu tố nước ngoài",
            "lưu động", "cho tổ chức", "cho cá nhân", "trường hợp bị mất", "trường hợp hư hỏng", "lần đầu",
            "cấp lại", "điều chỉnh", "gia hạn", "thu hồi", "trực tuyến toàn trình", "liên thông"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchKnowledge() {
    }

    static List<Procedure> seeds() {
        return new SeedLoader().loadDirectory(Path.of("seeds", "procedures"));
    }

    static List<Procedure> generated(int count) {
        List<Map<String, String>> records = records();
        List<String> communes = communes();
        List<Procedure> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<String, String> r = records.get(i % records.size());
            String qualifier = QUALIFIERS[(i / records.size()) % QUALIFIERS.length];
            String commune = communes.get((i * 7919) % communes.size());
            out.add(toProcedure("gen." + i, r, (r.get("ten_thu_tuc") + " " + qualifier).trim() + " - " + commune));
        }
        return out;
    }

    static KnowledgeBase knowledgeBase(List<Procedure> procedures, ProcedureIndex index) {
        try (InputStream in = Files.newInputStream(Path.of("seeds", "synonyms.tsv"))) {
            return new KnowledgeBase(new InMemoryProcedureStore(procedures), index,
                    SynonymFile.read(in, "synonyms.tsv"), new InMemorySynonymStore());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Assistant assistant(KnowledgeBase kb) {
        return assistant(new KnowledgeBaseCatalog(kb));
    }

    /** The assistant on any catalog (a recorded one measures the ask without the knowledge base). */
    static Assistant assistant(ProcedureCatalog catalog) {
        ShopContact shop = new ShopContact("Bộ phận một cửa (benchmark)", "1900 0000", "-");
        InMemoryUnansweredQuestions unanswered = new InMemoryUnansweredQuestions(1000);
        return new Assistant(IntentClassifier.standard(catalog),
                new AnsweringQuestion(new AnswerWriter(), shop, unanswered), catalog,
                new InMemoryConversationStore(Duration.ofHours(1), Clock.systemUTC()), List.of(), new SmallTalk(shop),
                new ReceivingFeedback(unanswered, Clock.systemUTC()));
    }

    /** Questions citizens ask (the evaluation file's texts), as typed and without diacritics. */
    static List<String> questions() {
        try {
            List<String> lines = Files.readAllLines(Path.of("bot", "src", "test", "resources", "eval",
                    "questions-dev.tsv"), StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String text = line.split("\t")[0];
                out.add(text);
                out.add(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D'));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Procedure toProcedure(String id, Map<String, String> r, String name) {
        List<String> steps = Arrays.stream(r.getOrDefault("trinh_tu_thuc_hien", "").split("\n"))
                .map(String::strip).filter(s -> s.length() > 3).limit(12).toList();
        String documents = r.getOrDefault("thanh_phan_ho_so", "");
        return new Procedure(id, null, name, r.get("linh_vuc"),
                Arrays.stream(r.getOrDefault("cap_thuc_hien", "Cấp xã").split(",")).map(String::strip).toList(),
                new Agencies(r.get("co_quan_co_tham_quyen"), r.get("co_quan_thuc_hien"), "", ""), List.of(),
                orElse(r.get("dia_chi_tiep_nhan"), "Bộ phận một cửa"),
                List.of(new SubmissionChannel(SubmissionMode.IN_PERSON, "", "", "")), null,
                List.of(new RequiredDocument(documents.substring(0, Math.min(600, documents.length())), "", "", "")),
                steps.isEmpty() ? List.of("-") : steps, "Theo quy định", "Theo quy định", null,
                List.of(r.getOrDefault("yeu_cau_dieu_kien", "")), orElse(r.get("ket_qua_xu_ly"), "-"), List.of(),
                List.of(), List.of(), List.of(), new Source(r.get("so_quyet_dinh"), r.get("detail_url")),
                LocalDate.of(2026, 1, 1), List.of(), 1L);
    }

    private static String orElse(String s, String fallback) {
        return s == null || s.isBlank() || s.equals("Không có thông tin") ? fallback : s;
    }

    private static List<Map<String, String>> records() {
        Path dir = Path.of(System.getProperty("motcua.records", "../shared/reference/national-records"));
        if (!Files.isDirectory(dir)) {
            dir = Path.of("../../shared/reference/national-records");
        }
        try (Stream<Path> files = Files.walk(dir)) {
            List<Map<String, String>> out = new ArrayList<>();
            for (Path f : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                out.add(JSON.readValue(f.toFile(), new TypeReference<Map<String, String>>() { }));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("national records not found under " + dir, e);
        }
    }

    private static List<String> communes() {
        Path csv = Path.of(System.getProperty("motcua.records", "../shared/reference/national-records"))
                .resolveSibling("admin-units").resolve("communes.csv");
        if (!Files.exists(csv)) {
            csv = Path.of("../../shared/reference/admin-units/communes.csv");
        }
        try {
            return Files.readAllLines(csv, StandardCharsets.UTF_8).stream().skip(1)
                    .map(l -> l.split(",")[1].replace("\"", "")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
