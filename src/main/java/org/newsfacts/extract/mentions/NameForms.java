package org.newsfacts.extract.mentions;

import org.newsfacts.text.normalize.ScriptConverter;

/**
 * Canonical spellings of names. A person's id is the name in Traditional script: a name already written in
 * Traditional (it has a character only Traditional writes) is kept as written, since converting it again could
 * change a character the person chose (劉仁杰 → 劉仁傑); in a name written in Simplified, the characters only
 * Simplified writes are converted.
 */
public final class NameForms {
    private NameForms() {
    }

    public static String traditional(String name) {
        ScriptConverter script = ScriptConverter.shared();
        if (name.codePoints().anyMatch(script::isTraditionalOnly)) {
            // Written in Traditional already (劉仁杰): 杰 is how this person writes it, not a Simplified form.
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        // Character by character: names are not phrases, and OpenCC's phrase rules turn the surname 周 into
        // 週 (week). Only characters that Traditional script never writes are converted.
        name.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            out.append(script.isSimplifiedOnly(cp) ? script.toTraditional(ch) : ch);
        });
        return out.toString();
    }
}
