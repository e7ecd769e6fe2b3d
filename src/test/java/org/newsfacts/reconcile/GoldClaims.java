package org.newsfacts.reconcile;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.newsfacts.claims.Claim;
import org.newsfacts.claims.ClaimIds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Claims as a perfect binder would produce them for the real seed articles: subject, metric, value, unit,
 * qualifier, period and speaker from the hand-checked gold claims of {@code corpus/gold}, the figure's
 * surface from the gold figures, and its span and sentence found in the seed text itself (white space
 * ignored, as the gold contexts are copied from the line-repaired text).
 */
final class GoldClaims {
    static final Path GOLD = org.newsfacts.Fixtures.required(org.newsfacts.Fixtures.GOLD);
    static final Path SEEDS = org.newsfacts.Fixtures.CORPUS;
    static final String TAKUNGPAO = "000_f31145e2631746c2.txt";
    static final String CYBERPORT = "001_393174bd8e1c55be.txt";
    static final String HKCNA = "002_7c878330511f077d.txt";
    static final String LOOP = "003_fc18a87fd1563ce0.txt";
    static final String MINGPAO = "004_590e8b99fe6055a9.txt";
    static final List<String> DOCS = List.of(TAKUNGPAO, CYBERPORT, HKCNA, LOOP, MINGPAO);

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final Map<String, List<Claim>> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, String> SHA = new ConcurrentHashMap<>();

    private GoldClaims() {
    }

    static List<Claim> all() {
        List<Claim> claims = new ArrayList<>();
        DOCS.forEach(doc -> claims.addAll(of(doc)));
        return claims;
    }

    static List<Claim> of(String doc) {
        return CACHE.computeIfAbsent(doc, GoldClaims::load);
    }

    /** The article's claims that pass {@code filter}. */
    static List<Claim> of(String doc, Predicate<Claim> filter) {
        return of(doc).stream().filter(filter).toList();
    }

    static Predicate<Claim> about(String subject, String metric) {
        return c -> c.subject().equals(subject) && c.metric().equals(metric);
    }

    static Predicate<Claim> metric(String metric) {
        return c -> c.metric().equals(metric);
    }

    /** The one claim of {@code doc} on this subject and metric whose sentence contains {@code words}. */
    static Claim one(String doc, String subject, String metric, String words) {
        List<Claim> found = of(doc, about(subject, metric).and(c -> squeeze(c.sentence()).contains(words)));
        if (found.size() != 1) {
            throw new IllegalStateException(found.size() + " claims in " + doc + " for " + subject + " " + metric
                    + " with '" + words + "'");
        }
        return found.get(0);
    }

    /** A claim the gold does not have but a held-out article could: built like a real one, with its own id. */
    static Claim variant(Claim from, String subject, String metric, BigDecimal value, String surface, String period,
                         String scope) {
        String id = ClaimIds.of(sha(from.doc()), from.start(), from.end(), metric,
                subject + "#" + value + "#" + period + "#" + scope);
        return new Claim(id, from.doc(), subject, metric, value, from.unit(), from.qualifier(), period, scope,
                from.saidBy(), from.start(), from.end(), surface, from.sentence(), from.outlet(), from.published());
    }

    /** The same claim as another article would state it (same figure, another file). */
    static Claim inDoc(Claim from, String doc) {
        String id = ClaimIds.of(doc, from.start(), from.end(), from.metric(), from.subject());
        return new Claim(id, doc, from.subject(), from.metric(), from.value(), from.unit(), from.qualifier(),
                from.period(), from.scope(), from.saidBy(), from.start(), from.end(), from.surface(), from.sentence(),
                null, from.published());
    }

    static String sha(String doc) {
        return SHA.computeIfAbsent(doc, d -> {
            try {
                byte[] bytes = Files.readAllBytes(org.newsfacts.Fixtures.required(SEEDS.resolve(d)));
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static String squeeze(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "");
    }

    private static List<Claim> load(String doc) {
        try {
            JsonNode gold = JSON.readTree(org.newsfacts.Fixtures.required(GOLD.resolve(doc + ".gold.json")).toFile());
            String text = Files.readString(org.newsfacts.Fixtures.required(SEEDS.resolve(doc)), StandardCharsets.UTF_8);
            Squeezed squeezed = new Squeezed(text);
            String outlet = textOrNull(gold.get("outlet"));
            String published = textOrNull(gold.get("published"));
            List<Claim> claims = new ArrayList<>();
            for (JsonNode claim : gold.get("claims")) {
                claims.add(claim(doc, claim, gold.get("figures"), text, squeezed, outlet, published));
            }
            return List.copyOf(claims);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Claim claim(String doc, JsonNode claim, JsonNode figures, String text, Squeezed squeezed,
                               String outlet, String published) {
        String context = squeeze(claim.get("context").asText());
        BigDecimal value = claim.get("value").decimalValue();
        String unit = claim.get("unit").asText();
        String surface = null;
        String where = context;
        for (JsonNode figure : figures) {
            if (squeeze(figure.get("context").asText()).equals(context)
                    && figure.get("value").decimalValue().compareTo(value) == 0) {
                surface = figure.get("surface").asText();
                break;
            }
        }
        if (surface == null) {
            // A table cell whose figure the gold lists under the table's header row ("排名 1 8 10 …").
            for (JsonNode figure : figures) {
                if (figure.get("value").decimalValue().compareTo(value) == 0 && figure.get("unit").asText().equals(unit)) {
                    surface = figure.get("surface").asText();
                    where = squeeze(figure.get("context").asText());
                    break;
                }
            }
        }
        if (surface == null) {
            throw new IllegalStateException("no gold figure for claim " + claim + " in " + doc);
        }
        int at = squeezed.text.indexOf(where);
        int inside = where.indexOf(squeeze(surface));
        if (at < 0 || inside < 0) {
            throw new IllegalStateException("context or surface not in " + doc + ": " + where + " / " + surface);
        }
        int start = squeezed.original[at + inside];
        int end = squeezed.original[at + inside + squeeze(surface).length() - 1] + 1;
        String metric = claim.get("metric").asText();
        String subject = claim.get("subject").asText();
        return new Claim(ClaimIds.of(sha(doc), start, end, metric, subject), doc, subject, metric, value, unit,
                textOrNull(claim.get("qualifier")), textOrNull(claim.get("period")), null,
                textOrNull(claim.get("said_by")), start, end, surface, sentence(text, start, end),
                outlet, published);
    }

    /** The sentence around a span: from after the previous 。！？ to the next one, inclusive. */
    private static String sentence(String text, int start, int end) {
        int from = start;
        while (from > 0 && "。！？!?".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && "。！？!?".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(from, Math.min(text.length(), to + 1)).strip();
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    /** The text without white space, and where each of its characters sits in the original. */
    private static final class Squeezed {
        final String text;
        final int[] original;

        Squeezed(String raw) {
            StringBuilder out = new StringBuilder(raw.length());
            int[] map = new int[raw.length()];
            for (int i = 0; i < raw.length(); i++) {
                if (!Character.isWhitespace(raw.charAt(i))) {
                    map[out.length()] = i;
                    out.append(raw.charAt(i));
                }
            }
            this.text = out.toString();
            this.original = map;
        }
    }
}
