package org.newsfacts.extract.mentions;

import org.newsfacts.lexicon.Trie;
import org.newsfacts.text.normalize.CaseFilter;
import org.newsfacts.text.ArticleView;
import org.newsfacts.text.Lang;
import org.newsfacts.text.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisations: the named ones of organisations.tsv (either script, English too), HanLP's organisation
 * recogniser where its guess ends like an organisation, runs of name-like words ending with an organisation
 * suffix (知識產權署, 新加坡國立大學), capitalised English names ending with one (Innovation and Technology
 * Commission), and English descriptions that refer back to a named one ("the UN agency" → WIPO).
 */
final class OrganisationRecognizer {
    /** Longest organisation name built from words, in chars: longer runs are sentences, not names. */
    private static final int MAX_CHINESE_NAME = 20;

    private final OrganisationLexicon lexicon;
    private final Pattern englishName;
    /** "the science, technology and innovation ministry": a body written in lower case, after "the". */
    private final Pattern lowerCaseBody;
    private final ChineseSegmenter words;

    OrganisationRecognizer(OrganisationLexicon lexicon, ChineseSegmenter words) {
        this.lexicon = lexicon;
        this.words = words;
        String suffixes = String.join("|", lexicon.englishSuffixes());
        // Capitalised words (with the small words names keep inside: of, and, for, the), ending with a suffix.
        this.englishName = Pattern.compile(
                "\\b((?:[A-Z][A-Za-z&'.-]*,?\\s+(?:(?:of|and|for|the|on|in)\\s+)*){1,7}(?:" + suffixes + "))\\b");
        // Some house styles (Free Malaysia Today, Reuters) write a ministry's name in lower case: "the science,
        // technology and innovation ministry", "the foreign ministry". Only after "the", with one to six words of
        // its remit before the head, so "the ministry" alone stays a description.
        this.lowerCaseBody = lexicon.englishLowerHeads().isEmpty() ? null : Pattern.compile(
                "\\b[Tt]he\\s+((?:[a-z][a-z-]*,?\\s+(?:and\\s+)?){1,6}(?:"
                        + String.join("|", lexicon.englishLowerHeads()) + "))\\b");
    }

    /** Whether an organisation mention names one of organisations.tsv (WIPO, 數碼港) rather than a guess. */
    boolean isNamed(Mention org) {
        return lexicon.isNamed(org.id());
    }

    List<Mention> recognise(ArticleView article, List<Token> tokens) {
        String view = article.view();
        List<Candidate> candidates = new ArrayList<>();
        named(view, candidates);
        fromTokens(view, tokens, candidates);
        english(article, candidates);
        List<Candidate> kept = keepLongest(candidates);
        List<Mention> mentions = new ArrayList<>(kept.size());
        for (Candidate c : kept) {
            Span original = article.toOriginal(c.start(), c.end());
            String surface = original.coveredText(article.original());
            String id = c.id != null ? c.id : NameForms.traditional(surface.strip());
            mentions.add(new Mention(Mention.ORG, id, surface, original.start(), original.end(), null, false, c.speaker));
        }
        anaphors(article, mentions);
        mentions.sort(Comparator.comparingInt(Mention::start));
        return mentions;
    }

    private record Candidate(Span span, String id, boolean speaker, int priority) {
        Candidate(int start, int end, String id, boolean speaker, int priority) {
            this(new Span(start, end), id, speaker, priority);
        }

        int start() {
            return span.start();
        }

        int end() {
            return span.end();
        }
    }

    private void named(String view, List<Candidate> out) {
        FoldedText folded = FoldedText.of(view);
        String text = folded.text();
        for (Trie.Match<OrganisationLexicon.Known> m : lexicon.named().scan(text)) {
            int start = folded.sourceOf(m.start());
            int end = folded.sourceEnd(m.end());
            if (isWordChar(view, start - 1) && isLatin(view.charAt(start))
                    || isWordChar(view, end) && isLatin(view.charAt(end - 1))) {
                continue;
            }
            OrganisationLexicon.Known known = m.values().get(0);
            out.add(new Candidate(start, end, known.id(), known.canSpeak(), 3));
        }
    }

    private static boolean isWordChar(String view, int i) {
        return i >= 0 && i < view.length() && isLatin(view.charAt(i));
    }

    private static boolean isLatin(char c) {
        return c < 0x250 && Character.isLetterOrDigit(c);
    }

