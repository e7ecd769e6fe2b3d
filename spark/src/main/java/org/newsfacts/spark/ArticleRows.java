package org.newsfacts.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsfacts.records.ClaimRecord;
import org.newsfacts.records.OutputJson;
import org.newsfacts.pipeline.ArticleResult;

import java.io.Serializable;
import java.util.List;

/**
 * One article's output lines, made on the executor that processed it by the CLI's own record types and JSON
 * settings, so each line is byte for byte what {@code newsfacts extract} writes. Claims still carry the
 * period the article gave; the run's editions are applied once the newest is known (see {@code SparkExtract}).
 * {@code storyText} is what the reconciler's story grouping reads (the matching view), null for a failed file.
 */
record ArticleRows(String doc, boolean ok, String error, String edition, String document, List<String> figures,
                   List<String> mentions, List<String> quotes, List<String> claims, String storyText)
        implements Serializable {

    static ArticleRows of(ArticleResult r) {
        ObjectMapper lines = OutputJson.mapper();
        return new ArticleRows(r.doc(), r.ok(), r.error(), r.edition(), json(lines, r.document()),
                r.figures().stream().map(f -> json(lines, f)).toList(),
                r.mentions().stream().map(m -> json(lines, m)).toList(),
                r.quotes().stream().map(q -> json(lines, q)).toList(),
                r.claims().stream().map(c -> json(lines, ClaimRecord.of(c))).toList(),
                r.text() == null ? null : r.text().matchingView().text());
    }

    static String json(ObjectMapper mapper, Object record) {
        try {
            return mapper.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + record, e);
        }
    }
}
