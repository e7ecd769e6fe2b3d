package org.newsfacts.ingest;

/**
 * What a reader gets out of a file: its raw text and the metadata carried beside it, in the manner of Tika's
 * content + {@code Metadata} pair.
 *
 * @param paragraphsKnown the reader has already rebuilt the paragraphs (one a line) from the file's layout, so
 *                        the text stages must not join its lines again by their look
 */
public record ExtractedDocument(String text, String mediaType, String charset, DocumentMetadata metadata,
                                boolean paragraphsKnown) {

    /** Text whose line breaks are as the file had them. */
    public ExtractedDocument(String text, String mediaType, String charset, DocumentMetadata metadata) {
        this(text, mediaType, charset, metadata, false);
    }
}
