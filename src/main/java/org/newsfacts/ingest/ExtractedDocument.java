package org.newsfacts.ingest;

import java.util.List;

/**
 * What a reader gets out of a file: its raw text and the metadata carried beside it, in the manner of Tika's
 * content + {@code Metadata} pair.
 *
 * @param paragraphsKnown the reader has already rebuilt the paragraphs (one a line) from the file's layout, so
 *                        the text stages must not join its lines again by their look
 * @param warnings        doubts about the reading (an uncertain encoding, undecodable bytes) that did not stop it
 */
public record ExtractedDocument(String text, String mediaType, String charset, DocumentMetadata metadata,
                                boolean paragraphsKnown, List<String> warnings) {

    public ExtractedDocument {
        warnings = List.copyOf(warnings);
    }

    public ExtractedDocument(String text, String mediaType, String charset, DocumentMetadata metadata,
                             boolean paragraphsKnown) {
        this(text, mediaType, charset, metadata, paragraphsKnown, List.of());
    }

    /** Text whose line breaks are as the file had them. */
    public ExtractedDocument(String text, String mediaType, String charset, DocumentMetadata metadata) {
        this(text, mediaType, charset, metadata, false);
    }
}
