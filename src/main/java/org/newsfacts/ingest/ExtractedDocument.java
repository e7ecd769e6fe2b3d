package org.newsfacts.ingest;

/**
 * What a reader gets out of a file: its raw text (before any repair) and the metadata carried beside it,
 * in the manner of Tika's content + {@code Metadata} pair.
 */
public record ExtractedDocument(String text, String mediaType, String charset, DocumentMetadata metadata) {
}
