package org.newsfacts.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The page's only style sheet and its only script, inline so the file opens from disk with nothing else, and
 * the Content-Security-Policy that allows exactly these two and nothing from the network. The policy is a
 * second wall behind escaping: were article text ever to become markup, a browser would still run no script
 * of it and fetch nothing.
 */
final class ReportStyle {
    private static final String SANS = "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial";

    static final String CSS = """
            :root {
              --ink: #1f2328; --muted: #5f6b76; --line: #d9dee3; --paper: #fff; --ground: #f3f4f6;
              --accent: #0b57d0; --alert: #b3261e; --alert-soft: #fde8e6; --warn: #8a5a00;
              --fig: #ffd54a; --fig-soft: #fff2c2; --quote: #e3eefc; --quote-line: #6f9bd8;
              --person: #2e7d32; --cluster: #7b1fa2; --org: #d35400;
            }
            * { box-sizing: border-box; }
            html { background: var(--ground); color: var(--ink); }
            body {
              margin: 0 auto; max-width: 1200px; padding: 20px 28px 80px;
              font: 16px/1.6 %SANS%, "Noto Sans CJK TC", "Noto Sans TC", "PingFang TC", "Microsoft JhengHei",
                "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Zen Hei", sans-serif;
            }
            /* Traditional and Simplified share code points but not glyph forms: pick the font by the text's lang. */
            :lang(zh-Hant) { font-family: %SANS%, "Noto Sans CJK TC", "Noto Sans TC", "PingFang TC",
                "Microsoft JhengHei", "Source Han Sans TC", "WenQuanYi Zen Hei", sans-serif; }
            :lang(zh-Hans) { font-family: %SANS%, "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC",
                "Microsoft YaHei", "Source Han Sans SC", "WenQuanYi Zen Hei", sans-serif; }
            a { color: var(--accent); text-decoration: none; }
            a:hover { text-decoration: underline; }
            code { font: 0.88em/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; }
            h1 { font-size: 26px; margin: 0 0 2px; letter-spacing: -0.01em; }
            h2 { font-size: 21px; margin: 40px 0 10px; display: flex; align-items: center; gap: 10px; }
            h2 .count { font-size: 13px; font-weight: 600; background: #e4e7eb; border-radius: 999px; padding: 1px 10px; }
            h2 .count.alert { background: var(--alert); color: #fff; }
            #conflicts h2 { margin-top: 24px; }
            .hint, .empty, .lead { color: var(--muted); margin: 0 0 12px; font-size: 14px; }
            .lead { font-size: 15px; }

            .summary { padding-bottom: 6px; border-bottom: 1px solid var(--line); }
            .stats { list-style: none; display: flex; flex-wrap: wrap; gap: 8px; padding: 0; margin: 12px 0; }
            .stat { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 6px 14px;
              min-width: 92px; }
            .stat .n { display: block; font-size: 22px; font-weight: 700; font-variant-numeric: tabular-nums; }
            .stat .label { font-size: 12px; color: var(--muted); }
            .stat.alert { border-color: var(--alert); background: var(--alert-soft); }
            .stat.alert .n { color: var(--alert); }
            .stat.warn .n { color: var(--warn); }
            nav { display: flex; flex-wrap: wrap; gap: 6px 18px; font-size: 14px; margin: 4px 0 10px; }

            .conflict, .doc-view { background: var(--paper); border: 1px solid var(--line); border-radius: 10px;
              padding: 16px 20px; margin: 14px 0; box-shadow: 0 1px 2px rgba(0,0,0,.04); }
            .conflict { border-left: 6px solid var(--alert); }
            figure.number-line { margin: 10px 0; }
            svg.number-line { display: block; max-width: 100%; height: auto; }
            .doubts details > summary { cursor: pointer; font-weight: 600; }
            .conflict:target, .doc-view:target { box-shadow: 0 0 0 3px var(--accent); }
            h3 { font-size: 19px; margin: 0; display: flex; align-items: baseline; flex-wrap: wrap; gap: 10px; }
            .badge { font-size: 12px; font-weight: 700; color: #fff; background: var(--alert); border-radius: 4px;
              padding: 2px 8px; text-transform: uppercase; letter-spacing: .04em; }
            .fact { margin: 4px 0 12px; font-size: 13px; color: var(--muted); }
            .fact > * + *::before { content: "·"; margin: 0 .5em; color: #aab2bb; }
            .fact .metric { color: var(--ink); background: #eef0f3; padding: 1px 5px; border-radius: 4px; }

            .conflict-table { width: 100%; table-layout: fixed; border-collapse: separate; border-spacing: 0; }
            .conflict-table th, .conflict-table td { text-align: left; vertical-align: top; padding: 0 14px; }
            .conflict-table th + th, .conflict-table td + td { border-left: 1px solid var(--line); }
            .conflict-table th:first-child, .conflict-table td:first-child { padding-left: 0; }
            .value-head .value { display: block; font-size: 30px; line-height: 1.2; font-weight: 800; color: var(--alert);
              font-variant-numeric: tabular-nums; }
            .value-head .written, .agreement-table .written { display: block; font-size: 12px; font-weight: 400;
              color: var(--muted); white-space: normal; }
            .value-head .support { display: block; font-size: 12px; font-weight: 400; color: var(--muted); margin-bottom: 6px; }
            .source { padding: 10px 0 12px; border-top: 1px solid var(--line); }
            .where { display: flex; flex-wrap: wrap; gap: 2px 12px; font-size: 13px; color: var(--muted); }
            .where .doc { font-weight: 600; overflow-wrap: anywhere; }
            .unknown { font-style: italic; color: #8b949e; }
            blockquote.sentence { margin: 6px 0; padding: 8px 12px; background: #f8f9fb; border-left: 3px solid #c5ccd4;
              font-size: 17px; line-height: 1.85; overflow-wrap: anywhere; }
            .said { font-size: 13px; color: var(--muted); }
            .said .speaker { color: var(--ink); }
            .said.unattributed { font-style: italic; }
            p.explanation { background: #f1f4f8; border-radius: 6px; padding: 10px 14px; margin: 12px 0 2px;
              font-size: 14px; line-height: 1.65; }

            .agreement-table, .failed-table { width: 100%; border-collapse: collapse; background: var(--paper);
              border: 1px solid var(--line); border-radius: 8px; font-size: 14px; }
            .agreement-table th, .failed-table th { text-align: left; font-size: 12px; text-transform: uppercase;
              letter-spacing: .04em; color: var(--muted); background: #f7f8fa; }
            .agreement-table th, .agreement-table td, .failed-table th, .failed-table td { padding: 7px 10px;
              border-bottom: 1px solid var(--line); vertical-align: top; }
            .agreement-table td.subject { font-weight: 600; width: 20%; }
            .agreement-table td.value { width: 16%; }
            .agreement-table td.value { font-weight: 700; white-space: nowrap; font-variant-numeric: tabular-nums; }
            .agreement-table .fact { margin: 0; }
            .links { display: flex; flex-wrap: wrap; gap: 2px 12px; font-size: 13px; }
            .links .times { color: var(--muted); margin-left: 3px; font-size: 12px; }
            details summary { cursor: pointer; font-size: 12px; color: var(--muted); margin-top: 2px; }
            details[open] { margin-bottom: 6px; }
            .notes li { margin: 6px 0; }
            .notes .docs { font-size: 13px; color: var(--muted); }
            .failed-table td.doc { font-weight: 600; overflow-wrap: anywhere; width: 30%; }
            .failed-table td.error { color: var(--alert); overflow-wrap: anywhere; }

            .legend { position: sticky; top: 0; z-index: 2; list-style: none; display: flex; flex-wrap: wrap;
              gap: 4px 16px; margin: 0 0 6px; padding: 8px 12px; font-size: 13px; color: var(--muted);
              background: rgba(243,244,246,.96); border-bottom: 1px solid var(--line); }
            .doc-view header .number { font-size: 13px; font-weight: 700; color: var(--muted); background: #eef0f3;
              border-radius: 4px; padding: 1px 8px; }
            .meta, .counts { margin: 4px 0 0; font-size: 13px; color: var(--muted); }
            .meta > * + *::before { content: "·"; margin: 0 .5em; color: #aab2bb; }
            .doc-view .text { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 17px; line-height: 1.9;
              max-width: 54em; margin-top: 14px; padding-top: 12px; border-top: 1px solid var(--line); }

            mark.fig { color: inherit; background: var(--fig-soft); border-radius: 3px; padding: 0 1px; }
            mark.fig.claimed { background: var(--fig); }
            mark.fig.conflicted { background: var(--alert-soft); box-shadow: inset 0 0 0 2px var(--alert); font-weight: 700; }
            blockquote.sentence mark.fig { background: var(--fig); font-weight: 700; padding: 0 3px; }
            mark.fig:target { outline: 3px solid var(--accent); outline-offset: 2px; }
            /* A figure jumped to from a conflict lands mid-screen with its sentence around it, below the sticky legend. */
            mark[id] { scroll-margin-top: 35vh; }
            .doc-view { scroll-margin-top: 72px; }
            .quote { background: var(--quote); box-decoration-break: clone; -webkit-box-decoration-break: clone; }
            .quote.indirect { background: transparent; border-bottom: 2px dashed var(--quote-line); }
            .mention { text-decoration: underline 2px; text-underline-offset: 4px; }
            .mention.person { text-decoration-color: var(--person); }
            .mention.cluster { text-decoration-color: var(--cluster); }
            .mention.org { text-decoration-color: var(--org); }
            .mention.other { text-decoration-color: var(--muted); }
            .legend .sample { padding: 0 4px; color: var(--ink); }

            @media print {
              html { background: #fff; }
              .legend { position: static; }
              .conflict, .doc-view { break-inside: avoid-page; box-shadow: none; }
            }
            """.replace("%SANS%", SANS);

