package org.newsfacts.extract.quotes;

import org.newsfacts.text.ArticleView;
import org.newsfacts.extract.mentions.Mention;
import org.newsfacts.extract.mentions.NameForms;
import org.newsfacts.text.normalize.ScriptConverter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The mentions that may speak, placed in view offsets and looked up by where they end (Chinese: 孫東|表示)
 * or start (English: "…," Tang said).
 */
final class SpeakerIndex {
    private final Map<Integer, Mention> byEnd = new HashMap<>();
    private final Map<Integer, Integer> startOfEnd = new HashMap<>();
    private final Map<Integer, Mention> byStart = new HashMap<>();
    private final Map<Integer, Integer> endOfStart = new HashMap<>();
    private final Map<Integer, Mention> bylinesByEnd = new HashMap<>();

    SpeakerIndex(ArticleView article, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.isCluster()) {
                continue;
            }
            int start = article.toView(m.start());
            int end = article.toView(m.end());
            if (m.isPerson() && m.byline()) {
                bylinesByEnd.put(end, m);
                continue;
            }
            if (!m.speaker()) {
                continue;
            }
            Mention old = byEnd.get(end);
            if (old == null || startOfEnd.get(end) > start) {
                byEnd.put(end, m);
                startOfEnd.put(end, start);
            }
            Mention first = byStart.get(start);
            if (first == null || endOfStart.get(start) < end) {
                byStart.put(start, m);
                endOfStart.put(start, end);
            }
        }
    }

    Mention endingAt(int viewEnd) {
        return byEnd.get(viewEnd);
    }

    int startOf(int viewEnd) {
        return startOfEnd.getOrDefault(viewEnd, viewEnd);
    }

    Mention startingAt(int viewStart) {
        return byStart.get(viewStart);
    }

    int endOf(int viewStart) {
        return endOfStart.getOrDefault(viewStart, viewStart);
    }

    boolean isBylineEndingAt(int viewEnd) {
        return bylinesByEnd.containsKey(viewEnd);
    }

    /** A person or an organisation as speaker. */
    static Speaker speakerOf(Mention m) {
        return m.isPerson() ? Speaker.person(m.id(), m.title()) : Speaker.office(writtenName(m));
    }

    /** An office: an organisation and a post of it with no name after (香港特區政府 + 發言人), as written. */
    static Speaker office(Mention org, String title) {
        String name = writtenName(org);
        ScriptConverter script = ScriptConverter.shared();
        // The title comes from the folded view; it takes the script of the name it follows.
        boolean simplified = name.codePoints().anyMatch(script::isSimplifiedOnly)
                && name.codePoints().noneMatch(script::isTraditionalOnly);
        return Speaker.office(name + (simplified ? script.toSimplified(title) : NameForms.traditional(title)));
    }

    /**
     * An organisation speaks under the name the article gives it, since readers (and the gold conventions)
     * keep 香港特區政府發言人 and 特區政府發言人, 理大 and 香港理工大學 as the article has them. A description
     * ("the UN agency", "the Geneva-based UN institution") names nothing, so it speaks as the organisation's id,
     * its short name; so does a name with its abbreviation in brackets after it (世界知識產權組織（WIPO）).
     */
    static String writtenName(Mention org) {
        String written = org.surface() == null ? "" : org.surface().strip();
        if (written.isEmpty() || written.regionMatches(true, 0, "the ", 0, 4) || written.contains("(")
                || written.contains("（")) {
            return org.id();
        }
        return written;
    }
}
