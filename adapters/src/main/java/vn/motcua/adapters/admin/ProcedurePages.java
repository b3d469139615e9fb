package vn.motcua.adapters.admin;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.bot.answering.AnswerWriter;
import vn.motcua.bot.understanding.IntentClassifier;
import vn.motcua.bot.understanding.Understanding;
import vn.motcua.knowledge.KnowledgeBase;
import vn.motcua.knowledge.editing.EditResult;
import vn.motcua.knowledge.editing.EditingProcedures;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.procedure.ProcedureProblem;
import vn.motcua.knowledge.procedure.ProcedureSection;
import vn.motcua.knowledge.procedure.SubmissionMode;

/** The knowledge-base editor: list and search, edit with live preview, revisions and restore. */
@Controller
@RequestMapping("/admin/procedures")
class ProcedurePages {
    private final KnowledgeBase kb;
    private final ProcedureListing listing;
    private final EditingProcedures editing;
    private final IntentClassifier classifier;
    private final AuditLog audit;
    private final AnswerWriter writer = new AnswerWriter();

    ProcedurePages(KnowledgeBase kb, EditingProcedures editing, IntentClassifier classifier, AuditLog audit) {
        this.kb = kb;
        this.listing = new ProcedureListing(kb);
        this.editing = editing;
        this.classifier = classifier;
        this.audit = audit;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.initDirectFieldAccess();
        binder.setAutoGrowCollectionLimit(1000);
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("modes", SubmissionMode.values());
        model.addAttribute("sections", ProcedureSection.values());
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String field,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("field", field);
        model.addAttribute("fields", listing.fields());
        model.addAttribute("result", listing.find(q, field, page, 25));
        return "admin/procedures";
    }

    @GetMapping("/new")
    String create(Model model) {
        ProcedureForm form = new ProcedureForm();
        form.channels.add(new ProcedureForm.ChannelRow());
        form.documents.add(new ProcedureForm.DocumentRow());
        form.steps.add("");
        return editor(model, form, true, Map.of());
    }

    @GetMapping("/{id}")
    String edit(@PathVariable String id, Model model) {
        Procedure p = kb.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return editor(model, ProcedureForm.of(p), false, Map.of());
    }

    @PostMapping
    String saveNew(@ModelAttribute("form") ProcedureForm form, Principal who, Model model, RedirectAttributes redirect) {
        form.version = 0;
        Procedure draft = form.toProcedure();
        if (draft.publicId() != null && kb.find(draft.publicId()).isPresent()) {
            return editor(model, form, true, Map.of("id", "đã có thủ tục mã này"));
        }
        return outcome(editing.save(draft, 0, who.getName()), form, true, who, model, redirect);
    }

    @PostMapping("/{id}")
    String save(@PathVariable String id, @ModelAttribute("form") ProcedureForm form,
                @RequestParam(required = false) Long overwrite, Principal who, Model model,
                RedirectAttributes redirect) {
        if (overwrite != null) {
            // the editor saw the stale-version message and chose to keep their content
            form.version = overwrite;
        }
        form.id = kb.find(id).map(Procedure::id).orElse(form.id);
        Procedure draft = form.toProcedure();
        if (!id.equals(draft.publicId())) {
            return editor(model, form, false, Map.of("id", "không được đổi mã thủ tục"));
        }
        return outcome(editing.save(draft, form.version, who.getName()), form, false, who, model, redirect);
    }

