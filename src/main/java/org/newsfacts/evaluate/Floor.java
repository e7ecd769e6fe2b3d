package org.newsfacts.evaluate;

/** A minimum a metric must reach, written {@code category.metric=value} ({@code figures.f1=0.9}). */
public record Floor(String category, String metric, double minimum) {

    /** @throws IllegalArgumentException with a message saying what is wrong with the text */
    public static Floor parse(String text) {
        int equals = text.indexOf('=');
        int dot = equals < 0 ? -1 : text.lastIndexOf('.', equals);
        if (equals < 0 || dot <= 0 || dot == equals - 1) {
            throw new IllegalArgumentException("floor '" + text + "' is not category.metric=value (figures.f1=0.9)");
        }
        double minimum;
        try {
            minimum = Double.parseDouble(text.substring(equals + 1).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("floor '" + text + "': '" + text.substring(equals + 1) + "' is not a number");
        }
        if (minimum < 0 || minimum > 1) {
            throw new IllegalArgumentException("floor '" + text + "': scores run from 0 to 1");
        }
        return new Floor(text.substring(0, dot).trim(), text.substring(dot + 1, equals).trim(), minimum);
    }

    public String key() {
        return category + "." + metric;
    }
}