    /**
     * A self-check a browser runs on load: whether the first conflict's table is laid out and its marked
     * figure has a box, is visible and is the element actually on top at its centre. The answers go into
     * {@code data-check-*} attributes of {@code <body>}, so a headless browser's dumped DOM carries them. It
     * never scrolls or changes what a reader sees.
     */
    static final String SELF_CHECK = """
            (function () {
              function shown(el) {
                var box = el.getBoundingClientRect();
                if (box.width <= 0 || box.height <= 0) { return false; }
                for (var e = el; e; e = e.parentElement) {
                  var s = getComputedStyle(e);
                  if (s.display === 'none' || s.visibility !== 'visible' || parseFloat(s.opacity) === 0) { return false; }
                }
                return true;
              }
              function onTop(el) {
                var box = el.getBoundingClientRect();
                var x = box.left + box.width / 2, y = box.top + box.height / 2;
                if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) { return 'offscreen'; }
                var hit = document.elementFromPoint(x, y);
                return hit && (hit === el || el.contains(hit)) ? 'yes' : 'no';
              }
              function check() {
                var body = document.body;
                var table = document.querySelector('#conflicts table.conflict-table');
                body.setAttribute('data-check-conflict-table', table ? (shown(table) ? 'rendered' : 'hidden') : 'absent');
                var mark = table && table.querySelector('mark.fig');
                body.setAttribute('data-check-conflict-mark', mark ? (shown(mark) ? 'visible' : 'hidden') : 'absent');
                if (mark) {
                  var box = mark.getBoundingClientRect();
                  body.setAttribute('data-check-conflict-mark-text', mark.textContent);
                  body.setAttribute('data-check-conflict-mark-box', [box.left + scrollX, box.top + scrollY, box.width,
                      box.height].map(Math.round).join(' '));
                  body.setAttribute('data-check-conflict-mark-background', getComputedStyle(mark).backgroundColor);
                  body.setAttribute('data-check-conflict-mark-on-top', onTop(mark));
                }
                var line = document.querySelector('#conflicts svg.number-line');
                body.setAttribute('data-check-number-line', line ? (shown(line) ? 'rendered' : 'hidden') : 'absent');
                if (line) {
                  body.setAttribute('data-check-number-line-bars', Array.prototype.map.call(
                      line.querySelectorAll('rect.range'), function (r) {
                        var b = r.getBoundingClientRect();
                        return Math.round(b.left) + ':' + Math.round(b.right);
                      }).join(' '));
                }
              }
              check();
              addEventListener('load', function () {
                check();
                // Time from the start of navigation to the load event: how long the page takes to open.
                document.body.setAttribute('data-check-load-ms', String(Math.round(performance.now())));
              });
            })();
            """;

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + sha256(CSS) + "'; "
            + "script-src '" + sha256(SELF_CHECK) + "'; img-src data:; base-uri 'none'; form-action 'none'";

    private ReportStyle() {
    }

    private static String sha256(String source) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
