package vn.motcua.adapters.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.motcua.bot.StoreUnavailable;

/** Turns refused input into a 4xx with a JSON error; nothing reaches the client as a stack trace. */
@RestControllerAdvice
class ApiErrorHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ApiError> badRequest(BadRequestException e) {
        HttpStatus status = "text_too_long".equals(e.code()) ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).body(new ApiError(e.code(), e.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        // Jackson wraps what the stream throws while it reads a value: a body past the bound included
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestSizeLimit.BodyTooLargeException tooLarge) {
                return tooLarge(tooLarge);
            }
        }
        return ResponseEntity.badRequest().body(new ApiError("malformed_json", PreparedJson.MALFORMED));
    }

    @ExceptionHandler(RequestSizeLimit.BodyTooLargeException.class)
    ResponseEntity<ApiError> tooLarge(RequestSizeLimit.BodyTooLargeException e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                .body(new ApiError("body_too_large", "Nội dung gửi lên quá lớn."));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .body(new ApiError("unsupported_media_type", "Vui lòng gửi nội dung dạng application/json."));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE)
                .body(new ApiError("not_acceptable", "API chỉ trả lời dạng application/json."));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .body(new ApiError("method_not_allowed", "Phương thức không được hỗ trợ: " + e.getMethod()));
    }

    @ExceptionHandler(org.springframework.web.servlet.resource.NoResourceFoundException.class)
    ResponseEntity<ApiError> noResource(org.springframework.web.servlet.resource.NoResourceFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError("not_found", "Không tìm thấy trang này."));
    }

    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<ApiError> upload(org.springframework.web.multipart.MultipartException e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(new ApiError("upload_refused",
                "Tệp tải lên quá lớn hoặc quá nhiều tệp một lần; vui lòng chia nhỏ rồi tải lại."));
    }

    @ExceptionHandler(org.springframework.web.server.ResponseStatusException.class)
    ResponseEntity<ApiError> status(org.springframework.web.server.ResponseStatusException e) {
        return ResponseEntity.status(e.getStatusCode()).body(new ApiError("status_" + e.getStatusCode().value(),
                e.getReason() == null ? "Không thực hiện được yêu cầu." : e.getReason()));
    }

    /** A store (Redis) is briefly unreachable: 503 so that callers such as the one-stop system retry. */
    @ExceptionHandler(StoreUnavailable.class)
    ResponseEntity<ApiError> storeUnavailable(StoreUnavailable e) {
        log.warn("Store unavailable while answering a request: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                .body(new ApiError("temporarily_unavailable",
                        "Hệ thống đang tạm gián đoạn trong ít phút. Vui lòng thử lại sau."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        log.error("Unexpected error while answering", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(new ApiError("internal_error",
                "Xin lỗi, hệ thống đang gặp sự cố. Vui lòng thử lại sau ít phút."));
    }
}
