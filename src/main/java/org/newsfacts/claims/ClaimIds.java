package org.newsfacts.claims;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Claim ids that stay the same from run to run: they depend only on the article's bytes, where the figure
 * sits, and what it is bound to — not on file order, thread timing or the run's date.
 */
public final class ClaimIds {
    /** 16 hex digits (64 bits): collisions stay negligible for billions of claims. */
    public static final int LENGTH = 16;

    private ClaimIds() {
    }

    /**
     * The id of a claim: the first 16 hex digits of SHA-256 over the document's SHA-256, the figure's span,
     * its metric and its subject. The subject is part of the id because one figure can make claims about
     * several subjects with the same metric: "tied at five apiece" / 中美…各佔5席 is a top-15 count for China
     * and one for the United States, read from the same five characters.
     */
    public static String of(String docSha256, int start, int end, String metric, String subject) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
        // A separator that cannot occur in any of the parts keeps ("ab", "c") apart from ("a", "bc").
        String material = String.join("\u0000", String.valueOf(docSha256), Integer.toString(start),
                Integer.toString(end), String.valueOf(metric), String.valueOf(subject));
        byte[] digest = sha.digest(material.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest).substring(0, LENGTH);
    }
}
