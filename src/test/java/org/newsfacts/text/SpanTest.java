package org.newsfacts.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one span type: offsets into a text, end exclusive, as OpenNLP's {@code Span}. */
class SpanTest {
    private static final String SENTENCE = "深圳-香港-廣州科技集群連續第二年位列全球第一";
    private static final Span CLUSTER = new Span(0, 12, "cluster");

    @Test
    void coversTheCharactersBetweenItsStartAndEnd() {
        assertThat(CLUSTER.coveredText(SENTENCE)).isEqualTo("深圳-香港-廣州科技集群");
        assertThat(CLUSTER.length()).isEqualTo(12);
    }

    @Test
    void containsTheSpansInsideIt() {
        assertThat(CLUSTER.contains(new Span(3, 5))).isTrue();
        assertThat(CLUSTER.contains(new Span(10, 14))).isFalse();
        assertThat(CLUSTER.contains(11)).isTrue();
        assertThat(CLUSTER.contains(12)).as("the end is not one of its characters").isFalse();
    }

    @Test
    void overlapsOnlyWhereItSharesACharacter() {
        assertThat(CLUSTER.overlaps(new Span(11, 14))).isTrue();
        assertThat(CLUSTER.overlaps(new Span(12, 14))).as("touching").isFalse();
        assertThat(CLUSTER.overlap(new Span(10, 14))).isEqualTo(2);
        assertThat(CLUSTER.gap(new Span(15, 17))).isEqualTo(3);
    }

    @Test
    void typeIsPartOfItsIdentity() {
        assertThat(new Span(0, 12)).isNotEqualTo(CLUSTER).isEqualTo(new Span(0, 12, null));
        assertThat(CLUSTER.type()).isEqualTo("cluster");
    }

    @Test
    void refusesAnEndBeforeItsStart() {
        assertThatThrownBy(() -> new Span(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Span.checked(5, 4, 20)).isNull();
        assertThat(Span.checked(5, 25, 20)).as("beyond the text").isNull();
        assertThat(Span.checked(null, 4, 20)).isNull();
    }
}
