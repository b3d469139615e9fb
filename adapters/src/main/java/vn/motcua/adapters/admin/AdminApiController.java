package vn.motcua.adapters.admin;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.bot.inbox.GroupingQuestions;
import vn.motcua.bot.inbox.InboxQuestion;
import vn.motcua.bot.inbox.ResolvingUnanswered;
import vn.motcua.bot.inbox.UnansweredInbox;
import vn.motcua.knowledge.KnowledgeBase;
import vn.motcua.knowledge.editing.EditResult;
import vn.motcua.knowledge.editing.EditingProcedures;
import vn.motcua.knowledge.editing.RevisionEntry;
import vn.motcua.knowledge.procedure.InvalidProcedureException;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.procedure.ProcedureJson;
import vn.motcua.knowledge.procedure.ProcedureProblem;

/**
 * The admin API (HTTP Basic, stateless): procedures as the same JSON document the seeds use, with
 * optimistic locking by {@code version} or {@code If-Match}; revisions; the unanswered questions;
 * the postal bookings.
 */
@RestController
@RequestMapping(path = "/api/v1/admin", produces = MediaType.APPLICATION_JSON_VALUE)
class AdminApiController {
    private final KnowledgeBase kb;
    private final ProcedureListing listing;
    private final EditingProcedures editing;
    private final UnansweredInbox inbox;
    private final GroupingQuestions grouping;
    private final ResolvingUnanswered resolving;
    private final BookingQueue bookings;
    private final AuditLog audit;

    AdminApiController(KnowledgeBase kb, EditingProcedures editing, UnansweredInbox inbox, GroupingQuestions grouping,
                       ResolvingUnanswered resolving, BookingQueue bookings, AuditLog audit) {
        this.resolving = resolving;
        this.kb = kb;
        this.listing = new ProcedureListing(kb);
        this.editing = editing;
        this.inbox = inbox;
        this.grouping = grouping;
        this.bookings = bookings;
        this.audit = audit;
    }

    record ProcedureSummary(String id, String nationalCode, String name, String field, long version,
                            String lastReviewed) {
        static ProcedureSummary of(Procedure p) {
            return new ProcedureSummary(p.publicId(), p.nationalCode(), p.name(), p.field(), p.versionOrZero(),
                    p.lastReviewed() == null ? null : p.lastReviewed().toString());
        }
    }

    record Listing<T>(List<T> items, int total) {
    }

    record Problem(String error, String message, List<ProcedureProblem> problems, Long currentVersion) {
    }

