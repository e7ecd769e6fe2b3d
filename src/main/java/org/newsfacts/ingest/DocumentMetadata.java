package org.newsfacts.ingest;

import java.time.LocalDate;

/** Title, outlet and publication date, where the file or its text gives them; each may be null. */
public record DocumentMetadata(String title, String outlet, LocalDate published) {
    public static final DocumentMetadata NONE = new DocumentMetadata(null, null, null);

    /** This metadata with its gaps filled from {@code other}. */
    public DocumentMetadata orElse(DocumentMetadata other) {
        return new DocumentMetadata(
                title != null ? title : other.title,
                outlet != null ? outlet : other.outlet,
                published != null ? published : other.published);
    }
}
