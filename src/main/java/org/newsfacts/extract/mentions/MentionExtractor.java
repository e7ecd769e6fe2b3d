package org.newsfacts.extract.mentions;

import org.newsfacts.files.LexiconFile;
import org.newsfacts.text.ArticleView;
import org.newsfacts.text.TimeLimit;
import org.newsfacts.text.AnalyzedText;
import org.newsfacts.text.Span;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the innovation clusters, people and organisations an article names. Built once from the data files
 * under {@code models/} (clusters.tsv, cluster-context.txt, titles.txt, surnames.txt, organisations.tsv,
 * org-suffixes.txt, people.txt, speech-verbs.txt, english-non-names.txt); immutable, so one instance serves every thread.
 *
 * <pre>{@code
 * MentionExtractor mentions = MentionExtractor.load(Path.of("models"));
 * List<Mention> found = mentions.extract(textAnalyzer.analyze(raw));
 * }</pre>
 */
public final class MentionExtractor {
    private final ChineseSegmenter segmenter;
    private final ClusterRecognizer clusters;
    private final OrganisationRecognizer organisations;
    private final ChinesePersonRecognizer chinesePeople;
    private final EnglishPersonRecognizer englishPeople;

    private MentionExtractor(ChineseSegmenter segmenter, ClusterRecognizer clusters,
                             OrganisationRecognizer organisations, ChinesePersonRecognizer chinesePeople,
                             EnglishPersonRecognizer englishPeople) {
        this.segmenter = segmenter;
        this.clusters = clusters;
        this.organisations = organisations;
        this.chinesePeople = chinesePeople;
        this.englishPeople = englishPeople;
    }

    public static MentionExtractor load(Path modelsDir) {
        ChineseSegmenter segmenter = new ChineseSegmenter();
        ClusterGazetteer gazetteer = ClusterGazetteer.load(modelsDir.resolve("mentions/clusters.tsv"));
        RankingContext context = RankingContext.load(modelsDir.resolve("mentions/cluster-context.txt"));
        OrganisationLexicon orgLexicon = OrganisationLexicon.load(modelsDir);
        TitleLexicon titles = TitleLexicon.load(modelsDir.resolve("mentions/titles.txt"));
        Surnames surnames = Surnames.load(modelsDir.resolve("mentions/surnames.txt"));
        LexiconFile speech = LexiconFile.read(modelsDir.resolve("quotes/speech-verbs.txt"));
        List<String> chineseVerbs = new ArrayList<>();
        speech.section("verbs").forEach(v -> chineseVerbs.add(MatchingForm.of(v)));
        List<String> knownPeople = new ArrayList<>();
        for (String line : LexiconFile.read(modelsDir.resolve("mentions/people.txt")).lines()) {
            knownPeople.add(MatchingForm.of(line.split("\t")[0].strip()));
        }
        Set<String> nonNames = new HashSet<>(LexiconFile.read(modelsDir.resolve("mentions/english-non-names.txt")).lines());
        nonNames.addAll(orgLexicon.latinWords());
        nonNames.addAll(gazetteer.latinWords());
        // "Productivity Council said": the last word of an organisation's name is no person's.
        nonNames.addAll(LexiconFile.read(modelsDir.resolve("mentions/org-suffixes.txt")).section("english"));
        // Honorifics are no part of a name (Datuk Armizan Mohd Ali is Armizan Mohd Ali); "Tan" of "Tan Sri" is
        // also a surname, so only the honorific's other words are kept out.
        for (String honorific : titles.honorifics()) {
            String[] words = honorific.replace(".", "").replace("'", "").split(" ");
            for (int k = words.length == 1 ? 0 : 1; k < words.length; k++) {
                nonNames.add(words[k]);
            }
        }
        return new MentionExtractor(segmenter, new ClusterRecognizer(gazetteer, context),
                new OrganisationRecognizer(orgLexicon, segmenter),
                new ChinesePersonRecognizer(titles, surnames, List.copyOf(chineseVerbs), List.copyOf(knownPeople)),
                new EnglishPersonRecognizer(titles, nonNames, speech.section("english-verbs")));
    }

