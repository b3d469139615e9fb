package vn.motcua.knowledge.importer;

import com.fasterxml.jackson.databind.JsonNode;

/** One record read from an input file, with where it came from (file, and line or index). */
record SourceRecord(RecordLocation location, JsonNode json) {
}
