package org.newsfacts.claims;

/** A stretch of the article's text said by someone (a quote), in repaired-text offsets. */
public record Attribution(String speaker, int start, int end) {
    boolean covers(int from, int to) {
        return start <= from && to <= end;
    }
}
