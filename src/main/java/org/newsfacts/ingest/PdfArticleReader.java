package org.newsfacts.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.util.List;

/**
 * Reads a PDF through PDFBox (the library Tika's own PDF parser drives) and rebuilds its paragraphs from the
 * page layout ({@link PdfLayout}): Tika hands over only the text, and once the positions are gone, whether a
 * line break ends a paragraph can only be guessed from the words.
 */
final class PdfArticleReader {
    static final String MEDIA_TYPE = "application/pdf";

    ExtractedDocument read(byte[] content, int maxChars) throws ReadFailure {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw new ReadFailure("document is encrypted and does not permit text extraction");
            }
            List<PrintedLine> lines = PdfLineCollector.collect(document, maxChars);
            String text = PdfLayout.text(lines);
            if (text.isBlank()) {
                throw new ReadFailure("no text could be extracted (detected type " + MEDIA_TYPE
                        + "; scanned pages without a text layer are not read)");
            }
            String title = document.getDocumentInformation().getTitle();
            return new ExtractedDocument(text, MEDIA_TYPE, null,
                    new DocumentMetadata(TikaArticleReader.blankToNull(title), null, null), true);
        } catch (InvalidPasswordException e) {
            throw new ReadFailure("document is encrypted (password protected); cannot read its text", e);
        } catch (PdfLineCollector.TooMuchText e) {
            throw new ReadFailure(e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new ReadFailure("cannot parse as " + MEDIA_TYPE + ": " + TikaArticleReader.rootMessage(e), e);
        }
    }
}
