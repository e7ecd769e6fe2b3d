package org.newsfacts.text.normalize;

/**
 * A slash between two letters (a name on each side, no space, no digit) made {@code -}: a slash joins two
 * names as a dash does, "Tokyo/Yokohama STC", "Shenzhen/Hong Kong/Guangzhou" (zayntechnologies.com/1455701-2,
 * 2024), "東京/橫濱", "三藩市/聖荷西" (master-insight.com/article/21625, 2020). Only gazetteer look-ups apply
 * it, so a cluster entry written with a dash finds them; the matching view keeps the slash, which elsewhere
 * means "or" or "per".
 */
public final class NameSlashFilter implements CharFilter {
    @Override
    public Normalized filter(String input, Runnable checkpoint) {
        Normalized.Builder out = new Normalized.Builder(input.length());
        for (int i = 0; i < input.length(); i++) {
            checkpoint.run();
            char c = input.charAt(i);
            out.append(c == '/' && joinsNames(input, i) ? '-' : c, i, i + 1);
        }
        return out.build();
    }

    private static boolean joinsNames(String text, int i) {
        return i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1))
                && Character.isLetter(text.charAt(i + 1));
    }
}
