package fr.nouage.territory.geography;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The compact snapshot of the official geography shipped in the application
 * ({@code src/main/resources/geography}, built by {@code scripts/make-geography-snapshot.sh}).
 */
@Component
public class EmbeddedGeography {

    private static final String FOLDER = "geography/";

    private final ImportJobs jobs;
    private final GeographyStore store;

    EmbeddedGeography(ImportJobs jobs, GeographyStore store) {
        this.jobs = jobs;
        this.store = store;
    }

    /** Imports the snapshot when no geography is in place yet; does nothing otherwise. */
    public void loadIfEmpty() {
        if (store.isEmpty()) {
            load("system");
        }
    }

    /** Imports the snapshot now (a re-import of the same vintage changes nothing). */
    public ImportProgress load(String by) {
        return jobs.runNow(() -> open("epci.json.gz"), () -> open("communes.json.gz"), vintage(), by);
    }

    /** Name of the shipped vintage, e.g. {@code @etalab/decoupage-administratif@6.0.0}. */
    public String vintage() {
        try (InputStream in = new ClassPathResource(FOLDER + "VINTAGE").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of one file of the snapshot ({@code epci.json.gz} or {@code communes.json.gz}). */
    public byte[] bytes(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        try {
            return new ClassPathResource(FOLDER + name).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
