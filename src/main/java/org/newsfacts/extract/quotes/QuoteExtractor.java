package org.newsfacts.extract.quotes;

import org.newsfacts.extract.mentions.ArticleView;
import org.newsfacts.extract.mentions.Mention;
import org.newsfacts.text.AnalyzedText;
import org.newsfacts.text.Span;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds who said what: direct quotations, reported speech and headline statements, in Chinese and English,
 * each tied to a named person or an office. Speakers are the people and organisations of the mention extractor
 * (bylines never speak); pronouns and subjectless clauses continue the last named speaker of the paragraph, or
 * of the paragraph before when they open theirs. Built once from {@code models/speech-verbs.txt} and
 * {@code models/titles.txt}; immutable and thread-safe.
 *
 * <pre>{@code
 * QuoteExtractor quotes = QuoteExtractor.load(Path.of("models"));
 * List<Quote> said = quotes.extract(text, mentionExtractor.extract(text));
 * }</pre>
 */
public final class QuoteExtractor {
    /** How many paragraphs back a pronoun that opens its paragraph may look for its speaker. */
    private static final int PARAGRAPHS_BACK = 3;

    private final ChineseQuoteFinder chinese;
    private final EnglishQuoteFinder english;

    private QuoteExtractor(ChineseQuoteFinder chinese, EnglishQuoteFinder english) {
        this.chinese = chinese;
        this.english = english;
    }

    public static QuoteExtractor load(Path modelsDir) {
        SpeechLexicon lexicon = SpeechLexicon.load(modelsDir);
        return new QuoteExtractor(new ChineseQuoteFinder(lexicon), new EnglishQuoteFinder(lexicon));
    }

    /**
     * The article's statements in text order.
     *
     * @param mentions what {@code MentionExtractor.extract(text)} found in the same text
     */
    public List<Quote> extract(AnalyzedText text, List<Mention> mentions) {
        ArticleView article = new ArticleView(text);
        SpeakerIndex speakers = new SpeakerIndex(article, mentions);
        List<Attribution> found = new ArrayList<>(chinese.find(article, speakers));
        found.addAll(english.find(article, speakers));
        found.sort(Comparator.comparingInt(Attribution::paragraph).thenComparingInt(Attribution::at));
        List<Attribution> resolved = resolve(article, mentions, found);
        resolved.addAll(quotedParagraphsAfter(article, resolved));
        resolved.addAll(furtherQuotationsInParagraph(article, resolved));
        resolved.sort(Comparator.comparingInt(Attribution::textStart));
        return toQuotes(article, resolved);
    }

    /** Pronouns and subjectless clauses take the last named speaker before them. */
    private static List<Attribution> resolve(ArticleView article, List<Mention> mentions, List<Attribution> found) {
        List<Attribution> resolved = new ArrayList<>(found.size());
        for (Attribution a : found) {
            if (a.speaker().isNamed()) {
                resolved.add(a);
                continue;
            }
            if (a.speaker().kind() == Speaker.Kind.OFFICE_ANAPHOR) {
                Speaker office = lastOffice(resolved);
                if (office != null) {
                    resolved.add(a.withSpeaker(office));
                }
                continue;
            }
            boolean personOnly = a.speaker().kind() == Speaker.Kind.PRONOUN;
            Speaker named = personOnly ? lastPerson(article, mentions, resolved, a.paragraph(), a.at())
                    : lastNamed(resolved, a.paragraph(), a.at(), false);
            for (int back = 1; a.opensParagraph() && named == null && back <= PARAGRAPHS_BACK; back++) {
                named = personOnly ? lastPerson(article, mentions, resolved, a.paragraph() - back, Integer.MAX_VALUE)
                        : lastNamed(resolved, a.paragraph() - back, Integer.MAX_VALUE, false);
            }
            if (named != null) {
                resolved.add(a.withSpeaker(named));
            }
        }
        return resolved;
    }

    private static Speaker lastOffice(List<Attribution> resolved) {
        Speaker last = null;
        for (Attribution r : resolved) {
            if (r.speaker().kind() == Speaker.Kind.OFFICE) {
                last = r.speaker();
            }
        }
        return last;
    }

    private static Speaker lastNamed(List<Attribution> resolved, int paragraph, int before, boolean personOnly) {
        Speaker last = null;
        for (Attribution r : resolved) {
            if (r.paragraph() == paragraph && r.at() < before
                    && (!personOnly || r.speaker().kind() == Speaker.Kind.PERSON)) {
                last = r.speaker();
            }
        }
        return last;
    }

    /**
     * Who 他 / he is: the person named last before it in the paragraph, as speaker or merely mentioned (news
     * writes "he said" of the person it has just named); bylines are never meant.
     */
    private static Speaker lastPerson(ArticleView article, List<Mention> mentions, List<Attribution> resolved,
                                      int paragraph, int before) {
        if (paragraph < 0) {
            return null;
        }
        ArticleView.Block p = article.paragraphs().get(paragraph);
        Speaker last = null;
        int lastAt = -1;
        for (Attribution r : resolved) {
            if (r.paragraph() == paragraph && r.at() < before && r.speaker().kind() == Speaker.Kind.PERSON && r.at() > lastAt) {
                last = r.speaker();
                lastAt = r.at();
            }
        }
        for (Mention m : mentions) {
            int start = article.toView(m.start());
            if (m.isPerson() && !m.byline() && start >= p.start() && start < Math.min(before, p.end()) && start > lastAt) {
                last = SpeakerIndex.speakerOf(m);
                lastAt = start;
            }
        }
        return last;
    }

