package fr.nouage.platform.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

/**
 * Turns an XHTML document into an archivable PDF/A-3u, the one PDF renderer of Nouage: every glyph
 * comes from the DejaVu Sans fonts shipped in {@code fonts/} and embedded (DejaVu Sans Mono for code,
 * which a text written in Markdown may hold; the generic families name them too, so that no style
 * can ask for a font that is not embedded), colours are sRGB, and
 * the renderer fetches nothing from outside (no image, stylesheet or font from a URL the text may
 * name). The document's {@code <title>} becomes the PDF's title.
 */
public final class PdfRenderer {

    /** The font family of the documents; every style rule must use it (or {@link #MONOSPACE_FAMILY}). */
    public static final String FONT_FAMILY = "DejaVu Sans";
    /** The font family of code ({@code <code>}, {@code <pre>}). */
    public static final String MONOSPACE_FAMILY = "DejaVu Sans Mono";

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    /** Characters XML 1.0 forbids (control characters a pasted text may carry): the parser would refuse them. */
    private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    static {
        XRLog.setLoggerImpl(new Slf4jBridge());
    }

    private PdfRenderer() {
    }

    /**
     * The PDF/A-3u rendering of a well-formed XHTML document whose styles use only
     * {@link #FONT_FAMILY}; characters XML forbids (pasted control characters) are dropped.
     *
     * @throws java.io.UncheckedIOException when the renderer fails to write
     */
    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            // the renderer names the generic families serif, sans-serif and monospace as below
            PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode()
                    .usePdfAConformance(PdfAConformance.PDFA_3_U)
                    .useColorProfile(SRGB);
            for (String family : new String[] {FONT_FAMILY, "SansSerif", "Serif"}) {
                builder.useFont(font("fonts/DejaVuSans.ttf"), family, 400, FontStyle.NORMAL, true)
                        .useFont(font("fonts/DejaVuSans-Bold.ttf"), family, 700, FontStyle.NORMAL, true);
            }
            for (String family : new String[] {MONOSPACE_FAMILY, "Monospaced"}) {
                builder.useFont(font("fonts/DejaVuSansMono.ttf"), family, 400, FontStyle.NORMAL, true)
                        .useFont(font("fonts/DejaVuSansMono-Bold.ttf"), family, 700, FontStyle.NORMAL, true);
            }
            builder
                    .useExternalResourceAccessControl((uri, type) -> false,
                            ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, type) -> false,
                            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withProducer("Nouage")
                    .withHtmlContent(NOT_XML.matcher(xhtml).replaceAll(""), null)
                    .toStream(out)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static FSSupplier<InputStream> font(String path) {
        return () -> {
            InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(path);
            if (in == null) {
                throw new IllegalStateException("missing font " + path);
            }
            return in;
        };
    }

    /** Sends the renderer's messages to SLF4J (its own console logger is verbose). */
    private static final class Slf4jBridge implements XRLogger {

        private static final Logger log = LoggerFactory.getLogger("com.openhtmltopdf");

        @Override
        public void log(String where, Level level, String msg) {
            log(where, level, msg, null);
        }

        @Override
        public void log(String where, Level level, String msg, Throwable th) {
            if (level.intValue() >= Level.SEVERE.intValue()) {
                log.error("{}: {}", where, msg, th);
            } else if (level.intValue() >= Level.WARNING.intValue()) {
                log.warn("{}: {}", where, msg, th);
            } else {
                log.debug("{}: {}", where, msg, th);
            }
        }

        @Override
        public void setLevel(String logger, Level level) {
            // levels are set in the logging configuration
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return diagnostic.getLevel().intValue() >= Level.WARNING.intValue() || log.isDebugEnabled();
        }
    }
}
