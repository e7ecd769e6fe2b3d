package org.newsfacts.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.newsfacts.ingest.DocumentMetadata;
import org.newsfacts.text.AnalyzedText;

import java.util.List;

/**
 * One line of {@code documents.jsonl}. The first six fields are the output contract's; the rest describe
 * the file and the text's structure (offsets into {@code text}, like every offset of the run; {@code furniture}: the
 * paragraphs no extractor read, {@code text.PageFurniture}); {@code warnings}
 * appears only on a document read in spite of a problem (a corrupt encoding), naming it. The result cache keeps
 * a document as this record too, so a field added here is written and cached alike.
 */
@JsonPropertyOrder({"doc", "sha256", "status", "error", "lang", "text"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DocumentRecord(String doc, String sha256, String status, String error, String lang, String text,
                             String mediaType, String charset, String title, String outlet, String published,
                             List<Block> paragraphs, List<Block> sentences, List<Block> furniture,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> warnings) {

    /** A paragraph or sentence: its span and language, as the file's three fields (not a {@code text.Span}). */
    public record Block(int start, int end, String lang) {
    }

    /** A document that could not be read or processed: its error, and nothing else. */
    public static DocumentRecord failed(String doc, String sha256, String error) {
        return new DocumentRecord(doc, sha256, "error", error, null, null, null, null, null, null, null, List.of(),
                List.of(), List.of(), List.of());
    }

    /** A document the text stages analysed. */
    public static DocumentRecord ok(String doc, String sha256, String mediaType, String charset,
                                    DocumentMetadata meta, AnalyzedText text, List<String> warnings) {
        return new DocumentRecord(doc, sha256, "ok", null, text.lang().code(), text.text(), mediaType, charset,
                meta.title(), meta.outlet(), meta.published() == null ? null : meta.published().toString(),
                text.paragraphs().stream().map(p -> new Block(p.start(), p.end(), p.lang().code())).toList(),
                text.sentences().stream().map(s -> new Block(s.start(), s.end(), s.lang().code())).toList(),
                text.paragraphs().stream().filter(p -> text.isFurniture(p.start()))
                        .map(p -> new Block(p.start(), p.end(), p.lang().code())).toList(),
                warnings);
    }
}
