package vn.motcua.adapters.admin;

import java.security.Principal;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.bot.inbox.GroupingQuestions;
import vn.motcua.bot.inbox.ResolvingUnanswered;
import vn.motcua.bot.inbox.UnansweredInbox;
import vn.motcua.knowledge.KnowledgeBase;
import vn.motcua.knowledge.editing.EditResult;
import vn.motcua.knowledge.procedure.Procedure;

/** The unanswered inbox: similar questions grouped, each group fixed or dismissed in one step. */
@Controller
@RequestMapping("/admin/unanswered")
class InboxPages {
    private final UnansweredInbox inbox;
    private final GroupingQuestions grouping;
    private final ResolvingUnanswered resolving;
    private final KnowledgeBase kb;
    private final AuditLog audit;

    InboxPages(UnansweredInbox inbox, GroupingQuestions grouping, ResolvingUnanswered resolving, KnowledgeBase kb,
               AuditLog audit) {
        this.inbox = inbox;
        this.grouping = grouping;
        this.resolving = resolving;
        this.kb = kb;
        this.audit = audit;
    }

    @GetMapping
    String inbox(@RequestParam(defaultValue = "false") boolean closed, Model model) {
        model.addAttribute("groups", grouping.group(inbox.open()));
        model.addAttribute("closed", closed ? inbox.all().stream().filter(q -> !q.open()).limit(200).toList()
                : List.of());
        model.addAttribute("showClosed", closed);
        model.addAttribute("procedures", kb.all().stream()
                .sorted(java.util.Comparator.comparing(Procedure::name)).toList());
        model.addAttribute("canAddSynonyms", resolving.canAddSynonyms());
        return "admin/unanswered";
    }

    @PostMapping("/attach")
    String attach(@RequestParam List<String> ids, @RequestParam String procedure, Principal who,
                  RedirectAttributes redirect) {
        EditResult result = resolving.attachAsExample(ids, procedure.strip(), who.getName());
        if (result instanceof EditResult.Saved) {
            audit.record(who.getName(), "unanswered.attach", procedure, ids.size() + " question(s)");
            redirect.addFlashAttribute("notice", "Đã gắn câu hỏi vào thủ tục " + procedure
                    + " làm câu hỏi mẫu; câu hỏi giống hệt sẽ được trả lời đúng ngay.");
        } else {
            redirect.addFlashAttribute("problem", "Chưa gắn được: thủ tục " + procedure
                    + " không có hoặc đang có lỗi cần sửa trong trang thủ tục.");
        }
        return "redirect:/admin/unanswered";
    }

    @PostMapping("/synonym")
    String synonym(@RequestParam List<String> ids, @RequestParam String phrase, @RequestParam String meaning,
                   Principal who, RedirectAttributes redirect) {
        if (resolving.addSynonym(ids, phrase, meaning, who.getName())) {
            audit.record(who.getName(), "unanswered.synonym", phrase, meaning);
            redirect.addFlashAttribute("notice", "Đã thêm từ đồng nghĩa \"" + phrase + "\" = \"" + meaning + "\".");
        } else {
            redirect.addFlashAttribute("problem", "Chưa thêm được từ đồng nghĩa (cần đủ cụm từ và nghĩa).");
        }
        return "redirect:/admin/unanswered";
    }

    @PostMapping("/dismiss")
    String dismiss(@RequestParam List<String> ids, Principal who, RedirectAttributes redirect) {
        int closed = resolving.dismiss(ids, who.getName());
        audit.record(who.getName(), "unanswered.dismiss", null, closed + " question(s)");
        redirect.addFlashAttribute("notice", "Đã bỏ qua " + closed + " câu hỏi.");
        return "redirect:/admin/unanswered";
    }
}
