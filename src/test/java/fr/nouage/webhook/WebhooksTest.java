package fr.nouage.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhooksTest {

    @Test
    void addressesOfThisMachineOrOfAPrivateNetworkAreRecognised() {
        assertThat(Webhooks.isPrivate("127.0.0.1")).isTrue();
        assertThat(Webhooks.isPrivate("localhost")).isTrue();
        assertThat(Webhooks.isPrivate("10.1.2.3")).isTrue();
        assertThat(Webhooks.isPrivate("192.168.0.10")).isTrue();
        assertThat(Webhooks.isPrivate("169.254.169.254")).isTrue();
        assertThat(Webhooks.isPrivate("93.184.216.34")).isFalse();
    }
}
