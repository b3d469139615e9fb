package vn.motcua.adapters.warmup;

/** What the warm-up drives with each question: the answering pipeline, free of side effects. */
@FunctionalInterface
interface WarmUpPipeline {

    void answer(String question);
}