    @GetMapping("/procedures")
    Listing<ProcedureSummary> procedures(@RequestParam(defaultValue = "") String q,
                                         @RequestParam(defaultValue = "") String field,
                                         @RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "20") int size) {
        ProcedureListing.Page found = listing.find(q, field, page, size);
        return new Listing<>(found.items().stream().map(ProcedureSummary::of).toList(), found.total());
    }

    @GetMapping("/procedures/{id}")
    ResponseEntity<?> procedure(@PathVariable String id) {
        Optional<Procedure> found = kb.find(id);
        return found.isPresent() ? document(HttpStatus.OK, found.get()) : notFound(id);
    }

    @PostMapping(path = "/procedures", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> create(@RequestBody String body, Principal who) {
        Procedure draft;
        try {
            draft = ProcedureJson.read(body);
        } catch (InvalidProcedureException e) {
            return invalid(e.problems());
        }
        if (draft.publicId() != null && kb.find(draft.publicId()).isPresent()) {
            return conflict(kb.find(draft.publicId()).get().versionOrZero(),
                    "Đã có thủ tục mã " + draft.publicId() + "; dùng PUT để sửa.");
        }
        return outcome(editing.save(draft, 0, who.getName()), who, "procedure.create", draft.publicId(), true);
    }

    @PutMapping(path = "/procedures/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> update(@PathVariable String id, @RequestBody String body,
                             @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                             Principal who) {
        Procedure draft;
        try {
            draft = ProcedureJson.read(body);
        } catch (InvalidProcedureException e) {
            return invalid(e.problems());
        }
        if (draft.publicId() != null && !id.equals(draft.publicId())) {
            return invalid(List.of(new ProcedureProblem("id", "khác với mã trong đường dẫn: " + id)));
        }
        Optional<Long> expected = Optional.ofNullable(parseETag(ifMatch)).or(() -> Optional.ofNullable(draft.version()));
        if (expected.isEmpty()) {
            return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED).body(new Problem("version_required",
                    "Gửi kèm \"version\" đã đọc (hoặc tiêu đề If-Match) để không ghi đè thay đổi của người khác.",
                    List.of(), null));
        }
        if (kb.find(id).isEmpty()) {
            return notFound(id);
        }
        return outcome(editing.save(withId(draft, id), expected.get(), who.getName()), who, "procedure.update", id,
                false);
    }

    @DeleteMapping("/procedures/{id}")
    ResponseEntity<?> delete(@PathVariable String id,
                             @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                             @RequestParam(required = false) Long version, Principal who) {
        Optional<Procedure> current = kb.find(id);
        if (current.isEmpty()) {
            return notFound(id);
        }
        Long etag = parseETag(ifMatch);
        long expected = etag != null ? etag : version != null ? version : current.get().versionOrZero();
        EditResult result = editing.delete(id, expected, who.getName());
        if (result instanceof EditResult.Saved) {
            audit.record(who.getName(), "procedure.delete", id, null);
            return ResponseEntity.noContent().build();
        }
        return outcome(result, who, "procedure.delete", id, false);
    }

    @GetMapping("/procedures/{id}/revisions")
    ResponseEntity<?> revisions(@PathVariable String id) {
        List<RevisionEntry> history = editing.history(id);
        if (history.isEmpty() && kb.find(id).isEmpty()) {
            return notFound(id);
        }
        return ResponseEntity.ok(history.stream().map(e -> Map.of(
                "number", e.revision().number(),
                "author", e.revision().author(),
                "at", e.revision().at().toString(),
                "change", e.revision().change().key(),
                "changes", e.changes(),
                "version", e.revision().document() == null ? 0 : e.revision().document().versionOrZero())).toList());
    }

    @GetMapping("/unanswered")
    Map<String, Object> unanswered(@RequestParam(defaultValue = "false") boolean all) {
        List<InboxQuestion> questions = all ? inbox.all() : inbox.open();
        return Map.of("items", questions, "total", questions.size(),
                "groups", grouping.group(questions).stream()
                        .map(g -> Map.of("text", g.first().text(), "size", g.size(),
                                "ids", g.questions().stream().map(InboxQuestion::id).toList()))
                        .toList());
    }

    record InboxAction(List<String> ids, String procedure, String phrase, String meaning) {
    }

    /** Attaches questions to a procedure as example phrases, as the inbox page does. */
    @PostMapping(path = "/unanswered/attach", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> attach(@RequestBody InboxAction action, Principal who) {
        if (action.ids() == null || action.ids().isEmpty() || action.procedure() == null) {
            return invalid(List.of(new ProcedureProblem("ids, procedure", "bắt buộc")));
        }
        EditResult result = resolving.attachAsExample(action.ids(), action.procedure(), who.getName());
        if (result instanceof EditResult.Saved) {
            audit.record(who.getName(), "unanswered.attach", action.procedure(), action.ids().size() + " question(s)");
        }
        return outcome(result, who, null, action.procedure(), false);
    }

    @PostMapping(path = "/unanswered/dismiss", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> dismiss(@RequestBody InboxAction action, Principal who) {
        int closed = resolving.dismiss(action.ids() == null ? List.of() : action.ids(), who.getName());
        audit.record(who.getName(), "unanswered.dismiss", null, closed + " question(s)");
        return Map.of("dismissed", closed);
    }

    @GetMapping("/bookings")
    Listing<BookingQueue.BookingView> bookings() {
        List<BookingQueue.BookingView> all = bookings.list(false);
        return new Listing<>(all, all.size());
    }

    /** {@code action} null: the caller has written its own audit entry. */
    private ResponseEntity<?> outcome(EditResult result, Principal who, String action, String id, boolean created) {
        if (result instanceof EditResult.Saved saved) {
            if (action != null) {
                audit.record(who.getName(), action, saved.procedure().publicId(),
                        "version " + saved.procedure().versionOrZero());
            }
            ResponseEntity<String> doc = document(created ? HttpStatus.CREATED : HttpStatus.OK, saved.procedure());
            return created
                    ? ResponseEntity.created(URI.create("/api/v1/admin/procedures/" + saved.procedure().publicId()))
                            .headers(doc.getHeaders()).body(doc.getBody())
                    : doc;
        }
        if (result instanceof EditResult.Invalid invalid) {
            return invalid(invalid.problems());
        }
        if (result instanceof EditResult.Stale stale) {
            return conflict(stale.currentVersion(), "Thủ tục đã được người khác sửa (phiên bản hiện tại "
                    + stale.currentVersion() + "). Hãy tải lại rồi sửa tiếp.");
        }
        return notFound(id);
    }

    private static ResponseEntity<String> document(HttpStatus status, Procedure p) {
        return ResponseEntity.status(status)
                .eTag("\"" + p.versionOrZero() + "\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(ProcedureJson.write(p));
    }

    private static ResponseEntity<?> invalid(List<ProcedureProblem> problems) {
        return ResponseEntity.unprocessableEntity().body(new Problem("invalid_procedure",
                "Thủ tục chưa hợp lệ; xem từng trường trong problems.", problems, null));
    }

    private static ResponseEntity<?> conflict(long current, String message) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new Problem("stale_version", message, List.of(), current));
    }

    private static ResponseEntity<Problem> notFound(String id) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(new Problem("not_found", "Không có thủ tục mã " + id + ".", List.of(), null));
    }

    /** {@code "3"}, {@code W/"3"} or {@code 3}; null when absent or not a version. */
    static Long parseETag(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String v = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static Procedure withId(Procedure p, String id) {
        if (p.publicId() != null) {
            return p;
        }
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) ProcedureJson.mapper().valueToTree(p);
        tree.put("id", id);
        return ProcedureJson.mapper().convertValue(tree, Procedure.class);
    }
}
