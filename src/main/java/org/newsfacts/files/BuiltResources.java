package org.newsfacts.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/**
 * Tables the build compiles into the jar (mvn process-classes) and a run reads whole at start: OpenCC's
 * conversion table, the language model's table. A missing one is a broken build, not bad input, so it fails the
 * start with how to make it.
 */
public final class BuiltResources {
    private BuiltResources() {
    }

    /** The bytes of {@code name}, beside {@code owner} on the classpath, written by the build from {@code source}. */
    public static ByteBuffer read(Class<?> owner, String name, String source) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the classpath: the build writes it "
                        + "(mvn process-classes) from " + source);
            }
            return ByteBuffer.wrap(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
