package org.newsfacts.reconcile;

import java.util.Map;

/** Readable names of the metric ids of {@code gold/FORMAT.md}, for explanations. */
final class MetricLabels {
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("rank", "Place in the overall ranking"),
            Map.entry("rank_previous", "Place in an earlier ranking"),
            Map.entry("pct_filings", "PCT international patent applications"),
            Map.entry("pct_share", "Share of the world's PCT applications"),
            Map.entry("pct_density", "PCT applications per million people"),
            Map.entry("pub_count", "Scientific publications"),
            Map.entry("pub_share", "Share of the world's scientific publications"),
            Map.entry("pub_density", "Publications per million people"),
            Map.entry("pub_growth", "Yearly growth of publications"),
            Map.entry("vc_deals", "Venture capital deals"),
            Map.entry("vc_share", "Share of the world's venture capital deals"),
            Map.entry("vc_density", "Venture capital deals per million people"),
            Map.entry("vc_value", "Money in venture capital deals"),
            Map.entry("clusters_in_top100", "Clusters in the top 100"),
            Map.entry("clusters_in_top_n", "Clusters in the top N"),
            Map.entry("economies_in_top100", "Economies the top 100 spans"),
            Map.entry("occupancy_rate", "Occupancy rate"),
            Map.entry("letting_rate", "Letting rate"),
            Map.entry("tenants", "Tenants moved in"),
            Map.entry("floor_area_increase", "Floor area increase over the original plan"),
            Map.entry("companies", "Companies gathered"),
            Map.entry("listed_companies", "Listed companies"),
            Map.entry("unicorns", "Unicorns"),
            Map.entry("markets", "Markets expanded to"),
            Map.entry("founder_economies", "Economies founders come from"),
            Map.entry("founder_share", "Share of founders"),
            Map.entry("startups", "Start-ups"),
            Map.entry("state_key_labs", "State key laboratories"),
            Map.entry("digital_competitiveness_rank", "Place in the world digital competitiveness ranking"),
            Map.entry("digital_technology_rank", "Place in the digital competitiveness ranking's technology factor"),
            Map.entry("fund_size", "Fund size"),
            Map.entry("vc_pe_fund_rank_asia", "Place in Asia by venture capital and private equity funds managed"),
            Map.entry("ip_receipts_share", "IP receipts as a share of total trade"),
            Map.entry("ip_receipts_rank", "Place by IP receipts' share of trade"),
            Map.entry("patent_box_rate", "Patent box tax rate"));

    private MetricLabels() {
    }

    /** The label, or the id made readable for a metric of the project's own. */
    static String of(String metric) {
        String label = LABELS.get(metric);
        if (label != null) {
            return label;
        }
        String words = metric.replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