    /**
     * A paragraph that is one quotation and nothing else, right after a paragraph that ends with a statement,
     * continues that speaker's words.
     */
    private static List<Attribution> quotedParagraphsAfter(ArticleView article, List<Attribution> resolved) {
        String view = article.view();
        Set<Integer> attributed = new HashSet<>();
        resolved.forEach(a -> attributed.add(a.paragraph()));
        List<Attribution> added = new ArrayList<>();
        List<ArticleView.Block> paragraphs = article.paragraphs();
        for (int pi = 1; pi < paragraphs.size(); pi++) {
            if (attributed.contains(pi)) {
                continue;
            }
            ArticleView.Block p = paragraphs.get(pi);
            int lead = ChineseQuoteFinder.leadStart(view, p);
            List<QuoteMarks.Span> quotes = QuoteMarks.find(view, p.start(), p.end());
            if (quotes.size() != 1 || quotes.get(0).open() != lead
                    || ChineseQuoteFinder.trimEnd(view, lead, p.end()) > quotes.get(0).after()) {
                continue;
            }
            Attribution previous = lastOf(resolved, added, pi - 1);
            ArticleView.Block before = paragraphs.get(pi - 1);
            if (previous != null
                    && ChineseQuoteFinder.trimEnd(view, previous.textEnd(), before.end()) <= previous.textEnd() + 2) {
                QuoteMarks.Span q = quotes.get(0);
                added.add(new Attribution(pi, lead, previous.speaker(), true, q.contentStart(), q.contentEnd(), true));
            }
        }
        return added;
    }

    /**
     * “A,” he said. “B.” — a quotation with no attribution of its own, after a quoted speaker in the same
     * paragraph, is that speaker's too. Only statements: a term in quotation marks (「走出去」) is left alone.
     */
    private static List<Attribution> furtherQuotationsInParagraph(ArticleView article, List<Attribution> resolved) {
        String view = article.view();
        List<Attribution> added = new ArrayList<>();
        for (int pi = 0; pi < article.paragraphs().size(); pi++) {
            ArticleView.Block p = article.paragraphs().get(pi);
            List<Attribution> here = new ArrayList<>();
            for (Attribution a : resolved) {
                if (a.paragraph() == pi) {
                    here.add(a);
                }
            }
            if (here.stream().noneMatch(Attribution::direct)) {
                continue;
            }
            for (QuoteMarks.Span q : QuoteMarks.find(view, p.start(), p.end())) {
                boolean covered = here.stream().anyMatch(a -> a.textStart() < q.close() && q.open() < a.textEnd() + 1);
                if (covered || !isStatement(view.substring(q.contentStart(), q.contentEnd()))) {
                    continue;
                }
                Attribution before = null;
                for (Attribution a : here) {
                    if (a.direct() && a.textEnd() <= q.open()) {
                        before = a;
                    }
                }
                if (before != null) {
                    added.add(new Attribution(pi, q.open(), before.speaker(), true, q.contentStart(), q.contentEnd(), false));
                }
            }
        }
        return added;
    }

    /** A clause or more: punctuation inside, or several English words. */
    private static boolean isStatement(String quoted) {
        String t = quoted.strip();
        boolean han = t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        if (han) {
            return t.matches(".*[,，。;；!！?？].*") && t.length() >= 8;
        }
        return t.split("\\s+").length >= 4;
    }

    private static Attribution lastOf(List<Attribution> a, List<Attribution> b, int paragraph) {
        Attribution last = null;
        for (List<Attribution> list : List.of(a, b)) {
            for (Attribution x : list) {
                if (x.paragraph() == paragraph && (last == null || x.textEnd() > last.textEnd())) {
                    last = x;
                }
            }
        }
        return last;
    }

    /** To output records; a statement repeated by the same speaker (a press release's closing copy) is kept once. */
    private static List<Quote> toQuotes(ArticleView article, List<Attribution> resolved) {
        List<Quote> quotes = new ArrayList<>(resolved.size());
        Set<String> seen = new HashSet<>();
        for (Attribution a : resolved) {
            if (a.textEnd() <= a.textStart() || a.speaker().name() == null) {
                continue;
            }
            Span original = article.toOriginal(a.textStart(), a.textEnd());
            String text = original.of(article.original());
            String key = a.speaker().name() + "|" + article.view().substring(a.textStart(), a.textEnd()).replaceAll("\\s+", "");
            if (!seen.add(key)) {
                continue;
            }
            quotes.add(new Quote(a.speaker().name(), a.speaker().title(), a.direct() ? Quote.DIRECT : Quote.INDIRECT,
                    text, original.start(), original.end()));
        }
        return List.copyOf(quotes);
    }
}
