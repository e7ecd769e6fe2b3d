package org.newsfacts.lexicon;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lexicons' one trie, on sentences of the development articles (corpus/, corpus/dev2). */
class TrieTest {

    private static <V> String covered(String text, Trie.Match<V> m) {
        return m == null ? null : m.span().coveredText(text);
    }

    @Test
    void theLongestEntryAtAPositionWins() {
        String text = "It is followed by Shenzhen-Hong Kong-Guangzhou (China and Hong Kong [Chine])";
        Trie<String> clusters = Trie.<String>exact().add("Shenzhen", "city").add("Shenzhen-Hong Kong-Guangzhou", "cluster");
        Trie.Match<String> m = clusters.longestAt(text, text.indexOf("Shenzhen"));
        assertThat(covered(text, m)).isEqualTo("Shenzhen-Hong Kong-Guangzhou");
        assertThat(m.value()).isEqualTo("cluster");
    }

    @Test
    void everyEntryAtAPositionComesShortestFirst() {
        String text = "It is followed by Shenzhen-Hong Kong-Guangzhou (China and Hong Kong [Chine])";
        Trie<String> clusters = Trie.<String>exact().add("Shenzhen-Hong Kong-Guangzhou", "cluster").add("Shenzhen", "city");
        assertThat(clusters.allAt(text, text.indexOf("Shenzhen")))
                .extracting(m -> covered(text, m)).containsExactly("Shenzhen", "Shenzhen-Hong Kong-Guangzhou");
    }

    @Test
    void anEntryAddedForTwoThingsStandsForBothInTheOrderAddedAndForEachOnce() {
        String text = "and scientific authors, followed by three cities in China – Shenzhen, Hong Kong and Guangzhou";
        Trie<String> places = Trie.<String>exact().add("Hong Kong", "place").add("Hong Kong", "part of a cluster")
                .add("Hong Kong", "place");
        assertThat(places.longestAt(text, text.indexOf("Hong")).values()).containsExactly("place", "part of a cluster");
        assertThat(places.values()).containsExactly("place", "part of a cluster");
    }

    @Test
    void aScanTakesTheLeftmostLongestEntriesWithoutOverlap() {
        String text = "Japan’s Tokyo-Yokohama cluster topped the charts, with China’s Shenzhen-Hong Kong-Guangzhou in"
                + " second place";
        Trie<String> clusters = Trie.exact();
        for (String name : List.of("Tokyo", "Tokyo-Yokohama", "Hong Kong", "Shenzhen-Hong Kong-Guangzhou")) {
            clusters.add(name, name);
        }
        assertThat(clusters.scan(text)).extracting(m -> covered(text, m))
                .containsExactly("Tokyo-Yokohama", "Shenzhen-Hong Kong-Guangzhou");
    }

    @Test
    void anExactTrieComparesCharactersAsWritten() {
        String text = "為： 「東京─橫濱」 ，佔10.3%";
        Trie<String> clusters = Trie.<String>exact().add("東京-橫濱", "Tokyo-Yokohama");
        assertThat(clusters.longestAt(text, text.indexOf("東京"))).isNull();
    }

    @Test
    void aWordTrieFoldsDashesAsTheDashFilterDoesBetweenWords() {
        String text = "為： 「東京─橫濱」 ，佔10.3%";
        Trie<String> clusters = Trie.<String>words().add("東京-橫濱", "Tokyo-Yokohama");
        assertThat(covered(text, clusters.longestAt(text, text.indexOf("東京")))).isEqualTo("東京─橫濱");
    }

    @Test
    void aWordTrieFoldsWidthAndCase() {
        String text = "ＰＣＴ专利申请量（占全球１２％）";
        Trie<String> words = Trie.<String>words().add("pct", "indicator");
        assertThat(covered(text, words.longestAt(text, 0))).isEqualTo("ＰＣＴ");
    }

    @Test
    void aWordTrieFoldsQuotationMarksAsTheQuoteFilterDoes() {
        String text = "an annual ranking of the world’s economies on innovation capacity";
        Trie<String> words = Trie.<String>words().add("world's economies", "economies");
        assertThat(covered(text, words.longestAt(text, text.indexOf("world")))).isEqualTo("world’s economies");
    }

    @Test
    void aSpaceInAWordEntryMatchesALineBreak() {
        // dev2 04's sentence as a PDF would set it, broken where the line ends.
        String text = "The Global Innovation\nIndex annually ranks the innovation capacity of nearly 140 economies";
        Trie<String> words = Trie.<String>words().add("Global Innovation Index", "GII");
        assertThat(covered(text, words.longestAt(text, text.indexOf("Global")))).isEqualTo("Global Innovation\nIndex");
    }

    @Test
    void aWordTrieReadsOnAcrossALineBreakBetweenTwoChineseCharacters() {
        // corpus 000: the PDF broke the line inside the cluster's name.
        String text = "佔10.3%、 「深圳─香\n港─廣州」 佔9%和首爾佔5.4%";
        Trie<String> clusters = Trie.<String>words().add("深圳-香港-廣州", "Shenzhen-Hong Kong-Guangzhou");
        assertThat(covered(text, clusters.longestAt(text, text.indexOf("深圳")))).isEqualTo("深圳─香\n港─廣州");
    }

    @Test
    void anEnglishWordEntryMatchesOnlyWholeWords() {
        String ranks = "Munich ranks as the biggest, followed by Cologne";
        String rank = "the U.K. and Australia, with three clusters each, rank fifth.";
        Trie<String> words = Trie.<String>words().add("rank", "verb");
        assertThat(words.longestAt(ranks, ranks.indexOf("rank"))).isNull();
        assertThat(covered(rank, words.longestAt(rank, rank.indexOf("rank")))).isEqualTo("rank");
    }

    @Test
    void aTrieOfWordsBeforeIsLookedUpFromWhereTheEntryEnds() {
        String text = "數碼港匯聚超過 2,200 間企業";
        Trie<String> before = Trie.<String>wordsBefore().add("超", "over").add("超過", "over");
        assertThat(covered(text, before.longestEndingAt(text, text.indexOf(" 2,200")))).isEqualTo("超過");
    }

    @Test
    void coveringFindsEveryEntryThatContainsACharacterNearestStartFirst() {
        String text = "河套最大的優勢，是「一國兩制」框架下獨一無二的深港創科要素";
        Trie<String> idioms = Trie.<String>exact().add("一國兩制", "idiom").add("兩制", "idiom").add("獨一無二", "idiom");
        assertThat(idioms.covering(text, text.indexOf("兩"))).extracting(m -> covered(text, m))
                .containsExactly("兩制", "一國兩制");
        assertThat(idioms.covering(text, text.indexOf("無"))).extracting(m -> covered(text, m))
                .containsExactly("獨一無二");
    }

    @Test
    void entriesAreAddedWhileLoadingNotOnceTheTrieIsInUse() {
        Trie<String> words = Trie.<String>words().add("超過", "over");
        words.longestAt("數碼港匯聚超過 2,200 間企業", 5);
        assertThatThrownBy(() -> words.add("逾", "over")).isInstanceOf(IllegalStateException.class);
    }
}
