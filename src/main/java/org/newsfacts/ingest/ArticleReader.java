package org.newsfacts.ingest;

/** Reads one file into text and metadata. Implementations are stateless and safe to share across threads. */
public interface ArticleReader {
    ExtractedDocument read(SourceFile file, byte[] content) throws ReadFailure;
}
