/** Start-up warm-up: the answering pipeline run in-process on the knowledge base's own questions before the instance reports ready. */
package vn.motcua.adapters.warmup;
