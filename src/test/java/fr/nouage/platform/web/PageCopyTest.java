package fr.nouage.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

class PageCopyTest {

    private static final String SECRET = "nk0123456789abcdef01234567";
    private static final int PLACEHOLDER = SECRET.length() + 1 + PageCopy.NUMBER_DIGITS;

    private final Keeping keeping = new Keeping("key", "248500530", 7, SECRET);

    private PageCopy copy(String html) {
        return PageCopy.of(html.getBytes(StandardCharsets.UTF_8), SECRET.getBytes(StandardCharsets.US_ASCII),
                "text/html;charset=UTF-8", 7);
    }

    private String shown(PageCopy copy, String csrf) throws Exception {
        return shown(copy, csrf, "");
    }

    private String shown(PageCopy copy, String csrf, String unreadBadge) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        copy.writeTo(response, PLACEHOLDER, () -> csrf, () -> unreadBadge);
        assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length);
        assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aPageWithoutTokensIsShownAsRendered() throws Exception {
        assertThat(shown(copy("<p>Réunion du 14 janvier</p>"), "never")).isEqualTo("<p>Réunion du 14 janvier</p>");
    }

    @Test
    void theCsrfTokenOfEachShowingFillsItsPlaces() throws Exception {
        String csrf = keeping.csrfPlaceholder();
        PageCopy copy = copy("<form><input value=\"" + csrf + "\"></form><body hx-headers='{\"t\": \"" + csrf + "\"}'>é");

        assertThat(shown(copy, "first")).isEqualTo("<form><input value=\"first\"></form><body hx-headers='{\"t\": \"first\"}'>é");
        assertThat(shown(copy, "second-token")).contains("value=\"second-token\"").doesNotContain(SECRET);
    }

    @Test
    void eachFormGetsANewTokenAtEachShowing() throws Exception {
        String first = keeping.formTokenPlaceholder();
        String second = keeping.formTokenPlaceholder();
        PageCopy copy = copy("<input name=\"jeton\" value=\"" + first + "\"><input name=\"jeton\" value=\"" + second
                + "\"><button hx-vals='{\"jeton\": \"" + first + "\"}'>");

        String once = shown(copy, "c");
        String twice = shown(copy, "c");

        Matcher tokens = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").matcher(once);
        assertThat(tokens.find()).isTrue();
        String firstToken = tokens.group();
        assertThat(tokens.find()).isTrue();
        String secondToken = tokens.group();
        assertThat(tokens.find()).isTrue();
        assertThat(tokens.group()).as("the same form's token twice").isEqualTo(firstToken);
        assertThat(secondToken).isNotEqualTo(firstToken);
        assertThat(twice).doesNotContain(firstToken).doesNotContain(secondToken).doesNotContain(SECRET);
    }

    @Test
    void theUnreadCountOfEachShowingFillsItsPlace() throws Exception {
        PageCopy copy = copy("<a href=\"/notifications\">Notifications" + keeping.unreadPlaceholder() + "</a>");

        assertThat(shown(copy, "c", "")).isEqualTo("<a href=\"/notifications\">Notifications</a>");
        assertThat(shown(copy, "c", " <span class=\"badge\">3</span>"))
                .isEqualTo("<a href=\"/notifications\">Notifications <span class=\"badge\">3</span></a>");
    }

    @Test
    void textThatLooksLikeAPlaceholderWithoutTheSecretIsLeftAlone() throws Exception {
        String forged = "nk" + "f".repeat(24) + "c0000";
        assertThat(shown(copy("<p>" + forged + "</p>"), "token")).isEqualTo("<p>" + forged + "</p>");
    }
}
