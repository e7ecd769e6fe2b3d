package org.newsfacts.ingest;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The messages between {@link ForkedArticleReader} and a {@link ParserProcess}: length-prefixed UTF-8 strings
 * and byte arrays on the child's standard input and output. Hand-rolled rather than Java serialization so a
 * child can never make the parent build objects of its choosing.
 */
final class ParserProtocol {
    static final int READY = 0x4E465250; // "NFRP": the child has loaded Tika and waits for work
    static final byte OK = 0;
    static final byte FAILED = 1;
    /** Bounds what the parent will allocate for one reply (text is at most maxChars chars, 3 bytes each). */
    static final int MAX_STRING_BYTES = 64 << 20;

    private ParserProtocol() {
    }

    static void writeRequest(DataOutputStream out, String fileName, byte[] content) throws IOException {
        writeString(out, fileName);
        out.writeInt(content.length);
        out.write(content);
        out.flush();
    }

    static void writeResult(DataOutputStream out, ExtractedDocument doc) throws IOException {
        out.writeByte(OK);
        writeString(out, doc.text());
        writeString(out, doc.mediaType());
        writeString(out, doc.charset());
        DocumentMetadata meta = doc.metadata();
        writeString(out, meta.title());
        writeString(out, meta.outlet());
        writeString(out, meta.published() == null ? null : meta.published().toString());
        out.writeBoolean(doc.paragraphsKnown());
        out.writeInt(doc.warnings().size());
        for (String w : doc.warnings()) {
            writeString(out, w);
        }
        out.flush();
    }

    static void writeFailure(DataOutputStream out, String message) throws IOException {
        out.writeByte(FAILED);
        writeString(out, message);
        out.flush();
    }

    /** The child's answer: the document, or a {@link ReadFailure} with the child's message. */
    static ExtractedDocument readReply(DataInputStream in) throws IOException, ReadFailure {
        byte status = in.readByte();
        if (status == FAILED) {
            throw new ReadFailure(readString(in));
        }
        if (status != OK) {
            throw new IOException("parser process sent an unknown reply (" + status + ")");
        }
        String text = readString(in);
        String mediaType = readString(in);
        String charset = readString(in);
        String title = readString(in);
        String outlet = readString(in);
        String published = readString(in);
        boolean paragraphsKnown = in.readBoolean();
        int n = in.readInt();
        if (n < 0 || n > 1000) {
            throw new IOException("parser process sent " + n + " warnings");
        }
        List<String> warnings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            warnings.add(readString(in));
        }
        return new ExtractedDocument(text, mediaType, charset,
                new DocumentMetadata(title, outlet, published == null ? null : LocalDate.parse(published)), paragraphsKnown,
                warnings);
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        byte[] bytes = readBytes(in, MAX_STRING_BYTES);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /** Null for the null marker; EOF when the stream ends first. */
    static byte[] readBytes(DataInputStream in, int max) throws IOException {
        int n = in.readInt();
        if (n == -1) {
            return null;
        }
        if (n < -1 || n > max) {
            throw new IOException("message of " + n + " bytes, over the limit of " + max);
        }
        byte[] bytes = new byte[n];
        in.readFully(bytes);
        return bytes;
    }

    static boolean awaitRequest(DataInputStream in) throws IOException {
        in.mark(1);
        if (in.read() < 0) {
            return false;
        }
        in.reset();
        return true;
    }

    static EOFException ended() {
        return new EOFException("parser process ended");
    }
}
