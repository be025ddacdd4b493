package fr.nouage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import com.microsoft.playwright.APIResponse;

import fr.nouage.support.LivingDemoTest;
import nu.validator.validation.SimpleDocumentValidator;

/** The pages are valid HTML for the W3C Nu validator (the checker behind validator.w3.org/nu), with no error. */
class HtmlValidityIT extends LivingDemoTest {

    private static final String T = "/territoires/248500662";

    @Test
    void thePagesOfTheDemoAreValidHtml() throws Exception {
        signIn("dg-248500662@demo.nouage.fr");
        page.navigate(T + "/reunions");
        String meeting = page.locator("section[aria-labelledby=passees] tbody a").first().getAttribute("href");
        String upcoming = page.locator("section[aria-labelledby=a-venir] tbody a").first().getAttribute("href");
        List<String> errors = new ArrayList<>();
        for (String path : List.of("/", T, T + "/calendrier", T + "/reunions", upcoming, meeting,
                meeting + "/compte-rendu", T + "/instances", T + "/charte", T + "/actions", T + "/consultations",
                T + "/consultations/nouvelle", T + "/parite", T + "/rotation", T + "/fiche", T + "/flux",
                T + "/reunions/nouvelle", T + "/seances/nouvelle", "/notifications")) {
            APIResponse response = context.request().get(path);
            assertThat(response.status()).as(path).isEqualTo(200);
            validate(path, response.text(), errors);
        }
        assertThat(errors).isEmpty();
    }

    private static void validate(String path, String html, List<String> errors) throws Exception {
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(path + " line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator();
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collect);
        validator.setUpValidatorAndParsers(collect, true, false);
        validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
    }
}
