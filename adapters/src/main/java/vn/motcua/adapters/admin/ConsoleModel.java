package vn.motcua.adapters.admin;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.motcua.bot.inbox.UnansweredInbox;

/** What every console page shows in its header: who is signed in, what they may open, the inbox count. */
@ControllerAdvice(assignableTypes = {ConsolePages.class, ProcedurePages.class, InboxPages.class, ImportPages.class})
class ConsoleModel {
    private final UnansweredInbox inbox;

    ConsoleModel(UnansweredInbox inbox) {
        this.inbox = inbox;
    }

    @ModelAttribute
    void staff(Authentication auth, Model model) {
        if (auth == null) {
            return;
        }
        model.addAttribute("staffName", auth.getName());
        boolean admin = has(auth, Role.ADMIN);
        model.addAttribute("isAdmin", admin);
        model.addAttribute("canEdit", admin || has(auth, Role.EDITOR));
        model.addAttribute("canOperate", admin || has(auth, Role.OPERATOR));
        model.addAttribute("openQuestions", inbox.open().size());
    }

    private static boolean has(Authentication auth, Role role) {
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals("ROLE_" + role.name()));
    }
}