    /** The answer the assistant would give from the form as it stands, before it is saved. */
    @PostMapping(path = "/preview", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> preview(@ModelAttribute("form") ProcedureForm form,
                                @RequestParam(name = "previewQuestion", defaultValue = "") String question,
                                @RequestParam(name = "previewSection", defaultValue = "") String sectionKey) {
        Procedure draft = form.toProcedure();
        Map<String, Object> out = new LinkedHashMap<>();
        ProcedureSection section = ProcedureSection.parse(sectionKey).orElse(null);
        if (!question.isBlank()) {
            Understanding u = classifier.understand(question);
            if (section == null) {
                section = u.section();
            }
            out.put("understood", understood(u, draft));
        }
        section = section == null ? ProcedureSection.GENERAL : section;
        out.put("section", section.title());
        List<ProcedureProblem> problems = editing.problemsOf(draft);
        out.put("problems", problems);
        try {
            out.put("answer", writer.write(draft, section));
        } catch (RuntimeException e) {
            // an unfinished draft (a channel without its mode...) cannot be written yet: say what is missing
            out.put("answer", "Chưa xem trước được: hãy điền đủ các trường bắt buộc.");
        }
        return out;
    }

    @GetMapping("/{id}/revisions")
    String revisions(@PathVariable String id, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("current", kb.find(id).orElse(null));
        model.addAttribute("history", editing.history(id));
        return "admin/revisions";
    }

    @PostMapping("/{id}/revisions/{number}/restore")
    String restore(@PathVariable String id, @PathVariable int number, @RequestParam long version, Principal who,
                   RedirectAttributes redirect) {
        EditResult result = editing.restore(id, number, version, who.getName());
        if (result instanceof EditResult.Saved saved) {
            audit.record(who.getName(), "procedure.restore", id, "revision " + number);
            redirect.addFlashAttribute("notice", "Đã khôi phục bản sửa số " + number + ".");
            return "redirect:/admin/procedures/" + saved.procedure().publicId();
        }
        redirect.addFlashAttribute("problem", result instanceof EditResult.Stale
                ? "Thủ tục vừa được người khác sửa; hãy xem lại lịch sử rồi khôi phục lại."
                : "Không khôi phục được bản sửa số " + number + ".");
        return "redirect:/admin/procedures/" + id + "/revisions";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable String id, @RequestParam long version, Principal who, RedirectAttributes redirect) {
        EditResult result = editing.delete(id, version, who.getName());
        if (result instanceof EditResult.Saved) {
            audit.record(who.getName(), "procedure.delete", id, null);
            redirect.addFlashAttribute("notice", "Đã xóa thủ tục " + id + " (có thể khôi phục trong lịch sử sửa).");
            return "redirect:/admin/procedures";
        }
        redirect.addFlashAttribute("problem", "Thủ tục vừa được người khác sửa; chưa xóa.");
        return "redirect:/admin/procedures/" + id;
    }

    private String outcome(EditResult result, ProcedureForm form, boolean creating, Principal who, Model model,
                           RedirectAttributes redirect) {
        if (result instanceof EditResult.Saved saved) {
            String id = saved.procedure().publicId();
            audit.record(who.getName(), creating ? "procedure.create" : "procedure.update", id,
                    "version " + saved.procedure().versionOrZero());
            redirect.addFlashAttribute("notice", "Đã lưu. Trợ lý trả lời theo nội dung mới ngay từ bây giờ.");
            return "redirect:/admin/procedures/" + id;
        }
        if (result instanceof EditResult.Invalid invalid) {
            Map<String, String> errors = new LinkedHashMap<>();
            invalid.problems().forEach(p -> errors.merge(p.field(), p.message(), (a, b) -> a + "; " + b));
            return editor(model, form, creating, errors);
        }
        if (result instanceof EditResult.Stale stale) {
            model.addAttribute("stale", stale.currentVersion());
            return editor(model, form, creating, Map.of());
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    private String editor(Model model, ProcedureForm form, boolean creating, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        model.addAttribute("errors", new java.util.HashMap<>(errors));
        return "admin/procedure";
    }

    private static String understood(Understanding u, Procedure draft) {
        if (u.procedures().isEmpty() || u.confidence() == Understanding.Confidence.NONE) {
            return "Trợ lý chưa nhận ra thủ tục nào cho câu hỏi này (trả lời \"không biết\").";
        }
        Procedure top = u.procedures().get(0).procedure();
        String confidence = u.confidence() == Understanding.Confidence.HIGH
                ? "chắc chắn" : "chưa chắc, sẽ hỏi lại người dân giữa vài thủ tục";
        String same = top.publicId().equals(draft.publicId()) ? " — chính là thủ tục đang sửa." : ".";
        return "Trợ lý hiểu câu hỏi là về \"" + top.name() + "\" (" + confidence + ")" + same;
    }
}