    /**
     * HanLP's organisations that end like one, and runs of name-like words ending with a suffix word
     * (知识产权/署, 新加坡/国立/大学). HanLP's guesses sometimes begin with a verb (建设国际创新科技中心):
     * such leading words are not part of the name.
     */
    private void fromTokens(String view, List<Token> tokens, List<Candidate> out) {
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            String suffix = lexicon.chineseSuffixOf(t.word());
            if (suffix == null) {
                continue;
            }
            boolean head = t.isOrganisation() || lexicon.isChineseSuffix(t.word()) || t.nature().equals("nis");
            if (!head) {
                continue;
            }
            int start = t.start() + (t.isOrganisation() ? leadingNonName(t.word()) : 0);
            int end = t.end();
            int j = k - 1;
            if (start == t.start()) {
                while (j >= 0 && isNameWord(tokens.get(j)) && tokens.get(j).end() == start
                        && end - tokens.get(j).start() <= MAX_CHINESE_NAME) {
                    start = tokens.get(j).start();
                    j--;
                }
            }
            String name = view.substring(start, end);
            if (name.length() - suffix.length() < 2 || lexicon.isGeneric(name) || hasQuantity(tokens, j + 1, k)
                    || !namesSomething(name.substring(0, name.length() - suffix.length()))) {
                continue;
            }
            out.add(new Candidate(start, end, null, true, t.isOrganisation() ? 2 : 1));
        }
    }

    /**
     * 科技公司, 國際金融中心, 頂尖大學 end like organisations but name none: a name has a proper word in it (a
     * place, an organisation, an acronym, a brand) before its suffix: 知識產權|署, 新加坡|國立大學.
     */
    private boolean namesSomething(String prefix) {
        for (Token t : words.split(prefix)) {
            String n = t.nature();
            if (n.startsWith("ns") || n.startsWith("nt") || n.startsWith("nz") || n.startsWith("nr") || n.equals("nx")
                    || n.equals("j") || n.equals("nis")) {
                return true;
            }
        }
        return false;
    }

    /** Chars at the start of a HanLP organisation that are not name words (a verb, a number). */
    private int leadingNonName(String word) {
        int skip = 0;
        for (Token sub : words.split(word)) {
            if (isNameWord(sub) && !sub.nature().equals("vn")) {
                break;
            }
            skip = sub.end();
        }
        return Math.min(skip, word.length());
    }

    /** Words an organisation's name is made of: places, names, nouns, acronyms (WIPO), attributes (国立). */
    private static boolean isNameWord(Token t) {
        String n = t.nature();
        if (Character.isDigit(t.word().charAt(0))) {
            // 15所: a count before a name (15所香港實驗室) is not part of it.
            return false;
        }
        return (n.startsWith("n") && !n.equals("nr") && !n.startsWith("nrf") && !n.equals("nnt") && !n.equals("nnd"))
                || n.equals("b") || n.equals("j") || n.equals("vn") || n.equals("gi") || n.equals("gm")
                || n.startsWith("g") && n.length() <= 3;
    }

    /** 本地多間大學: a count of institutions, not one's name. */
    private static boolean hasQuantity(List<Token> tokens, int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) {
            String n = tokens.get(k).nature();
            if (n.startsWith("m") || n.startsWith("q") || n.startsWith("r")) {
                return true;
            }
        }
        return false;
    }

    private void english(ArticleView article, List<Candidate> out) {
        String view = article.view();
        for (Span p : article.paragraphs()) {
            if (article.langOf(p) != Lang.EN) {
                continue;
            }
            Matcher m = englishName.matcher(view);
            m.region(p.start(), p.end());
            while (m.find()) {
                int start = m.start(1);
                String name = m.group(1);
                // "The Innovation and Technology Commission": the article is not part of the name.
                if (name.startsWith("The ")) {
                    start += 4;
                }
                if (m.end(1) - start > 4) {
                    out.add(new Candidate(start, m.end(1), null, true, 1));
                }
            }
            if (lowerCaseBody != null) {
                Matcher lower = lowerCaseBody.matcher(view);
                lower.region(p.start(), p.end());
                while (lower.find()) {
                    out.add(new Candidate(lower.start(1), lower.end(1), null, true, 1));
                }
            }
        }
    }

    /** Overlapping candidates: the longest (深圳市政府 over 政府), then the named one. */
    private static List<Candidate> keepLongest(List<Candidate> candidates) {
        candidates.sort(Comparator.comparingInt((Candidate c) -> -c.span().length())
                .thenComparingInt(c -> -c.priority).thenComparingInt(c -> c.start()));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean overlaps = false;
            for (Candidate k : kept) {
                if (c.span().overlaps(k.span())) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                kept.add(c);
            }
        }
        return kept;
    }

    /** "the UN agency" after WIPO was named: WIPO. Only descriptions whose tag the named one carries. */
    private void anaphors(ArticleView article, List<Mention> mentions) {
        if (lexicon.anaphors().isEmpty()) {
            return;
        }
        String original = article.original();
        String lower = CaseFilter.lower(original);
        List<Mention> added = new ArrayList<>();
        for (OrganisationLexicon.Anaphor a : lexicon.anaphors()) {
            for (int at = lower.indexOf(a.phrase()); at >= 0; at = lower.indexOf(a.phrase(), at + 1)) {
                int end = at + a.phrase().length();
                if (at > 0 && Character.isLetter(original.charAt(at - 1))
                        || end < original.length() && Character.isLetter(original.charAt(end))) {
                    continue;
                }
                Span found = new Span(at, end);
                boolean taken = mentions.stream().anyMatch(m -> m.overlaps(found))
                        || added.stream().anyMatch(m -> m.overlaps(found));
                if (taken) {
                    continue;
                }
                Mention antecedent = lastNamedBefore(mentions, at, a.tag());
                if (antecedent != null) {
                    added.add(new Mention(Mention.ORG, antecedent.id(), original.substring(at, end), at, end, null,
                            false, antecedent.speaker()));
                }
            }
        }
        mentions.addAll(added);
    }

    private Mention lastNamedBefore(List<Mention> mentions, int pos, String tag) {
        Mention last = null;
        for (Mention m : mentions) {
            if (m.end() <= pos && lexicon.hasTag(m.id(), tag)) {
                last = m;
            }
        }
        return last;
    }
}
