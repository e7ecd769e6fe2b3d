package org.newsfacts.text;

import java.util.function.Supplier;

/**
 * A model loaded the first time a stage asks for it, once, whichever thread asks first. Start-up pays only for
 * the models the input needs: a Chinese article never asks for the English language detector, an English
 * draft never loads HanLP's dictionaries.
 */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> load;
    private volatile T value;

    public Lazy(Supplier<T> load) {
        this.load = load;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = load.get();
                    value = v;
                }
            }
        }
        return v;
    }
}
