package org.newsfacts.pipeline;

import org.newsfacts.ingest.DocumentMetadata;
import org.newsfacts.text.AnalyzedText;

/**
 * Everything the per-article stages make of one input file. A file that failed carries its error and no
 * text; one that succeeded carries no error.
 */
public record ArticleResult(String doc, String sha256, String error, String mediaType, String charset,
                            DocumentMetadata metadata, AnalyzedText text) {

    public static ArticleResult failed(String doc, String sha256, String error) {
        return new ArticleResult(doc, sha256, error, null, null, DocumentMetadata.NONE, null);
    }

    public boolean ok() {
        return error == null;
    }
}
