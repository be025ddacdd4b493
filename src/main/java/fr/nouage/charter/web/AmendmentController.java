package fr.nouage.charter.web;

import java.util.Map;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.nouage.account.CurrentUser;
import fr.nouage.account.NouageUser;
import fr.nouage.charter.Article;
import fr.nouage.charter.CharterAccess;
import fr.nouage.charter.CharterAmendments;
import fr.nouage.charter.CharterAmendments.Proposal;
import fr.nouage.charter.CharterException;
import fr.nouage.charter.CharterVersion;
import fr.nouage.charter.Charters;
import fr.nouage.charter.RuleParameter;
import fr.nouage.charter.internal.CharterText.ArticleText;
import fr.nouage.platform.SafeMarkdown;

/** Proposing an amendment to an article of the version in force, and the list of amendments. */
@Controller
class AmendmentController {

    private final Charters charters;
    private final CharterAmendments amendments;
    private final CharterViews views;

    AmendmentController(Charters charters, CharterAmendments amendments, CharterViews views) {
        this.charters = charters;
        this.amendments = amendments;
        this.views = views;
    }

    @GetMapping("/territoires/{siren}/charte/amendements")
    String list(@PathVariable String siren, Model model) {
        model.addAttribute("territory", views.territory(siren));
        model.addAttribute("amendments", amendments.ofTerritory(siren).stream().map(a -> views.amendment(a)).toList());
        return "charter/amendments";
    }

    @GetMapping("/territoires/{siren}/charte/articles/{key}/amendement")
    String form(@PathVariable String siren, @PathVariable String key, Model model, HttpServletResponse response) {
        CharterVersion inForce = inForce(siren);
        Article article = article(inForce, key);
        ArticleText start = amendments.startingPoint(siren, article);
        String refusal = CharterAccess.mayAmend(CurrentUser.require(), siren) ? null : views.t("charter.error.amendForbidden");
        if (refusal != null) {
            response.setStatus(403);
        }
        return page(model, siren, inForce, article, new Proposal(key, start.title(), start.text(), start.rule().format(),
                "", null, article.lockVersion()), start, refusal);
    }

    @PostMapping("/territoires/{siren}/charte/articles/{key}/amendement")
    String propose(@PathVariable String siren, @PathVariable String key, @RequestParam Map<String, String> form,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        CharterVersion inForce = inForce(siren);
        Article article = article(inForce, key);
        Proposal proposal = new Proposal(key, form.getOrDefault("title", ""), form.getOrDefault("text", ""),
                rule(form), form.getOrDefault("motive", ""), number(form.get("meeting")), lock(form.get("lock")));
        NouageUser user = CurrentUser.require();
        try {
            amendments.propose(siren, proposal, user);
            redirect.addFlashAttribute("notice", "charter.notice.amendmentProposed");
            return "redirect:/territoires/" + siren + "/charte/amendements";
        } catch (CharterException e) {
            response.setStatus(e.status());
            Article current = article(inForce, key);
            // the writer's text is kept; after a conflict the form carries the new lock and shows
            // what the other amendment says, so that a second submission is a deliberate one
            Proposal kept = new Proposal(key, proposal.title(), proposal.text(), proposal.rule(), proposal.motive(),
                    proposal.meetingId(), "charter.error.amendmentConflict".equals(e.messageKey())
                            ? current.lockVersion() : proposal.expectedLock());
            return page(model, siren, inForce, current, kept, amendments.startingPoint(siren, current), views.message(e));
        }
    }

    private String page(Model model, String siren, CharterVersion inForce, Article article, Proposal proposal,
            ArticleText start, String error) {
        model.addAttribute("territory", views.territory(siren));
        model.addAttribute("version", inForce);
        model.addAttribute("article", article);
        model.addAttribute("articleHtml", SafeMarkdown.toHtml(article.text()));
        model.addAttribute("articleRules", views.rows(article.rule()));
        model.addAttribute("proposal", proposal);
        model.addAttribute("ruleFields", RuleField.of(start.rule(), proposal.rule(), article.rule(), views));
        model.addAttribute("pending", amendments.ofArticle(siren, article.key()).stream()
                .filter(a -> a.resultVersionId() == null && a.status() != fr.nouage.charter.AmendmentStatus.REJECTED)
                .map(a -> views.amendment(a)).toList());
        model.addAttribute("meetings", amendments.openMeetings(siren));
        model.addAttribute("error", error);
        model.addAttribute("mayAmend", CharterAccess.mayAmend(CurrentUser.require(), siren));
        return "charter/amendment-form";
    }

    private CharterVersion inForce(String siren) {
        views.territory(siren);
        return charters.inForce(siren).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Article article(CharterVersion version, String key) {
        return charters.articles(version.id()).stream().filter(a -> a.key().equals(key)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The rule parameters of the form, one field {@code rule_<key>} per parameter. */
    private static String rule(Map<String, String> form) {
        StringJoiner rule = new StringJoiner(" ; ");
        for (RuleParameter p : RuleParameter.values()) {
            String value = form.get("rule_" + p.key());
            if (value != null) {
                rule.add(p.key() + " = " + value.strip());
            }
        }
        return rule.toString();
    }

    private static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int lock(String value) {
        Long n = number(value);
        return n == null ? -1 : n.intValue();
    }
}
