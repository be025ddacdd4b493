package fr.nouage.diagnostic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

import fr.nouage.support.ApiClient;

/** Flow files written by the tests in INSEE's layout, and their upload as a multipart form. */
final class FlowFiles {

    static final String BOUNDARY = "----nouage-flux-test";

    private FlowFiles() {
    }

    /** A base flux file of that vintage (two digits) with lines {@code origin;destination;flow}. */
    static String baseFlux(String yy, String... lines) {
        StringBuilder file = new StringBuilder("CODGEO;LIBGEO;DCLT;L_DCLT;NBFLUX_C" + yy + "_ACTOCC15P\n");
        for (String line : lines) {
            String[] cells = line.split(";");
            file.append(cells[0]).append(";Commune;").append(cells[1]).append(";Commune;").append(cells[2]).append('\n');
        }
        return file.toString();
    }

    static byte[] gzip(String content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Posts {@code content} as the field {@code file} of a multipart form. */
    static ApiClient.Response upload(ApiClient client, String path, String fileName, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.postBytes(path, "multipart/form-data; boundary=" + BOUNDARY, body.toByteArray());
    }

    static ApiClient.Response upload(ApiClient client, String path, String content) {
        return upload(client, path, "flux.csv", content.getBytes(StandardCharsets.UTF_8));
    }
}
