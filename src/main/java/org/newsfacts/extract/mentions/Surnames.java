package org.newsfacts.extract.mentions;

import org.newsfacts.files.LexiconFile;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Chinese surnames ({@code models/mentions/surnames.txt}), in both scripts. Checked against the article as written, so
 * that a preposition that Simplified spells like a surname (於 → 于) does not start a name.
 */
final class Surnames {
    private final Set<String> compound;
    private final Set<String> common;
    private final Set<String> rare;

    private Surnames(Set<String> compound, Set<String> common, Set<String> rare) {
        this.compound = compound;
        this.common = common;
        this.rare = rare;
    }

    static Surnames load(Path file) {
        LexiconFile data = LexiconFile.read(file);
        return new Surnames(bothScripts(data, "compound"), bothScripts(data, "common"), bothScripts(data, "rare"));
    }

    private static Set<String> bothScripts(LexiconFile data, String section) {
        Set<String> forms = new HashSet<>();
        for (String s : data.section(section)) {
            forms.add(s);
            forms.add(MatchingForm.of(s));
        }
        return Set.copyOf(forms);
    }

    /** Length of the surname that starts {@code written} at {@code at}: 2 (歐陽), 1 (陳), or 0 (none). */
    int surnameLength(String written, int at) {
        if (at + 2 <= written.length() && compound.contains(written.substring(at, at + 2))) {
            return 2;
        }
        if (at < written.length()) {
            String one = written.substring(at, at + 1);
            if (common.contains(one) || rare.contains(one)) {
                return 1;
            }
        }
        return 0;
    }

    /** A common surname (or a compound one) starts {@code written} at {@code at}. */
    boolean isCommon(String written, int at) {
        return surnameLength(written, at) == 2
                || at < written.length() && common.contains(written.substring(at, at + 1));
    }
}
