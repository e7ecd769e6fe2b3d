package org.newsfacts.extract.number;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The digits of web and mail addresses are no numbers; the numbers beside an address still are. */
class AddressTest {

    @Test
    void aWebAddressHoldsNoNumber() {
        assertThat(Numerals.texts("詳情請瀏覽：https://www.cyberport.hk/zh_tw/2025/09。")).isEmpty();
    }

    @Test
    void aMailAddressHoldsNoNumber() {
        assertThat(Numerals.texts("電郵︰maggiehui2025@cyberport.hk")).isEmpty();
    }

    @Test
    void aNumberBeforeAnAddressIsStillRead() {
        assertThat(Numerals.texts("The GII ranks 139 economies; see www.wipo.int/gii2025"))
                .containsExactly("139");
    }
}
