package vn.motcua.bot.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import vn.motcua.bot.answering.Answer;
import vn.motcua.knowledge.search.SearchHit;

/**
 * Runs labelled questions (the format of {@code questions-dev.tsv}: text, expected procedure id or
 * {@code @status}/{@code @booking}/{@code @none}, section) through an ask function and measures
 * procedure top-1, top-3 and MRR, intent accuracy per class and section accuracy.
 */
public final class AskEvaluation {
    static final Map<String, String> SPECIAL = Map.of(
            "@status", "dossier_status", "@booking", "postal_booking", "@none", "out_of_scope");

    public record Question(String text, String expected, String section) {
        boolean isProcedure() {
            return !expected.startsWith("@");
        }

        String expectedIntent() {
            return isProcedure() ? "procedure" : SPECIAL.getOrDefault(expected, expected);
        }
    }

    /** The figures of one run. {@code intentAccuracy} is keyed by expected label (procedure, @status...). */
    public record Figures(int procedures, double top1, double top3, double mrr, Map<String, Double> intentAccuracy,
                          Map<String, Integer> classSizes, double sectionAccuracy, List<String> misses) {

        String summary() {
            StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                    "procedure questions %d: top-1 %.3f, top-3 %.3f, MRR %.3f; section %.3f%n",
                    procedures, top1, top3, mrr, sectionAccuracy));
            intentAccuracy.forEach((label, acc) -> s.append(String.format(Locale.ROOT,
                    "  intent %-10s %.3f (%d)%n", label, acc, classSizes.get(label))));
            return s.toString();
        }
    }

    private AskEvaluation() {
    }

    public static List<Question> read(InputStream in) {
        List<Question> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = reader.readLine(); // header
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cols = line.split("\t");
                out.add(new Question(cols[0], cols[1].strip(), cols.length > 2 ? cols[2].strip() : "-"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static Figures run(List<Question> questions, Function<String, Answer> ask, UnaryOperator<String> rewrite) {
        int procedures = 0;
        int top1 = 0;
        int top3 = 0;
        double reciprocal = 0;
        int sections = 0;
        int sectionsRight = 0;
        Map<String, int[]> intents = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        for (Question q : questions) {
            String text = rewrite.apply(q.text());
            Answer answer = ask.apply(text);
            String label = q.isProcedure() ? "procedure" : q.expected();
            int[] counts = intents.computeIfAbsent(label, k -> new int[2]);
            counts[1]++;
            boolean intentRight = answer.intent().key().equals(q.expectedIntent());
            if (intentRight) {
                counts[0]++;
            }
            List<String> ids = answer.procedures().stream().map(SearchHit::procedure).map(p -> p.publicId()).toList();
            if (!q.isProcedure()) {
                if (!intentRight) {
                    misses.add("intent " + answer.intent().key() + " (want " + q.expectedIntent() + ", top "
                            + (ids.isEmpty() ? "-" : ids.get(0)) + "): " + text);
                }
                continue;
            }
            procedures++;
            int rank = ids.indexOf(q.expected()) + 1;
            top1 += rank == 1 ? 1 : 0;
            top3 += rank >= 1 && rank <= 3 ? 1 : 0;
            reciprocal += rank >= 1 ? 1.0 / rank : 0;
            if (rank != 1) {
                misses.add("rank " + (rank == 0 ? "-" : rank) + " intent " + answer.intent().key() + " top "
                        + (ids.isEmpty() ? "-" : ids.get(0)) + " (want " + q.expected() + "): " + text);
            }
            if (!q.section().equals("-")) {
                sections++;
                String got = answer.section() == null ? "null" : answer.section().key();
                if (got.equals(q.section())) {
                    sectionsRight++;
                } else {
                    misses.add("section " + got + " (want " + q.section() + "): " + text);
                }
            }
        }
        Map<String, Double> accuracy = new LinkedHashMap<>();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        intents.forEach((label, c) -> {
            accuracy.put(label, c[1] == 0 ? 0 : (double) c[0] / c[1]);
            sizes.put(label, c[1]);
        });
        return new Figures(procedures, ratio(top1, procedures), ratio(top3, procedures), procedures == 0 ? 0
                : reciprocal / procedures, accuracy, sizes, ratio(sectionsRight, sections), misses);
    }

    /** The text as typed without any diacritic (đ as d), case kept: SMS and old phones. */
    public static String withoutDiacritics(String s) {
        String stripped = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return stripped.replace('đ', 'd').replace('Đ', 'D');
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
