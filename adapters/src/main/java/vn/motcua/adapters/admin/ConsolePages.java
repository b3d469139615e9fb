package vn.motcua.adapters.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.motcua.bot.inbox.ReceivingFeedback;
import vn.motcua.knowledge.KnowledgeBase;

/** Sign-in, the front page, and the operator and audit views. */
@Controller
class ConsolePages {
    private final KnowledgeBase kb;
    private final ReceivingFeedback feedback;
    private final BookingQueue bookings;
    private final AuditLog audit;

    ConsolePages(KnowledgeBase kb, ReceivingFeedback feedback, BookingQueue bookings, AuditLog audit) {
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
        model.addAttribute("bookingCount", bookings.all().size());
        return "admin/home";
    }

    @GetMapping("/admin/bookings")
    String bookings(Model model) {
        model.addAttribute("bookings", bookings.all());
        return "admin/bookings";
    }

    @GetMapping("/admin/audit")
    String audit(Model model) {
        model.addAttribute("entries", audit.recent());
        return "admin/audit";
    }
}
