package fr.nouage.charter.web;

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
import fr.nouage.charter.Article;
import fr.nouage.charter.CharterException;
import fr.nouage.charter.CharterStatus;
import fr.nouage.charter.CharterVersion;
import fr.nouage.charter.Charters;
import fr.nouage.charter.Charters.ArticleEdit;
import fr.nouage.charter.RuleParameter;
import fr.nouage.charter.Theme;

/** Writing the first draft of a charter article by article. */
@Controller
class DraftController {

    private final Charters charters;
    private final CharterViews views;
    private final VersionController versionPage;

    DraftController(Charters charters, CharterViews views, VersionController versionPage) {
        this.charters = charters;
        this.views = views;
        this.versionPage = versionPage;
    }

    @GetMapping("/territoires/{siren}/charte/versions/{number}/articles/{key}")
    String edit(@PathVariable String siren, @PathVariable int number, @PathVariable String key, Model model,
            HttpServletResponse response) {
        CharterVersion version = views.version(siren, number);
        Article article = article(version, key);
        String refusal = null;
        if (version.status() != CharterStatus.DRAFT) {
            refusal = views.t("charter.error.inForce", version.number());
            response.setStatus(409);
        } else if (version.number() > 1) {
            refusal = views.t("charter.error.draftOfAmendments", version.number());
            response.setStatus(409);
        }
        return form(model, siren, version, article, new ArticleEdit(article.theme(), article.title(), article.text(),
                article.rule().format(), article.lockVersion()), refusal, refusal == null);
    }

    @PostMapping("/territoires/{siren}/charte/versions/{number}/articles/{key}")
    String save(@PathVariable String siren, @PathVariable int number, @PathVariable String key,
            @RequestParam(required = false) Theme theme, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String rule,
            @RequestParam int lock, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        CharterVersion version = views.version(siren, number);
        Article article = article(version, key);
        ArticleEdit edit = new ArticleEdit(theme, title, text, rule, lock);
        try {
            charters.editArticle(siren, number, key, edit, CurrentUser.require());
            redirect.addFlashAttribute("notice", "charter.notice.articleSaved");
            return "redirect:/territoires/" + siren + "/charte/versions/" + number + "#article-" + key;
        } catch (CharterException e) {
            response.setStatus(e.status());
            boolean stillEditable = e.reason() != CharterException.Reason.CONFLICT
                    || "charter.error.articleConflict".equals(e.messageKey());
            // after a conflict the form shows the text now saved, and keeps the writer's own text below
            Article current = article(version, key);
            return form(model, siren, version, current, "charter.error.articleConflict".equals(e.messageKey())
                    ? new ArticleEdit(theme, title, text, rule, current.lockVersion()) : edit, views.message(e),
                    stillEditable);
        }
    }

    @PostMapping("/territoires/{siren}/charte/versions/{number}/articles")
    String add(@PathVariable String siren, @PathVariable int number, @RequestParam(required = false) Theme theme,
            @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String rule, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            Article added = charters.addArticle(siren, number, new ArticleEdit(theme, title, text, rule, 0),
                    CurrentUser.require());
            redirect.addFlashAttribute("notice", "charter.notice.articleAdded");
            return "redirect:/territoires/" + siren + "/charte/versions/" + number + "#article-" + added.key();
        } catch (CharterException e) {
            response.setStatus(e.status());
            return versionPage.page(siren, number, model, views.message(e));
        }
    }

    private Article article(CharterVersion version, String key) {
        return charters.articles(version.id()).stream().filter(a -> a.key().equals(key)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String form(Model model, String siren, CharterVersion version, Article article, ArticleEdit edit,
            String error, boolean editable) {
        model.addAttribute("territory", views.territory(siren));
        model.addAttribute("version", version);
        model.addAttribute("article", article);
        model.addAttribute("edit", edit);
        model.addAttribute("themes", Theme.values());
        model.addAttribute("parameters", RuleParameter.values());
        model.addAttribute("error", error);
        model.addAttribute("editable", editable);
        return "charter/article-form";
    }
}
