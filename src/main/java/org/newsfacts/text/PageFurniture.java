package org.newsfacts.text;

import org.newsfacts.files.LexiconFile;
import org.newsfacts.text.normalize.CaseFilter;
import org.newsfacts.text.normalize.FilterChain;
import org.newsfacts.text.normalize.ScriptConverter;
import org.newsfacts.text.normalize.SpaceFilter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the paragraphs of a scraped page that are not the article: lists of links to other stories, their
 * headings, and a lone numbered line injected into the page. Extractors skip what it marks (the text and its
 * offsets are kept; {@link AnalyzedText#furniture()}), so a related story's headline gives no person, quote,
 * figure or claim. Which words head a list is data ({@code models/text/furniture.txt}); the shapes are:
 *
 * <ul>
 * <li>a <b>list heading</b> (a line that is only 相關新聞, 視頻, Related …) and the <b>link items</b> after it: a
 * headline is short and does not end a sentence (dev2 02 "- 2022-06-30國家發改委:國內發明專利申請量躍居全球第一",
 * dev2 06 "為什麼需要愛國教育?卓永興:中華民族是我們的根"); the list ends at the first line that does, or is long;</li>
 * <li>a <b>link line</b> opening with 上一篇: / 下一篇: / Related: (dev2 16 "下一篇:岑浩輝宣布參選澳門特別行政區行政長官");</li>
 * <li>a <b>lone numbered item</b>: a line numbered 1. that no line numbered 2. follows and that ends no sentence
 * is not a list but page debris (dev2 34 "1. 4399在线观看免费高清电视剧", dev2 16 "1. &lt;em id=…&gt;&lt;/em&gt;");
 * a real numbered list (dev2 19 "1. 东京-横滨…", "2. 深圳 - 香港 - 广州…") has its second item.</li>
 * </ul>
 *
 * A list heading counts only after the story's first sentence: link lists follow the story, and a label above a
 * headline (視頻 over a video story) does not make the headline a link. Headlines, bylines, datelines and table rows
 * of the article are never after a list heading, so they are kept.
 */
public final class PageFurniture {
    /** Longest line, in characters without spaces, taken as one link item (a headline, not a paragraph). */
    static final int ITEM_MAX = 60;

    /** Marks nothing: for analyses of single sentences that have no page around them. */
    public static final PageFurniture NONE = new PageFurniture(Set.of(), List.of());

    private static final Pattern SENTENCE_END = Pattern.compile("[。．.!?！？…;；][”」』\"')）]*\\s*$");
    /** A headline may end with ! or ? ("…背後有這三點考量?"), never with a full stop. */
    private static final Pattern STATEMENT_END = Pattern.compile("[。．.…;；][”」』\"')）]*\\s*$");
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern FIRST_ITEM = Pattern.compile("^\\s*1\\s*[.、．]\\s*\\S");
    private static final Pattern SECOND_ITEM = Pattern.compile("^\\s*2\\s*[.、．]\\s*\\S");
    /** What a heading may carry around its phrase: brackets, colons, bullets, spaces. */
    private static final Pattern HEADING_DECOR = Pattern.compile("[\\s\\[\\]【】()（）:：|>»·•\\-]+");

    private final Set<String> headings;
    private final List<String> linkPrefixes;

    private PageFurniture(Set<String> headings, List<String> linkPrefixes) {
        this.headings = headings;
        this.linkPrefixes = linkPrefixes;
    }

    /** Reads {@code models/text/furniture.txt}. */
    public static PageFurniture load(Path modelsDir) {
        Path file = modelsDir.resolve("text/furniture.txt");
        MatchingViewBuilder views = new MatchingViewBuilder(ScriptConverter.shared());
        Set<String> headings = new HashSet<>();
        List<String> prefixes = new ArrayList<>();
        LexiconFile data = LexiconFile.read(file);
        for (String section : data.sectionNames()) {
            if (!section.equals("list-heading") && !section.equals("link-prefix") && !data.section(section).isEmpty()) {
                LexiconFile.Line first = data.entries(section).get(0);
                throw new IllegalArgumentException(file + ":" + first.number() + ": \"" + first.text()
                        + "\" is under no section ([list-heading] or [link-prefix])");
            }
        }
        for (String line : data.section("list-heading")) {
            headings.add(fold(views.build(line).text()));
        }
        for (String line : data.section("link-prefix")) {
            prefixes.add(fold(views.build(line).text()));
        }
        return new PageFurniture(Set.copyOf(headings), List.copyOf(prefixes));
    }

    /**
     * The furniture paragraphs, as spans of the repaired text.
     *
     * @param view the matching view of {@code text}, where phrases are compared
     */
    public List<Span> find(List<Paragraph> paragraphs, MatchingView view) {
        if (headings.isEmpty() && linkPrefixes.isEmpty()) {
            return List.of();
        }
        List<Span> marked = new ArrayList<>();
        String v = view.text();
        boolean inList = false;
        boolean bodySeen = false;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            Span s = view.toView(p.start(), p.end());
            String line = v.substring(s.start(), s.end()).strip();
            boolean furniture;
            if (bodySeen && isHeading(line)) {
                furniture = true;
                inList = true;
            } else if (inList && isLinkItem(line)) {
                furniture = true;
            } else {
                inList = false;
                furniture = isLinkLine(line) || isLoneFirstItem(line, paragraphs, i, view);
            }
            if (furniture) {
                marked.add(p.span());
            } else {
                // Link lists follow the story; a label such as 視頻 above it ("視頻" over a video story's headline)
                // heads the story itself.
                bodySeen |= STATEMENT_END.matcher(line).find();
            }
        }
        return List.copyOf(marked);
    }

    private boolean isHeading(String line) {
        return headings.contains(fold(HEADING_DECOR.matcher(line).replaceAll(" ")));
    }

    private boolean isLinkLine(String line) {
        String folded = fold(line);
        for (String prefix : linkPrefixes) {
            if (folded.startsWith(prefix)) {
                String rest = folded.substring(prefix.length()).stripLeading();
                if (rest.startsWith(":") && rest.length() > 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A headline; a line of no letters or digits ("?" where a page had a picture) does not end the list. */
    static boolean isLinkItem(String line) {
        if (!LETTER_OR_DIGIT.matcher(line).find()) {
            return true;
        }
        return SpaceFilter.dropAll().apply(line).length() <= ITEM_MAX && !STATEMENT_END.matcher(line).find();
    }

    private static boolean isLoneFirstItem(String line, List<Paragraph> paragraphs, int at, MatchingView view) {
        if (!FIRST_ITEM.matcher(line).find() || SENTENCE_END.matcher(line).find()) {
            return false;
        }
        String v = view.text();
        for (int k = at + 1; k < paragraphs.size(); k++) {
            Span s = view.toView(paragraphs.get(k).start(), paragraphs.get(k).end());
            Matcher m = SECOND_ITEM.matcher(v.substring(s.start(), s.end()));
            if (m.find()) {
                return false;
            }
        }
        return true;
    }

    /** One spelling of a phrase (of the matching view): lower case, single spaces, none between Han characters. */
    private static final FilterChain FOLD = FilterChain.of(new CaseFilter(), SpaceFilter.collapse());

    private static String fold(String s) {
        return FOLD.apply(s);
    }
}
