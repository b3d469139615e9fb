package vn.motcua.knowledge.procedure;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One way to apply, with its own time limit and fee, as the portal's table lists them. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubmissionChannel(SubmissionMode mode, String timeLimit, String fee, String note) {
    public SubmissionChannel {
        timeLimit = timeLimit == null ? "" : timeLimit;
        fee = fee == null ? "" : fee;
        note = note == null ? "" : note;
    }
}
