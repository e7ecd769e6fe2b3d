package org.newsfacts.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The main class of a parser process (a child JVM of our own jar, started by {@link ForkedArticleReader}):
 * reads files from standard input, parses them with Tika (and Readability for web pages) and writes the text
 * back. Whatever a hostile file does to the parser (loops, runs out of heap) happens here, where the parent can
 * kill it, instead of in the batch run. The process ends when its standard input closes, so it never outlives
 * the run, even when the run itself is killed.
 */
public final class ParserProcess {
    private ParserProcess() {
    }

    public static void main(String[] args) throws IOException {
        // Standard output carries the protocol: a library that prints must not corrupt it.
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        ReadLimits limits = new ReadLimits(Long.MAX_VALUE, Integer.parseInt(args[0]), Duration.ZERO,
                Integer.parseInt(args[1]), 0);
        TikaArticleReader reader = new TikaArticleReader(limits);
        out.writeInt(ParserProtocol.READY);
        out.flush();
        while (ParserProtocol.awaitRequest(in)) {
            String name = ParserProtocol.readString(in);
            byte[] content = ParserProtocol.readBytes(in, Integer.MAX_VALUE - 16);
            if (name == null || content == null) {
                return;
            }
            SourceFile file = new SourceFile(Path.of(safeName(name)), name, content.length);
            try {
                ParserProtocol.writeResult(out, reader.read(file, content));
            } catch (ReadFailure e) {
                ParserProtocol.writeFailure(out, e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                // A parser's defect on odd input costs this file, not the process.
                ParserProtocol.writeFailure(out, "internal error while parsing: " + TikaArticleReader.rootMessage(e));
            }
        }
    }

    /** The file name alone (no folders), for Tika's type detection by extension. */
    private static String safeName(String name) {
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        base = base.replace('\0', '_');
        return base.isEmpty() ? "file" : base;
    }
}
