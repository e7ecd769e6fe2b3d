package org.newsfacts.pipeline;

import org.newsfacts.extract.mentions.Mention;
import org.newsfacts.text.AnalyzedText;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * README's example of an added language stage, whole: Hong Kong listed companies' stock codes as papers write
 * them after the company's name, （股份代號：388）, (stock code: 388). One class and one line in
 * {@code models/stages.txt}; nothing else changes.
 */
public final class StockCodeStage implements LanguageStage {
    static final String TYPE = "stock_code";
    private static final Pattern CODE = Pattern.compile("(?:股份代號|股票代號|股份代号|stock code)[：:]\\s*(\\d{1,5})");

    public StockCodeStage(Path modelsDir) {
        // This stage's pattern is closed-class; a stage with a word list would read it from modelsDir here.
    }

    @Override
    public List<Mention> find(AnalyzedText text) {
        // Matched on the matching view (full-width colon and digits already folded), reported in the article's
        // own offsets, as every stage does.
        Matcher m = CODE.matcher(text.matchingView().text());
        List<Mention> found = new ArrayList<>();
        while (m.find()) {
            var span = text.matchingView().toOriginal(m.start(1), m.end(1));
            String surface = span.coveredText(text.text());
            found.add(new Mention(TYPE, surface.replaceFirst("^0+(?=\\d)", ""), surface, span.start(), span.end(),
                    null, false, false));
        }
        return found;
    }
}
