package org.newsfacts.extract.peer;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Kinds of Recognizers-Text cases that the news pipeline does not read on purpose, each with why a
 * reader of news does not miss it. A failed case of one of these kinds still counts as a failure in
 * the raw pass rate; the adjusted rate leaves it out.
 */
enum DeclinedCase {

    UNIT_WITHOUT_AMOUNT("a unit named without an amount (percent, dollar, 人民币) states no figure",
            c -> c.expected().stream().anyMatch(e -> e.value() == null)),
    RELATIVE_ORDINAL("relative ordinals (last, next one, the second to last) point within a dialogue, not into a ranking",
            c -> c.expected().stream().anyMatch(e -> e.type().equals("ordinal.relative"))),
    DETACHED_SIGN("a minus sign followed by a space (\"- 10 k\") is a bullet or a dash in news text; reading it as negative would turn list items into negative figures",
            c -> c.expected().stream().anyMatch(e -> Pattern.compile("^[-−－]\\s+\\d").matcher(e.text()).find())),
    DECIMAL_COMMA("a decimal comma (5,00; 1.111,11; 1,3) is not used in Chinese or English news, and reading it would merge lists such as 22,24",
            c -> c.expected().stream().anyMatch(e -> Pattern.compile("\\d\\.\\d{3},\\d|^\\d+,\\d{1,2}$").matcher(e.text()).find())),
    INDIAN_GROUPING("Indian digit grouping (12,34,567.89) belongs to Indian English, outside the sources read here",
            c -> c.expected().stream().anyMatch(e -> Pattern.compile("\\d{1,2},\\d{2},\\d{3}").matcher(e.text()).find())),
    PHONE_NUMBER("parts of a phone number are never figures; the figure decision drops them",
            c -> c.input().toLowerCase().contains("phone")),
    CODE_GLUED_TO_AMOUNT("an ISO code run into the digits (USD115, 115USD) or put between amount and scale (75 USD million) looks like a product code and is rare in prose",
            c -> c.expected().stream().anyMatch(e -> Pattern.compile("(?i)^[a-z]{3}\\d|\\d[a-z]{3}$|\\d (usd|eur|gbp) million").matcher(e.text()).find())),
    COUNTED_COINS("a counter between amount and currency (20个比特币) makes it a count of coins, reported as a count",
            c -> c.input().contains("个比特币")),
    COLLOQUIAL_KUAI("块 for yuan is colloquial; in news 块 is far more often the counter \"piece\" (两块土地)",
            c -> c.expected().stream().anyMatch(e -> e.text().endsWith("块"))),
    MIXED_YEN_SEN("yen and sen mixed in one amount do not occur in current news",
            c -> c.input().contains("日本銭"));

    final String why;
    private final Predicate<PeerCase> applies;

    DeclinedCase(String why, Predicate<PeerCase> applies) {
        this.why = why;
        this.applies = applies;
    }

    static Optional<DeclinedCase> of(PeerCase c) {
        for (DeclinedCase d : values()) {
            if (d.applies.test(c)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    static List<DeclinedCase> all() {
        return List.of(values());
    }
}
