package vn.motcua.adapters.web;

/** The JSON body of every 4xx the API answers: a stable code and a message a person can read. */
public record ApiError(String error, String message) {
}
