package fr.nouage.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import fr.nouage.platform.IcuMessageSource;

/** Every message of one language, read from all the platform's bundles ({@link IcuMessageSource#BUNDLES}). */
public final class MessageBundles {

    private MessageBundles() {
    }

    /**
     * The messages of one suffix ({@code "_fr"}, {@code "_en"}, or {@code ""} for the default
     * bundles), merged; a key defined in two bundles is an error (the first bundle would win silently).
     */
    public static Map<String, String> load(String suffix) {
        Map<String, String> all = new TreeMap<>();
        for (String bundle : IcuMessageSource.BUNDLES) {
            String name = bundle + suffix + ".properties";
            read(name).forEach((key, value) -> {
                if (all.put(key, value) != null) {
                    throw new IllegalStateException("key " + key + " defined twice (again in " + name + ")");
                }
            });
        }
        return all;
    }

    private static Map<String, String> read(String name) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundles.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException("bundle missing: " + name);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new TreeMap<>();
        properties.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }
}
