package org.newsfacts.evaluate;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.List;

/** One article's {@code *.gold.json} (see {@code gold/FORMAT.md}). */
public record GoldDocument(String doc, String outlet, String published, String lang, List<Cluster> clusters,
                           List<Person> people, List<Figure> figures, List<Quote> quotes, List<Claim> claims) {

    public GoldDocument {
        clusters = clusters == null ? List.of() : List.copyOf(clusters);
        people = people == null ? List.of() : List.copyOf(people);
        figures = figures == null ? List.of() : List.copyOf(figures);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        claims = claims == null ? List.of() : List.copyOf(claims);
    }

    public GoldDocument withDoc(String name) {
        return new GoldDocument(name, outlet, published, lang, clusters, people, figures, quotes, claims);
    }

    public record Cluster(String id, List<String> surface) {
    }

    public record Person(String name, String title) {
    }

    public record Figure(String surface, String context, BigDecimal value, String unit, String qualifier,
                         Boolean optional) {
        public boolean isOptional() {
            return Boolean.TRUE.equals(optional);
        }
    }

    public record Quote(String speaker, String kind, String contains) {
    }

    public record Claim(String subject, String metric, BigDecimal value, String unit, String qualifier,
                        String period, @JsonProperty("said_by") String saidBy, String context) {
    }
}
