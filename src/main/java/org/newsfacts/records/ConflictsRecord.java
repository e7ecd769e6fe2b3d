package org.newsfacts.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/**
 * The whole of {@code conflicts.json}: written by {@code reconcile.ConflictsWriter} from a reconciliation, and read
 * back through {@link #read} by whatever reads a run's groups (the evaluator, {@code check}'s stories, the Spark
 * job's merge of its partitions), so a field added here is written and read alike. Each group starts with the
 * output contract's fields (subject, metric, period, claims, values, explanation), then what an editor or a tool
 * needs besides: the ranking scope and unit, what kind of check decided it, how many articles it spans, and the
 * derived checks with their numbers.
 *
 * <p>The contract's fields are required when read ({@code conflicts}, {@code agreements}; a group's six, a
 * value's four, as {@code schemas/conflicts.schema.json} says); the project's additions may be missing (a file
 * another tool wrote to the contract), and read as null or an empty list.
 */
@JsonPropertyOrder({"run", "conflicts", "agreements", "doubts", "notes", "stories"})
public record ConflictsRecord(@JsonInclude(JsonInclude.Include.NON_NULL) Provenance run,
                              @JsonProperty(required = true) List<Group> conflicts,
                              @JsonProperty(required = true) List<Group> agreements,
                              List<Group> doubts, List<Note> notes, List<Story> stories) {
    /** The file's name in a run's output folder. */
    public static final String FILE = "conflicts.json";

    public ConflictsRecord {
        conflicts = listOf(conflicts);
        agreements = listOf(agreements);
        doubts = listOf(doubts);
        notes = listOf(notes);
        stories = listOf(stories);
    }

    /**
     * A group of claims on one key (subject, metric, period, scope, unit), with every value and the verdict:
     * {@code kind} is what it rests on ({@code values_agree}, {@code values_disagree}, …), {@code docs} how many
     * articles it spans (null in a file without it).
     */
    @JsonPropertyOrder({"subject", "metric", "period", "claims", "values", "explanation", "scope", "unit", "kind",
            "docs", "share_checks"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Group(@JsonProperty(required = true) String subject, @JsonProperty(required = true) String metric,
                        @JsonProperty(required = true) String period,
                        @JsonProperty(required = true) List<String> claims,
                        @JsonProperty(required = true) List<Value> values,
                        @JsonProperty(required = true) String explanation, String scope, String unit, String kind,
                        Integer docs, List<ShareCheck> shareChecks) {
        public Group {
            claims = listOf(claims);
            values = listOf(values);
            shareChecks = listOf(shareChecks);
        }
    }

    /**
     * One claim's figure in a group, with the range it allows ({@code allows_low}, {@code allows_high}; null:
     * unbounded) and its evidence; the claim's own fields as in claims.jsonl.
     */
    @JsonPropertyOrder({"doc", "value", "unit", "qualifier", "surface", "sentence", "start", "end", "said_by",
            "claim_id", "subject", "metric", "outlet", "published", "allows_low", "allows_high", "allows", "story",
            "binding", "confidence"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Value(@JsonProperty(required = true) String doc, @JsonProperty(required = true) BigDecimal value,
                        @JsonProperty(required = true) String unit, @JsonProperty(required = true) String qualifier,
                        String surface, String sentence, Integer start, Integer end, String saidBy, String claimId,
                        String subject, String metric, String outlet, String published, BigDecimal allowsLow,
                        BigDecimal allowsHigh, String allows, String story, String binding, BigDecimal confidence) {
    }

    /**
     * A derived check of a group's shares against one article's (the anchor's) counts: the world total all the
     * anchor's pairs allow, the share the subject's count then implies, and which claims it rules out.
     */
    @JsonPropertyOrder({"anchor_doc", "subject", "share_metric", "count_metric", "subject_count_claims",
            "world_total_low", "world_total_high", "implied_share_low", "implied_share_high", "pairs", "fitting",
            "contradicted", "explanation"})
    public record ShareCheck(String anchorDoc, String subject, String shareMetric, String countMetric,
                             List<String> subjectCountClaims, BigDecimal worldTotalLow, BigDecimal worldTotalHigh,
                             BigDecimal impliedShareLow, BigDecimal impliedShareHigh, List<Pair> pairs,
                             List<String> fitting, List<String> contradicted, String explanation) {
    }

    /** One of the anchor's pairs for another subject, the world total it implies, the claims of its count and share. */
    @JsonPropertyOrder({"subject", "count", "share", "world_total_low", "world_total_high", "claims"})
    public record Pair(String subject, BigDecimal count, BigDecimal share, BigDecimal worldTotalLow,
                       BigDecimal worldTotalHigh, List<String> claims) {
    }

    /** Something the reconciler noticed but did not judge ({@code units_not_compared}, …). */
    @JsonPropertyOrder({"kind", "subject", "metric", "period", "scope", "docs", "claims", "explanation"})
    public record Note(@JsonProperty(required = true) String kind, String subject, String metric, String period,
                       String scope, List<String> docs, List<String> claims,
                       @JsonProperty(required = true) String explanation) {
    }

    /** Documents that are copies of one story, named by the first of them. */
    @JsonPropertyOrder({"story", "docs"})
    public record Story(@JsonProperty(required = true) String story, @JsonProperty(required = true) List<String> docs) {
        public Story {
            docs = listOf(docs);
        }
    }

    /**
     * Reads {@code file}. A file that is not JSON, lacks a field the contract requires or holds a field of the
     * wrong type is a {@link MalformedFile} naming the file, the line and column, and the field's path
     * ({@code conflicts[0].values[1].value}); fields this version does not know are passed over.
     */
    public static ConflictsRecord read(Path file) throws IOException {
        try {
            return nonEmpty(OutputJson.reader(ConflictsRecord.class).readValue(file.toFile()), file.toString());
        } catch (JsonProcessingException e) {
            throw malformed(file.toString(), e);
        }
    }

    /** Reads one conflicts.json's content, {@code name} saying where it came from in an error. */
    public static ConflictsRecord read(String json, String name) throws IOException {
        try {
            return nonEmpty(OutputJson.reader(ConflictsRecord.class).readValue(json), name);
        } catch (JsonProcessingException e) {
            throw malformed(name, e);
        }
    }

    private static ConflictsRecord nonEmpty(ConflictsRecord record, String name) throws MalformedFile {
        if (record == null) {
            throw new MalformedFile(name, "empty, not a conflicts.json", null);
        }
        return record;
    }

    /** {@code file: line 12, column 7, at conflicts[0].values[1].value: <what was wrong>}. */
    private static MalformedFile malformed(String name, JsonProcessingException e) {
        StringBuilder where = new StringBuilder();
        JsonLocation at = e.getLocation();
        if (at != null && at.getLineNr() > 0) {
            where.append("line ").append(at.getLineNr()).append(", column ").append(at.getColumnNr());
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            where.append(where.length() == 0 ? "" : ", ").append("at ").append(path(mapping.getPath()));
        }
        String message = e.getOriginalMessage();
        where.append(where.length() == 0 ? "" : ": ").append("not a conflicts.json: ").append(message == null
                ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(""));
        return new MalformedFile(name, where.toString(), e);
    }

    /** {@code conflicts[0].values[1].value}, the field's place in the file. */
    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : references) {
            if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            } else if (r.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
            }
        }
        return path.toString();
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
