package fr.nouage.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import com.sun.net.httpserver.HttpServer;

import fr.nouage.account.Account;
import fr.nouage.account.Accounts;
import fr.nouage.account.NouageUser;
import fr.nouage.account.RoleAssignment;
import fr.nouage.meeting.AgendaFrozen;
import fr.nouage.support.NouageIT;
import fr.nouage.support.TestClock;
import fr.nouage.webhook.internal.WebhookDeliverer;

/**
 * A territory's webhook receives each event once, signed with its secret, also when the receiver
 * fails the first time (the delivery is tried again after its backoff); the same on H2 and PostgreSQL.
 */
abstract class WebhookDeliveryContract extends NouageIT {

    @Autowired
    Webhooks webhooks;

    @Autowired
    WebhookDeliverer deliverer;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Accounts accounts;

    @Autowired
    TestClock clock;

    /** One request the receiver got. */
    record Received(String delivery, String event, String signature, String body, int answered) {
    }

    @Test
    void aReceiverThatFailsOnceGetsTheEventAgainSignedAndThenNoMore() throws IOException {
        List<Received> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = received.isEmpty() ? 500 : 204;
            received.add(new Received(exchange.getRequestHeaders().getFirst("X-Nouage-Delivery"),
                    exchange.getRequestHeaders().getFirst("X-Nouage-Event"),
                    exchange.getRequestHeaders().getFirst("X-Nouage-Signature"), body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        try {
            Account account = accounts.findByEmail("dg-" + MORTAGNE + "@demo.nouage.fr").orElseThrow();
            NouageUser director = new NouageUser(account.id(), account.email(), account.displayName(),
                    List.of(RoleAssignment.director(MORTAGNE, MORTAGNE)));
            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
            Webhooks.Registered registered = webhooks.register(MORTAGNE, url, Set.of(WebhookEvent.AGENDA_FROZEN),
                    director);
            long meetingId = 1_000_000_000L + System.nanoTime() % 1_000_000_000L;
            transaction.executeWithoutResult(s -> events.publishEvent(new AgendaFrozen(meetingId, MORTAGNE,
                    clock.instant())));

            await().atMost(Duration.ofSeconds(20)).until(() -> {
                deliverer.deliverDue();
                return received.size() >= 1;
            });
            Delivery pending = webhooks.log(MORTAGNE, director).stream()
                    .filter(d -> d.url().equals(url)).findFirst().orElseThrow();
            assertThat(pending.deliveredAt()).isNull();
            assertThat(pending.attempts()).isEqualTo(1);
            assertThat(pending.lastStatus()).isEqualTo(500);
            deliverer.deliverDue();
            assertThat(received).as("not tried again before its backoff").hasSize(1);

            clock.advance(Duration.ofMinutes(2));
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                deliverer.deliverDue();
                return received.size() >= 2;
            });
            deliverer.deliverDue();
            assertThat(received).hasSize(2);
            assertThat(received.stream().filter(r -> r.answered() == 204)).hasSize(1);
            Received second = received.get(1);
            assertThat(second.delivery()).isEqualTo(received.get(0).delivery()).isEqualTo("agenda-frozen:" + meetingId);
            assertThat(second.event()).isEqualTo("agenda.frozen");
            assertThat(second.body()).contains("\"meetingId\":" + meetingId);
            assertThat(second.signature()).isEqualTo("sha256=" + WebhookDeliverer.sign(registered.secret(), second.body()));
            assertThat(second.signature()).isNotEqualTo("sha256=" + WebhookDeliverer.sign("another secret", second.body()));
            Delivery delivered = webhooks.log(MORTAGNE, director).stream()
                    .filter(d -> d.url().equals(url)).findFirst().orElseThrow();
            assertThat(delivered.deliveredAt()).isNotNull();
            assertThat(delivered.attempts()).isEqualTo(2);
            webhooks.remove(MORTAGNE, registered.webhook().id(), director);
        } finally {
            clock.reset();
            receiver.stop(0);
        }
    }
}
