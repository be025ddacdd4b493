package fr.nouage.territory.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import fr.nouage.territory.web.Breadcrumb.Crumb;

class BreadcrumbTest {

    private static final String T = "/territoires/248500662";

    @Test
    void aDeepPageLinksEachStepThatIsAPageAndEndsOnItself() {
        assertThat(Breadcrumb.of(T + "/reunions/42/deliberation/7")).containsExactly(
                new Crumb("breadcrumb.reunions", T + "/reunions"), new Crumb("breadcrumb.reunions.one", T + "/reunions/42"),
                new Crumb("breadcrumb.page.deliberation", null));
        assertThat(Breadcrumb.of(T + "/seances/3/avis")).first().isEqualTo(new Crumb("breadcrumb.seances", T + "/calendrier"));
        assertThat(Breadcrumb.of(T + "/charte/versions/2/adoption")).containsExactly(
                new Crumb("breadcrumb.charte", T + "/charte"), new Crumb("breadcrumb.versions", T + "/charte/versions"),
                new Crumb("breadcrumb.version", T + "/charte/versions/2"), new Crumb("breadcrumb.page.adoption", null));
    }

    @Test
    void firstLevelPagesHaveNoTrail() {
        assertThat(Breadcrumb.of(T + "/reunions")).isEmpty();
        assertThat(Breadcrumb.of(T)).isEmpty();
        assertThat(Breadcrumb.of("/")).isEmpty();
    }
}
