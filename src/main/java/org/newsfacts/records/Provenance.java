package org.newsfacts.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Where a result came from: the program's version (the POM's, filtered into {@code version.properties}), when
 * it ran, what it read, and a fingerprint of {@code models/} (SHA-256 over every file's path and bytes), so two
 * outputs can be told apart by what made them.
 */
@JsonPropertyOrder({"version", "run_date", "inputs", "models_fingerprint"})
public record Provenance(String version, String runDate, List<String> inputs, String modelsFingerprint) {
    private static final String VERSION = readVersion();

    public static Provenance of(List<String> inputs, Path modelsDir) {
        return new Provenance(VERSION, runDate(java.time.Instant.now()), List.copyOf(inputs),
                modelsFingerprint(modelsDir));
    }

    /**
     * RFC 3339 in UTC to the second, seconds always written: {@code 2026-12-06T20:03:00Z}. (OffsetDateTime's
     * toString leaves out zero seconds, "20:03Z", which is no RFC 3339 date-time: one run a minute failed the
     * schema.)
     */
    static String runDate(java.time.Instant now) {
        return now.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The version of this build, e.g. {@code 0.1.0}. */
    public static String buildVersion() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = Provenance.class.getResourceAsStream("/org/newsfacts/version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null && !v.isBlank() && !v.startsWith("${")) {
                    return v.strip();
                }
            }
        } catch (IOException e) {
            // Falls through to the manifest.
        }
        String manifest = Provenance.class.getPackage().getImplementationVersion();
        return manifest != null ? manifest : "unknown";
    }

    /** SHA-256 over every file under {@code modelsDir}, in path order, with its relative path. */
    public static String modelsFingerprint(Path modelsDir) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        try (Stream<Path> files = Files.walk(modelsDir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(modelsDir.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + modelsDir, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
