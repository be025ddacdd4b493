package fr.nouage.support;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The accessibility check of the browser tests really refuses an inaccessible page. */
class BrowserTestIT extends BrowserTest {

    @Test
    void assertAccessibleNamesTheRulesAndElementsAPageBreaks() {
        page.navigate("/login");
        page.setContent("""
                <!DOCTYPE html><html lang="fr"><head><title>Essai</title></head><body><main>
                <h1>Essai</h1><img id="sans-texte" src="/favicon.ico">
                <input id="sans-etiquette" name="q"></main></body></html>""");

        assertThatThrownBy(() -> assertAccessible(page))
                .hasMessageContaining("image-alt").hasMessageContaining("#sans-texte")
                .hasMessageContaining("label").hasMessageContaining("#sans-etiquette");
    }
}
