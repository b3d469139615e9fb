package vn.motcua.knowledge.procedure;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Online public service level under Decree 42/2022 ("toàn trình" or "một phần") and where to apply. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OnlineService(String level, String url) {
}
