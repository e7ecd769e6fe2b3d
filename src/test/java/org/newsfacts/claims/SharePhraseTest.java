package org.newsfacts.claims;

import org.junit.jupiter.api.Test;
import org.newsfacts.Fixtures;
import org.newsfacts.ingest.DocumentMetadata;
import org.newsfacts.pipeline.ArticleResult;
import org.newsfacts.pipeline.Extractors;
import org.newsfacts.text.AnalyzedText;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shares in both orders: the phrase naming what a share is of stands before the figure ("PCT國際專利申請量佔全球9%")
 * or after it ("9% of world PCT filings", "9.0%的PCT全球份額"), in Traditional, Simplified and English.
 */
class SharePhraseTest {
    private static final Extractors EXTRACTORS = Extractors.load(Fixtures.MODELS);

    private static List<String> claims(String text) {
        AnalyzedText analyzed = Fixtures.analyzer().analyze(text);
        ArticleResult result = EXTRACTORS.extractAnalyzed("test.txt", "0".repeat(64), analyzed,
                new DocumentMetadata(null, null, LocalDate.of(2025, 9, 2)));
        return result.claims().stream().map(c -> c.subject() + " " + c.metric() + " " + c.value().toPlainString()).toList();
    }

    @Test
    void englishSharesNameWhatTheyAreOfAfterTheNumber() {
        assertThat(claims("Shenzhen-Hong Kong-Guangzhou accounts for 9% of world PCT filings, 2.4% of scientific "
                + "publications and 2.9% of venture capital deals.")).containsExactly(
                "Shenzhen–Hong Kong–Guangzhou pct_share 9", "Shenzhen–Hong Kong–Guangzhou pub_share 2.4",
                "Shenzhen–Hong Kong–Guangzhou vc_share 2.9");
    }

    @Test
    void anEnglishShareOfTheWorldsApplicationsIsAPatentShare() {
        assertThat(claims("The Shenzhen-Hong Kong-Guangzhou cluster filed 12% of global PCT applications last year."))
                .containsExactly("Shenzhen–Hong Kong–Guangzhou pct_share 12");
    }

    @Test
    void englishSharesAfterTheirPhraseStillBind() {
        // Yicai, 2 September 2025.
        assertThat(claims("In PCT applications, Tokyo-Yokohama ranked first with 10.3 percent, followed by "
                + "Shenzhen-Hong Kong-Guangzhou at 9 percent and Seoul at 5.4 percent."))
                .contains("Tokyo–Yokohama pct_share 10.3", "Shenzhen–Hong Kong–Guangzhou pct_share 9",
                        "Seoul pct_share 5.4");
    }

    @Test
    void simplifiedSharesBeforeTheirNounWithDe() {
        // 39_ipeconomy (dev2): 深圳-香港-广州凭借9.0%的PCT全球份额(全球最高)和2.9%的风投占比.
        assertThat(claims("深圳-香港-广州凭借9.0%的PCT全球份额(全球最高)和2.9%的风投占比,首次超越东京-横滨。"))
                .contains("Shenzhen–Hong Kong–Guangzhou pct_share 9", "Shenzhen–Hong Kong–Guangzhou vc_share 2.9");
    }

    @Test
    void traditionalSharesBeforeTheirNounWithDe() {
        assertThat(claims("「深圳─香港─廣州」集群貢獻了全球2.4%的科學出版物。"))
                .containsExactly("Shenzhen–Hong Kong–Guangzhou pub_share 2.4");
    }

    @Test
    void scientificPublicationsAfterTheSharesOwnCueInTraditional() {
        assertThat(claims("該集群的PCT國際專利申請量佔全球9%，「深圳─香港─廣州」集群的科學出版物佔全球2.4%。"))
                .contains("Shenzhen–Hong Kong–Guangzhou pub_share 2.4");
    }

    @Test
    void scientificPublicationsBeforeTheShareInSimplified() {
        assertThat(claims("“深圳-香港-广州”集群的PCT国际专利申请量占全球9%，科学出版物占全球2.4%，风险资本交易量占全球2.9%。"))
                .containsExactly("Shenzhen–Hong Kong–Guangzhou pct_share 9", "Shenzhen–Hong Kong–Guangzhou pub_share 2.4",
                        "Shenzhen–Hong Kong–Guangzhou vc_share 2.9");
    }
}
