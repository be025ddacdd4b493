package fr.nouage.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import jakarta.servlet.ServletContext;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

import fr.nouage.support.IntegrationTest;
import fr.nouage.support.PageClient;

/**
 * A visitor who is not signed in cannot make the server write a file: 50 MB multipart bodies sent to
 * the sign-in form and to the archive import leave Tomcat's temporary folder (where it writes the
 * files of a multipart body) under a few kilobytes while they are sent; a signed-in person sending a
 * file to a form that takes none is refused without it being read.
 */
class LargeUploadsIT extends IntegrationTest {

    private static final long FIFTY_MB = 50L * 1024 * 1024;

    @Autowired
    WebApplicationContext context;

    @Test
    void anonymousMultipartBodiesAreRefusedBeforeAnythingIsWritten() throws Exception {
        Path temporary = ((File) context.getServletContext().getAttribute(ServletContext.TEMPDIR)).toPath();
        AtomicLong largest = new AtomicLong();
        AtomicBoolean sending = new AtomicBoolean(true);
        Thread watcher = new Thread(() -> {
            while (sending.get()) {
                largest.accumulateAndGet(size(temporary), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        watcher.start();
        Integer login;
        Integer archive;
        try {
            login = sendMultipart("/login", FIFTY_MB, null);
            archive = sendMultipart("/admin/archives", FIFTY_MB, null);
        } finally {
            sending.set(false);
            watcher.join();
        }
        assertThat(largest.get()).as("bytes in Tomcat's temporary folder while the bodies were sent")
                .isLessThan(16 * 1024);
        // a connection cut after the answer (the body is thrown away past 2 MB) is a refusal too
        assertThat(login).as("sign-in form").isIn(null, 415);
        assertThat(archive).as("archive import, not signed in").isIn(null, 403);
    }

    @Test
    void aFileSentToAFormThatTakesNoneIsRefusedUnread() {
        PageClient director = new PageClient(baseUrl()).signIn("dg-" + MORTAGNE + "@demo.nouage.fr", DEMO_PASSWORD);
        director.get("/territoires/" + MORTAGNE + "/reunions/nouvelle");
        PageClient.Page refused = director.postFile("/territoires/" + MORTAGNE + "/reunions/nouvelle",
                Map.of("startsAt", "2046-01-10T09:00"), "fichier", "note.pdf", "application/pdf", new byte[4096]);
        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.body()).contains("Ce formulaire ne prend pas de fichier");
    }

    /** Sends a multipart body of about {@code bytes} with its length declared; the status, or null if cut. */
    private Integer sendMultipart(String path, long bytes, String cookie) throws InterruptedException {
        String boundary = "----nouage-large";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"archive\"; filename=\"big.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        long length = head.length + bytes + tail.length;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new SequenceInputStream(new ByteArrayInputStream(head),
                                new SequenceInputStream(zeros(bytes), new ByteArrayInputStream(tail)))), length));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            // HTTP/1.1: the client's HTTP/2 upgrade would make Tomcat refuse any large body itself
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException cut) {
            return null;
        }
    }

    private static InputStream zeros(long bytes) {
        return new InputStream() {
            private long left = bytes;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
    }

    private static long size(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException gone) {
                    return 0;
                }
            }).sum();
        } catch (IOException | java.io.UncheckedIOException gone) {
            return 0;
        }
    }
}
