package org.newsfacts.evaluate;

import org.newsfacts.records.MentionRecord;
import org.newsfacts.text.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Clusters and people, scored as sets per document: which entities an article names, not how often.
 * Gold gives a cluster's WIPO id and a person's name; {@code mentions.jsonl} gives the same in its
 * {@code id}. Names are compared in matching form, so 周一鳴 is 周一鸣 and an en dash is a hyphen.
 */
public final class MentionScorer implements CategoryScorer {

    public static final String CLUSTERS = "clusters";
    public static final String PEOPLE = "people";

    /** A named entity in gold, with what helps a reader find it (a cluster's surfaces, a person's title). */
    private record GoldEntity(String name, String hint) {
    }

    private final String category;
    private final String mentionType;
    private final Function<GoldDocument, List<GoldEntity>> goldEntities;

    private MentionScorer(String category, String mentionType, Function<GoldDocument, List<GoldEntity>> goldEntities) {
        this.category = category;
        this.mentionType = mentionType;
        this.goldEntities = goldEntities;
    }

    public static MentionScorer clusters() {
        return new MentionScorer(CLUSTERS, "cluster", gold -> gold.clusters().stream()
                .map(c -> new GoldEntity(c.id(), c.surface() == null ? null : String.join(" / ", c.surface())))
                .toList());
    }

    public static MentionScorer people() {
        return new MentionScorer(PEOPLE, "person", gold -> gold.people().stream()
                .map(p -> new GoldEntity(p.name(), p.title()))
                .toList());
    }

    @Override
    public String category() {
        return category;
    }

    @Override
    public List<String> attributes() {
        return List.of();
    }

    @Override
    public CategoryResult score(EvaluationScope scope) {
        if (scope.run().mentions().isEmpty()) {
            return CategoryResult.notScored(category, CategoryResult.Status.NOT_PRODUCED,
                    OutputRun.MENTIONS + " not in output folder");
        }
        CategoryTally tally = new CategoryTally(category, attributes());
        List<MentionRecord> ofType = scope.run().mentions().get().stream()
                .filter(m -> Labels.same(mentionType, m.type()))
                .toList();
        Map<String, List<MentionRecord>> byDoc = EvaluationScope.byDoc(ofType, MentionRecord::doc);
        for (ScoredDocument document : scope.documents()) {
            List<MentionRecord> predicted = document.outputDoc() == null
                    ? List.of() : byDoc.getOrDefault(document.outputDoc(), List.of());
            scoreDocument(document, predicted, tally);
        }
        return tally.result();
    }

    private void scoreDocument(ScoredDocument document, List<MentionRecord> predicted, CategoryTally tally) {
        Map<String, GoldEntity> gold = new LinkedHashMap<>();
        goldEntities.apply(document.gold()).forEach(entity -> gold.putIfAbsent(MatchText.normalize(entity.name()), entity));
        Map<String, List<MentionRecord>> found = new LinkedHashMap<>();
        predicted.stream()
                .filter(m -> name(m) != null && !MatchText.normalize(name(m)).isEmpty())
                .forEach(m -> found.computeIfAbsent(MatchText.normalize(name(m)), k -> new ArrayList<>()).add(m));
        String unscorable = document.unscorable().orElse(null);
        gold.forEach((key, entity) -> {
            if (found.containsKey(key)) {
                tally.truePositive();
            } else {
                tally.miss(new Miss(document.goldDoc(), entity.name(), entity.hint(), null,
                        unscorable != null ? unscorable : "never mentioned"));
            }
        });
        String text = document.text().original();
        found.forEach((key, mentions) -> {
            if (!gold.containsKey(key)) {
                MentionRecord first = mentions.get(0);
                tally.falseHit(new FalseHit(first.doc(), name(first),
                        Snippets.around(text, Span.checked(first.start(), first.end(), text.length())), null, null,
                        mentions.size() + (mentions.size() == 1 ? " mention" : " mentions")));
            }
        });
    }

    /** The canonical id, or the surface where a stage left the id out. */
    private static String name(MentionRecord mention) {
        return mention.id() == null || mention.id().isBlank() ? mention.surface() : mention.id();
    }
}
