package fr.nouage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.microsoft.playwright.APIResponse;

import fr.nouage.support.LivingDemoTest;

/**
 * The pages are valid HTML for the W3C Nu checker (the one behind validator.w3.org/nu), with no
 * error. The checker (nu.validator 20.7.2) runs in a JVM of its own, on the ICU it was built for
 * (58.2, copied to target/nu-validator by the build), since the platform's plurals need ICU 79.
 */
class HtmlValidityIT extends LivingDemoTest {

    private static final String T = "/territoires/248500662";

    @TempDir
    Path pages;

    @Test
    void thePagesOfTheDemoAreValidHtml() throws Exception {
        signIn("dg-248500662@demo.nouage.fr");
        page.navigate(T + "/reunions");
        String meeting = page.locator("section[aria-labelledby=passees] tbody a").first().getAttribute("href");
        String upcoming = page.locator("section[aria-labelledby=a-venir] tbody a").first().getAttribute("href");
        Map<String, Path> files = new LinkedHashMap<>();
        for (String path : List.of("/", T, T + "/calendrier", T + "/reunions", upcoming, meeting,
                meeting + "/compte-rendu", T + "/instances", T + "/charte", T + "/actions", T + "/consultations",
                T + "/consultations/nouvelle", T + "/parite", T + "/rotation", T + "/fiche", T + "/flux",
                T + "/reunions/nouvelle", T + "/seances/nouvelle", T + "/projets", "/notifications")) {
            APIResponse response = context.request().get(path);
            assertThat(response.status()).as(path).isEqualTo(200);
            Path file = pages.resolve("page-" + files.size() + ".html");
            Files.writeString(file, response.text(), StandardCharsets.UTF_8);
            files.put(path, file);
        }
        // a broken page checked with them shows that the checker does report errors
        Path broken = pages.resolve("broken.html");
        Files.writeString(broken, "<!DOCTYPE html><html lang=\"fr\"><title>x</title><p>un <span>texte</div>");
        files.put("control", broken);
        List<String> errors = check(files);
        assertThat(errors).as("the broken control page").anyMatch(e -> e.startsWith("\"control\""));
        assertThat(errors).filteredOn(e -> !e.startsWith("\"control\"")).isEmpty();
    }

    /** The checker's errors, each with the path of its page. */
    private static List<String> check(Map<String, Path> files) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-Xss8m", "-cp", checkerClassPath(),
                "nu.validator.client.SimpleCommandLineValidator", "--errors-only", "--format", "gnu"));
        files.values().forEach(f -> command.add(f.toString()));
        Path output = Files.createTempFile("nu-validator", ".txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("the checker ends").isTrue();
        String report = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(report).as("the checker ran").doesNotContain("Exception in thread", "ClassNotFoundException");
        List<String> errors = new ArrayList<>();
        // GNU format: "file":line.column-line.column: error: message (the rest is the checker's log)
        for (String line : report.lines().filter(l -> l.contains(": error:") || l.contains(": fatal")).toList()) {
            String named = line;
            for (Map.Entry<String, Path> e : files.entrySet()) {
                named = named.replace("file:" + e.getValue(), e.getKey()).replace(e.getValue().toString(), e.getKey());
            }
            errors.add(named);
        }
        if (process.exitValue() != 0 && errors.isEmpty()) {
            errors.add("the checker ended with " + process.exitValue() + ": " + report);
        }
        return errors;
    }

    /** The test class path with the checker's own ICU in place of the platform's. */
    private static String checkerClassPath() {
        String testPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path icu = Paths.get("target", "nu-validator", "icu4j-58.2.jar").toAbsolutePath();
        assertThat(icu).as("copied by the build (pre-integration-test)").exists();
        List<String> entries = Arrays.stream(testPath.split(File.pathSeparator))
                .filter(e -> !e.contains(File.separator + "icu4j" + File.separator))
                .collect(Collectors.toCollection(ArrayList::new));
        entries.add(0, icu.toString());
        return String.join(File.pathSeparator, entries);
    }
}
