package org.newsfacts.spark;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newsfacts.claims.Claim;
import org.newsfacts.records.OutputJson;
import org.newsfacts.reconcile.ConflictsWriter;
import org.newsfacts.reconcile.GroupKey;
import org.newsfacts.reconcile.ReconciledGroup;
import org.newsfacts.reconcile.Reconciler;
import org.newsfacts.reconcile.StoryGroups;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code conflicts.json} from a partitioned reconciliation. Each partition holds whole shards of claims
 * ({@link Reconciler#shardKey}) and is reconciled by the CLI's reconciler and written by its
 * {@link ConflictsWriter}; shards never share a group, a check or a note, so the run's file is the partitions'
 * lists put together in the reconciler's output order: groups by their key ({@link GroupKey}'s order), then by
 * the kind of check; notes by their sentence. The sort is stable and ties stay in one shard, so the order is
 * the one a single pass makes.
 */
final class ConflictsMerge {
    /** Numbers read exactly as written, so that writing them again gives the same digits. */
    private static final ObjectMapper READ = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();
    private static final String NOTES = "notes";
    private static final String STORIES = "stories";

    private ConflictsMerge() {
    }

    /**
     * One partition's claims reconciled: the conflicts.json its claims alone make, with the run's stories
     * ({@code copies}: story → its documents, as {@link StoryGroups#copies()} gives them for the whole run).
     */
    static String reconcile(Reconciler reconciler, Iterator<String> claimLines, Map<String, List<String>> copies) {
        List<Claim> claims = new ArrayList<>();
        claimLines.forEachRemaining(line -> claims.add(ClaimLines.claim(line)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ConflictsWriter.write(out, reconciler.reconcile(claims, stories(copies)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The run's story grouping rebuilt from its result: each story's documents added with one text of their own
     * (identical within the story, different between stories), so the groups and their names, the first
     * document of each, are the run's.
     */
    static StoryGroups stories(Map<String, List<String>> copies) {
        StoryGroups stories = new StoryGroups();
        int n = 0;
        for (List<String> docs : copies.values()) {
            String text = "story" + n++;
            docs.forEach(doc -> stories.add(doc, text));
        }
        return stories;
    }

    /**
     * The partitions' files as one, written to {@code out} as the CLI's writer writes it, with the run's
     * provenance ({@code run}, null for none) first as the CLI puts it.
     */
    static void merge(List<String> partitions, OutputStream out, Object run) throws IOException {
        Map<String, List<JsonNode>> sections = new LinkedHashMap<>();
        for (String partition : partitions) {
            JsonNode file = READ.readTree(partition);
            file.fields().forEachRemaining(section -> {
                // Every partition lists all the run's stories: keep one copy of that list.
                if (STORIES.equals(section.getKey()) && sections.containsKey(STORIES)) {
                    return;
                }
                List<JsonNode> items = sections.computeIfAbsent(section.getKey(), k -> new ArrayList<>());
                section.getValue().forEach(items::add);
            });
        }
        ObjectNode merged = READ.createObjectNode();
        if (run != null) {
            merged.set("run", OutputJson.mapper().valueToTree(run));
        }
        sections.forEach((name, items) -> {
            List<JsonNode> ordered = new ArrayList<>(items);
            if (NOTES.equals(name)) {
                ordered.sort(Comparator.comparing(n -> n.path("explanation").asText()));
            } else if (!STORIES.equals(name)) {
                ordered.sort(Comparator.comparing(ConflictsMerge::key).thenComparingInt(ConflictsMerge::kind));
            }
            ArrayNode array = merged.putArray(name);
            ordered.forEach(array::add);
        });
        OutputJson.mapper().writerWithDefaultPrettyPrinter().writeValue(out, merged);
        out.write('\n');
    }

    private static GroupKey key(JsonNode group) {
        return new GroupKey(text(group, "subject"), text(group, "metric"), text(group, "period"),
                text(group, "scope"), text(group, "unit"));
    }

    private static int kind(JsonNode group) {
        String kind = text(group, "kind");
        return kind == null ? -1 : ReconciledGroup.Kind.valueOf(kind.toUpperCase(Locale.ROOT)).ordinal();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
