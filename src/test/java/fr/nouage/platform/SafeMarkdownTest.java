package fr.nouage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeMarkdownTest {

    @Test
    void ordinaryMarkdownBecomesFormattedHtml() {
        String html = SafeMarkdown.toHtml("""
                Le collectif **valide** le calendrier.

                - point *un*
                - point deux

                Voir [la note](https://example.org/note).""");
        assertThat(html).contains("<strong>valide</strong>", "<li>point <em>un</em></li>",
                "href=\"https://example.org/note\"", ">la note</a>");
    }

    @Test
    void scriptTagsAreRemovedWithTheirContent() {
        String html = SafeMarkdown.toHtml("Avant\n\n<script>alert('x')</script>\n\nAprès <script>steal()</script>");
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("alert(").doesNotContain("steal(")
                .contains("Avant", "Après");
    }

    @Test
    void eventHandlersAndStylesAreRemoved() {
        String html = SafeMarkdown.toHtml("""
                <p onclick="evil()" style="position:fixed">texte</p>
                <img src="x" onerror="evil()">
                <a href="https://example.org" onmouseover="evil()">lien</a>""");
        assertThat(html).doesNotContainIgnoringCase("onclick").doesNotContainIgnoringCase("onerror")
                .doesNotContainIgnoringCase("onmouseover").doesNotContainIgnoringCase("style=")
                .doesNotContainIgnoringCase("<img").doesNotContain("evil(").contains("texte", "lien");
    }

    @Test
    void javascriptLinksAreRemovedWhateverTheirSpelling() {
        String html = SafeMarkdown.toHtml("""
                [un](javascript:alert(1)) [deux](JaVaScRiPt:alert(2)) [trois](java&#x09;script:alert(3))
                <a href="javascript:alert(4)">quatre</a> <a href=" javascript:alert(5)">cinq</a>
                [six](data:text/html;base64,PHNjcmlwdD4=)""");
        assertThat(html).doesNotContainIgnoringCase("javascript").doesNotContain("alert(").doesNotContain("data:")
                .contains("un", "deux", "quatre", "cinq", "six");
    }

    @Test
    void framesFormsAndObjectsAreRemoved() {
        String html = SafeMarkdown.toHtml("""
                <iframe src="https://evil.example"></iframe><form action="/logout"><button>x</button></form>
                <object data="x.swf"></object><svg onload="evil()"></svg><style>body{display:none}</style>ok""");
        assertThat(html).doesNotContainIgnoringCase("<iframe").doesNotContainIgnoringCase("<form")
                .doesNotContainIgnoringCase("<object").doesNotContainIgnoringCase("<svg")
                .doesNotContainIgnoringCase("<style").doesNotContain("display:none").contains("ok");
    }

    @Test
    void linksAreMarkedSoThatTheyCannotReachBackIntoNouage() {
        assertThat(SafeMarkdown.toHtml("[note](https://example.org)")).containsPattern("rel=\"[^\"]*noopener")
                .containsPattern("rel=\"[^\"]*noreferrer").containsPattern("rel=\"[^\"]*nofollow");
    }

    @Test
    void textThatLooksLikeHtmlInTheProseIsEscaped() {
        String html = SafeMarkdown.toHtml("Budget 2027 : recettes < dépenses & \"réserves\"");
        assertThat(html).contains("&lt;").contains("&amp;").doesNotContain("< dépenses");
    }

    @Test
    void blankTextGivesNothing() {
        assertThat(SafeMarkdown.toHtml(null)).isEmpty();
        assertThat(SafeMarkdown.toHtml("  \n ")).isEmpty();
    }
}
