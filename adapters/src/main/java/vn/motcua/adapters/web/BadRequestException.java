package vn.motcua.adapters.web;

/** Input the API refuses with 400 and a JSON error. */
class BadRequestException extends RuntimeException {
    private final String code;

    BadRequestException(String code, String message) {
        super(message);
        this.code = code;
    }

    String code() {
        return code;
    }
}
