package org.newsfacts.evaluate;

import java.util.List;
import java.util.Optional;

/** The categories scored over one scope: the primary documents, or one copy of an article. */
public record ScopeReport(String name, List<String> documents, List<CategoryResult> categories) {

    public Optional<CategoryResult> category(String category) {
        return categories.stream().filter(c -> c.category().equals(category)).findFirst();
    }
}
