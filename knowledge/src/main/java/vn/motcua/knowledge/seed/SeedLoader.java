package vn.motcua.knowledge.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import vn.motcua.knowledge.procedure.InvalidProcedureException;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.procedure.ProcedureJson;
import vn.motcua.knowledge.procedure.ProcedureProblem;
import vn.motcua.knowledge.procedure.ProcedureValidator;

/**
 * Reads seed procedures and refuses the whole set when any file is wrong: a seed knowledge base that
 * loads half its procedures would answer confidently from an incomplete picture.
 */
public final class SeedLoader {
    private static final int MIN_EXAMPLES = 3;

    /** One seed file: its name (for messages) and how to open it. */
    public record SeedFile(String name, StreamSource source) {
    }

    @FunctionalInterface
    public interface StreamSource {
        InputStream open() throws IOException;
    }

    public List<Procedure> loadDirectory(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<SeedFile> seeds = files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .map(f -> new SeedFile(f.getFileName().toString(), () -> Files.newInputStream(f)))
                    .toList();
            return load(seeds);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed directory " + dir, e);
        }
    }

    public List<Procedure> load(List<SeedFile> files) {
        Map<String, Procedure> byId = new LinkedHashMap<>();
        Map<String, String> fileOf = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        for (SeedFile file : files) {
            Procedure p = parse(file, errors);
            if (p == null) {
                continue;
            }
            String expectedName = p.id() + ".json";
            if (!file.name().endsWith(expectedName)) {
                errors.add(file.name() + ": id: phải trùng tên tệp (" + p.id() + ")");
            }
            if (byId.putIfAbsent(p.id(), p) != null) {
                errors.add(file.name() + ": id: trùng với " + fileOf.get(p.id()));
            }
            fileOf.putIfAbsent(p.id(), file.name());
        }
        Set<String> ids = new HashSet<>(byId.keySet());
        byId.forEach((id, p) -> ProcedureValidator.checkReferences(p, ids)
                .forEach(problem -> errors.add(fileOf.get(id) + ": " + problem)));
        if (!errors.isEmpty()) {
            throw new SeedException("invalid seed knowledge base:\n  " + String.join("\n  ", errors));
        }
        return List.copyOf(byId.values());
    }

    private static Procedure parse(SeedFile file, List<String> errors) {
        try (InputStream in = file.source().open()) {
            Procedure p = ProcedureJson.read(in);
            List<ProcedureProblem> problems = new ArrayList<>(ProcedureValidator.check(p));
            if (p.id() == null || p.id().isBlank()) {
                problems.add(new ProcedureProblem("id", "bắt buộc trong tệp seed"));
            }
            if (p.examples().size() < MIN_EXAMPLES) {
                problems.add(new ProcedureProblem("examples", "cần ít nhất " + MIN_EXAMPLES + " câu hỏi mẫu"));
            }
            if (p.lastReviewed() == null) {
                problems.add(new ProcedureProblem("lastReviewed", "bắt buộc (YYYY-MM-DD)"));
            }
            if (p.legalBasis().isEmpty()) {
                problems.add(new ProcedureProblem("legalBasis", "bắt buộc, ít nhất một văn bản"));
            }
            problems.forEach(problem -> errors.add(file.name() + ": " + problem));
            return problems.isEmpty() ? p : null;
        } catch (InvalidProcedureException e) {
            e.problems().forEach(problem -> errors.add(file.name() + ": " + problem));
            return null;
        } catch (IOException e) {
            errors.add(file.name() + ": (tệp) không đọc được: " + e.getMessage());
            return null;
        }
    }
}
