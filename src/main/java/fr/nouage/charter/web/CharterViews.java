package fr.nouage.charter.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import fr.nouage.account.NouageUser;
import fr.nouage.charter.Adoption;
import fr.nouage.charter.Article;
import fr.nouage.charter.CharterAccess;
import fr.nouage.charter.CharterException;
import fr.nouage.charter.CharterStatus;
import fr.nouage.charter.CharterVersion;
import fr.nouage.charter.Charters;
import fr.nouage.charter.RuleParameter;
import fr.nouage.charter.RuleParameters;
import fr.nouage.charter.Theme;
import fr.nouage.charter.internal.CharterDocuments;
import fr.nouage.platform.SafeMarkdown;
import fr.nouage.rules.ActiveRules;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;
import fr.nouage.territory.Territory;

/** Builds what the charter pages show from the facades. */
@Component
class CharterViews {

    private final Charters charters;
    private final CharterDocuments documents;
    private final Territories territories;
    private final MessageSource messages;

    CharterViews(Charters charters, CharterDocuments documents, Territories territories, MessageSource messages) {
        this.charters = charters;
        this.documents = documents;
        this.territories = territories;
        this.messages = messages;
    }

    Territory territory(String siren) {
        return territories.find(siren).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    CharterVersion version(String siren, int number) {
        return charters.version(siren, number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The articles of a version grouped by theme, numbered in reading order. */
    List<ThemeSection> sections(CharterVersion version) {
        List<Article> articles = charters.articles(version.id());
        List<ThemeSection> sections = new ArrayList<>();
        int number = 0;
        for (Theme theme : Theme.values()) {
            List<ArticleView> views = new ArrayList<>();
            for (Article a : articles) {
                if (a.theme() == theme) {
                    views.add(new ArticleView(++number, a, SafeMarkdown.toHtml(a.text()), rows(a.rule())));
                }
            }
            if (!views.isEmpty()) {
                sections.add(new ThemeSection(theme, views));
            }
        }
        return sections;
    }

    /** One row per parameter of a rule. */
    List<RuleRow> rows(RuleParameters rule) {
        return rule.values().entrySet().stream().map(e -> new RuleRow(e.getKey().key(), t(e.getKey().messageKey()),
                documents.value(e.getKey(), e.getValue()))).toList();
    }

    /** A parameter's value in words. */
    String value(RuleParameter parameter, String value) {
        return documents.value(parameter, value);
    }

    /** Every parameter of a set of rules. */
    List<RuleRow> rows(ActiveRules rules) {
        List<RuleRow> rows = new ArrayList<>();
        for (RuleParameter p : RuleParameter.values()) {
            rows.add(new RuleRow(p.key(), t(p.messageKey()), documents.value(p, p.valueIn(rules))));
        }
        return rows;
    }

    /** Each active collectivité of the territory with its adoption of the version, EPCI first. */
    List<AdoptionRow> adoptionRows(CharterVersion version, List<Adoption> adoptions, NouageUser user) {
        Map<String, Adoption> bySiren = adoptions.stream().collect(Collectors.toMap(Adoption::collectivitySiren,
                Function.identity()));
        return territories.collectivities(version.territorySiren()).stream().filter(Collectivity::active)
                .map(c -> new AdoptionRow(c, bySiren.get(c.siren()), adoptable(version)
                        && !bySiren.containsKey(c.siren())
                        && CharterAccess.mayAdoptFor(user, version.territorySiren(), c.siren())))
                .toList();
    }

    /** A version proposed for adoption, or in force and open to late adoptions. */
    private static boolean adoptable(CharterVersion version) {
        return version.status() == CharterStatus.PROPOSED || version.status() == CharterStatus.IN_FORCE;
    }

    AmendmentView amendment(fr.nouage.charter.Amendment a) {
        Integer result = a.resultVersionId() == null ? null
                : charters.versionWithId(a.resultVersionId()).map(CharterVersion::number).orElse(null);
        return new AmendmentView(a, collectivityName(a.proposedForSiren()), result);
    }

    String collectivityName(String siren) {
        return siren == null ? "" : territories.collectivity(siren).map(Collectivity::name).orElse(siren);
    }

    /** The sentence of a refusal, in the user's language. */
    String message(CharterException e) {
        return messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale());
    }

    String t(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
