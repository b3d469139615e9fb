package vn.motcua.adapters.admin;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.bot.inbox.ReceivingFeedback;
import vn.motcua.knowledge.KnowledgeBase;

/** Sign-in, the front page, and the operator and audit views. */
@Controller
class ConsolePages {
    private final KnowledgeBase kb;
    private final ReceivingFeedback feedback;
    private final BookingQueue bookings;
    private final LookupRecords lookups;
    private final AuditLog audit;

    ConsolePages(KnowledgeBase kb, ReceivingFeedback feedback, BookingQueue bookings, LookupRecords lookups,
                 AuditLog audit) {
        this.lookups = lookups;
        this.kb = kb;
        this.feedback = feedback;
        this.bookings = bookings;
        this.audit = audit;
    }

    @GetMapping("/admin/login")
    String login() {
        return "admin/login";
    }

    @GetMapping({"/admin", "/admin/"})
    String home(Model model) {
        model.addAttribute("procedureCount", kb.size());
        model.addAttribute("helpful", feedback.helpfulCount());
        model.addAttribute("unhelpful", feedback.unhelpfulCount());
        model.addAttribute("bookingCount", bookings.list(true).size());
        return "admin/home";
    }

    @GetMapping("/admin/bookings")
    String bookings(@RequestParam(defaultValue = "true") boolean open, Model model) {
        model.addAttribute("bookings", bookings.list(open));
        model.addAttribute("openOnly", open);
        return "admin/bookings";
    }

    @PostMapping("/admin/bookings/{reference}/state")
    String move(@PathVariable String reference, @RequestParam String state,
                @RequestParam(defaultValue = "") String note, @RequestParam(defaultValue = "") String postalReference,
                Principal who, RedirectAttributes redirect) {
        BookingQueue.Moved moved = bookings.move(reference, state, note.strip(),
                postalReference.isBlank() ? null : postalReference.strip(), who.getName());
        audit.record(who.getName(), "booking.move", reference, state + " (" + moved.name().toLowerCase() + ")");
        switch (moved) {
            case MOVED -> redirect.addFlashAttribute("notice", "Đã cập nhật lượt đặt " + reference
                    + "; người dân được báo trên kênh họ đã đặt.");
            case UNCHANGED -> redirect.addFlashAttribute("notice", "Lượt đặt " + reference + " đã ở trạng thái này.");
            case REFUSED -> redirect.addFlashAttribute("problem", "Không thể chuyển lượt đặt " + reference
                    + " sang trạng thái đó từ trạng thái hiện tại.");
            case NOT_FOUND -> redirect.addFlashAttribute("problem", "Không có lượt đặt " + reference + ".");
        }
        return "redirect:/admin/bookings";
    }

    @GetMapping("/admin/dossier-lookups")
    String lookups(Model model) {
        model.addAttribute("lookups", lookups.recent());
        return "admin/lookups";
    }

    @GetMapping("/admin/audit")
    String audit(Model model) {
        model.addAttribute("entries", audit.recent());
        return "admin/audit";
    }
}
