package org.newsfacts.spark;

import org.newsfacts.claims.Claim;
import org.newsfacts.records.ConflictsRecord;
import org.newsfacts.records.Provenance;
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
    static void merge(List<String> partitions, OutputStream out, Provenance run) throws IOException {
        List<ConflictsRecord.Group> conflicts = new ArrayList<>();
        List<ConflictsRecord.Group> agreements = new ArrayList<>();
        List<ConflictsRecord.Group> doubts = new ArrayList<>();
        List<ConflictsRecord.Note> notes = new ArrayList<>();
        List<ConflictsRecord.Story> stories = List.of();
        int n = 0;
        for (String partition : partitions) {
            ConflictsRecord file = ConflictsRecord.read(partition, "partition " + n++ + " of conflicts.json");
            conflicts.addAll(file.conflicts());
            agreements.addAll(file.agreements());
            doubts.addAll(file.doubts());
            notes.addAll(file.notes());
            // Every partition lists all the run's stories: keep one copy of that list.
            stories = file.stories();
        }
        for (List<ConflictsRecord.Group> groups : List.of(conflicts, agreements, doubts)) {
            groups.sort(Comparator.comparing(ConflictsMerge::key).thenComparingInt(ConflictsMerge::kind));
        }
        notes.sort(Comparator.comparing(ConflictsRecord.Note::explanation));
        ConflictsWriter.write(out, new ConflictsRecord(run, conflicts, agreements, doubts, notes, stories));
    }

    private static GroupKey key(ConflictsRecord.Group group) {
        return new GroupKey(group.subject(), group.metric(), group.period(), group.scope(), group.unit());
    }

    private static int kind(ConflictsRecord.Group group) {
        return group.kind() == null ? -1
                : ReconciledGroup.Kind.valueOf(group.kind().toUpperCase(Locale.ROOT)).ordinal();
    }
}
