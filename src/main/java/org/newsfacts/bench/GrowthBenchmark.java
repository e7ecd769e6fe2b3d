package org.newsfacts.bench;

import org.newsfacts.text.*;
import org.newsfacts.text.normalize.ScriptConverter;
import org.newsfacts.extract.figures.*;
import org.newsfacts.extract.mentions.*;
import org.newsfacts.extract.quotes.*;
import org.newsfacts.claims.*;
import java.nio.file.*;
import java.util.*;
import java.util.function.*;
/**
 * Growth of every text stage on the inputs that once made them quadratic (issue 11): CPU milliseconds per stage at
 * a tenth of the size and at the size given (default 1,000,000 characters), so a ratio near 10 is linear.
 * <pre>java -cp target/newsfacts.jar org.newsfacts.bench.GrowthBenchmark [CHARS [KIND]]</pre>
 * Not a test: LinearTimeTest asserts the growth at smaller sizes.
 */
public final class GrowthBenchmark {
  private GrowthBenchmark() {
  }

  static long t() { return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(); }
  public static void main(String[] a) throws Exception {
    Path models = Path.of("models");
    TextAnalyzer an = TextAnalyzer.withBundledModels();
    FigureExtractor fx = FigureExtractor.load(models);
    MentionExtractor mx = MentionExtractor.load(models);
    QuoteExtractor qx = QuoteExtractor.load(models);
    ClaimBinder cb = new ClaimBinder(ClaimLexicon.load(models));
    DatelineReader dr = DatelineReader.load(models, ScriptConverter.shared());
    Map<String, IntFunction<String>> kinds = new LinkedHashMap<>();
    kinds.put("spaces", n -> "香港 " + " ".repeat(n - 6) + " - 完");
    kinds.put("diyi", n -> "第一".repeat(n / 2));
    kinds.put("baifenzhi", n -> "百分之".repeat(n / 3));
    kinds.put("unpunct", n -> org.newsfacts.bench.SlowFileBenchmark.unpunctuatedChinese(n, 3));
    kinds.put("digits", n -> "12,345,".repeat(n / 7));
    String only = a.length > 1 ? a[1] : null;
    for (var k : kinds.entrySet()) {
      if (only != null && !k.getKey().equals(only)) continue;
      for (int n : new int[]{(a.length > 0 ? Integer.parseInt(a[0]) : 1_000_000) / 10, (a.length > 0 ? Integer.parseInt(a[0]) : 1_000_000)}) {
        String raw = k.getValue().apply(n);
        long t0 = t(); AnalyzedText at = an.analyze(raw); long t1 = t();
        dr.outlet(at); dr.publicationDate(at); long t2 = t();
        var figs = fx.extract(at.matchingView().text(), FigureContext.forLanguage(at.lang().code())); long t3 = t();
        var ms = mx.extract(at); long t4 = t();
        var qs = qx.extract(at, ms); long t5 = t();
        cb.bind(new ArticleFacts("d", null, at, figs, ms, List.of(), null, null)); long t6 = t();
        System.out.printf("%-10s %8d analyse %6d date %6d figures %6d(%d) mentions %6d(%d) quotes %6d claims %6d ms%n", k.getKey(), n,
          (t1-t0)/1000000, (t2-t1)/1000000, (t3-t2)/1000000, figs.size(), (t4-t3)/1000000, ms.size(), (t5-t4)/1000000, (t6-t5)/1000000);
      }
    }
  }
}