    /** Every mention in the article, in text order; offsets and surfaces refer to {@code text.text()}. */
    public List<Mention> extract(AnalyzedText text) {
        ArticleView article = text.view();
        List<Token> tokens = segmenter.segment(article);
        TimeLimit.check();
        List<Mention> orgs = organisations.recognise(article, tokens);
        List<Span> orgSpans = viewSpans(article, orgs);
        TimeLimit.check();
        List<Mention> clusterMentions = clusters.recognise(article, tokens, orgSpans);
        // A name inside a cluster or a named organisation is not a person; one inside a guessed organisation is
        // (HanLP reads 孫東聯同創科署 as one organisation): there the organisation gives way.
        List<Span> blocked = new ArrayList<>(viewSpans(article, clusterMentions));
        blocked.addAll(viewSpans(article, orgs.stream().filter(organisations::isNamed).toList()));
        TimeLimit.check();
        List<ChinesePersonRecognizer.Found> people = new ArrayList<>(chinesePeople.recognise(article, tokens, blocked));
        List<Span> blockedForEnglish = new ArrayList<>(blocked);
        blockedForEnglish.addAll(chinesePeople.romanisedRepeats(article));
        TimeLimit.check();
        people.addAll(englishPeople.recognise(article, blockedForEnglish));
        List<Mention> personMentions = toMentions(article, people);

        List<Mention> all = new ArrayList<>(clusterMentions);
        all.addAll(personMentions);
        for (Mention org : orgs) {
            boolean hidesPerson = personMentions.stream().anyMatch(p -> p.overlaps(org.span()));
            if (!hidesPerson) {
                all.add(org);
            }
        }
        all.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return List.copyOf(all);
    }

    /**
     * The people HanLP's recogniser alone would report (every name-tagged word, in Traditional script), for
     * measuring what titles and patterns add. Not used by the pipeline.
     */
    List<Mention> peopleByHanlpAlone(AnalyzedText text) {
        ArticleView article = text.view();
        List<Token> tokens = segmenter.segment(article);
        List<Mention> mentions = new ArrayList<>();
        for (ChinesePersonRecognizer.Found f : ChinesePersonRecognizer.hanlpAlone(tokens)) {
            Span original = article.toOriginal(f.start(), f.end());
            String surface = original.coveredText(article.original());
            mentions.add(new Mention(Mention.PERSON, NameForms.traditional(surface), surface, original.start(),
                    original.end(), null, false, true));
        }
        return mentions;
    }

    private static List<Span> viewSpans(ArticleView article, List<Mention> mentions) {
        List<Span> spans = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            spans.add(new Span(article.toView(m.start()), article.toView(m.end())));
        }
        return spans;
    }

    /**
     * Names become mentions. A person's title is the one written beside that mention, else the first the
     * article gives them; a person introduced only as a byline (記者, credit) stays a byline everywhere.
     */
    private static List<Mention> toMentions(ArticleView article, List<ChinesePersonRecognizer.Found> found) {
        found.sort(Comparator.comparingInt(ChinesePersonRecognizer.Found::start));
        Map<String, String> firstTitle = new LinkedHashMap<>();
        Map<String, Boolean> officialTitle = new HashMap<>();
        Map<String, Boolean> bylineSeen = new HashMap<>();
        List<String> ids = new ArrayList<>(found.size());
        List<String> titles = new ArrayList<>(found.size());
        for (ChinesePersonRecognizer.Found f : found) {
            String surface = f.name() != null ? f.name() : article.originalOf(f.start(), f.end()).strip();
            String id = NameForms.traditional(surface);
            String title = f.titled() ? titleText(article, f) : null;
            ids.add(id);
            titles.add(title);
            if (title != null) {
                firstTitle.putIfAbsent(id, title);
            }
            if (f.byline()) {
                bylineSeen.put(id, true);
            } else if (f.titled()) {
                officialTitle.put(id, true);
            }
        }
        List<Mention> mentions = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            ChinesePersonRecognizer.Found f = found.get(i);
            String id = ids.get(i);
            boolean byline = f.byline() || bylineSeen.getOrDefault(id, false) && !officialTitle.getOrDefault(id, false);
            String title = titles.get(i) != null ? titles.get(i) : firstTitle.get(id);
            Span original = article.toOriginal(f.start(), f.end());
            mentions.add(new Mention(Mention.PERSON, id, original.coveredText(article.original()), original.start(),
                    original.end(), title, byline, !byline));
        }
        return mentions;
    }

    /** The title before the name (副局長張志成) or, in English apposition, after it (Fink, WIPO's chief economist). */
    private static String titleText(ArticleView article, ChinesePersonRecognizer.Found f) {
        String title = article.originalOf(f.titleStart(), f.titleEnd() >= 0 ? f.titleEnd() : f.start()).strip();
        title = title.replaceAll("[\\s:：︰,，]+$", "").strip();
        return title.isEmpty() ? null : title;
    }
}
