package vn.motcua.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import vn.motcua.bot.Assistant;
import vn.motcua.bot.answering.Answer;
import vn.motcua.knowledge.KnowledgeBase;
import vn.motcua.knowledge.search.ProcedureIndex;
import vn.motcua.knowledge.search.SearchHit;

/**
 * The ask pipeline per question (sample time, so JMH reports p50/p99): analysis alone (normalise),
 * search alone, and the whole {@link Assistant#ask} (intent, search, confidence, section, answer).
 * Questions cycle through the evaluation texts, with and without diacritics.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AskBenchmark {
    /** "seed" for the seed knowledge base, otherwise a number of generated procedures. */
    @Param({"seed", "10000"})
    public String knowledge;

    private KnowledgeBase kb;
    private Assistant assistant;
    private List<String> questions;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        var procedures = knowledge.equals("seed") ? BenchKnowledge.seeds()
                : BenchKnowledge.generated(Integer.parseInt(knowledge));
        kb = BenchKnowledge.knowledgeBase(procedures, new ProcedureIndex());
        assistant = BenchKnowledge.assistant(kb);
        questions = BenchKnowledge.questions();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        kb.close();
    }

    private String question() {
        next = (next + 1) % questions.size();
        return questions.get(next);
    }

    @Benchmark
    public String analysis() {
        return kb.normalize(question());
    }

    @Benchmark
    public List<SearchHit> search() {
        return kb.search(question(), 5);
    }

    @Benchmark
    public Answer ask() {
        return assistant.ask(question());
    }
}
