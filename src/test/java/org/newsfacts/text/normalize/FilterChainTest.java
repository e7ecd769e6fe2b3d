package org.newsfacts.text.normalize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FilterChainTest {
    @Test
    void offsetsAfterSeveralFiltersPointIntoTheFirstInput() {
        String repaired = "「深圳──香港－廣州」集群";
        Normalized n = FilterChain.of(new ScriptFilter(ScriptConverter.shared()), new DashFilter(),
                new QuoteFilter(), new WidthFilter()).filter(repaired);
        assertThat(n.text()).isEqualTo("“深圳-香港-广州”集群");
        int guangzhou = n.text().indexOf("广州");
        assertThat(repaired.substring(n.sourceStart(guangzhou), n.sourceEnd(guangzhou + 1))).isEqualTo("廣州");
        int firstHyphen = n.text().indexOf('-');
        assertThat(repaired.substring(n.sourceStart(firstHyphen), n.sourceEnd(firstHyphen))).isEqualTo("──");
    }

    @Test
    void anEmptyChainLeavesTheTextAndItsOffsets() {
        Normalized n = FilterChain.of().filter("香港");
        assertThat(n.text()).isEqualTo("香港");
        assertThat(n.sourceEnd(1)).isEqualTo(2);
    }
}
