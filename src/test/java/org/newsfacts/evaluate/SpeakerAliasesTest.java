package org.newsfacts.evaluate;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Speakers named as the article writes them meet the extractor's organisation ids through models/organisations.tsv. */
class SpeakerAliasesTest {
    private static final SpeakerAliases ALIASES = SpeakerAliases.load(Path.of("models"));

    @Test
    void chineseNameOfWipoIsWipo() {
        // 觀察者網 2022: "世界知識產權組織…稱" is written in gold as the article writes it.
        assertThat(ALIASES.same("世界知識產權組織", "WIPO")).isTrue();
        assertThat(ALIASES.same("World Intellectual Property Organization", "WIPO")).isTrue();
    }

    @Test
    void officeOfAnOrganisationWrittenWithItsPlaceIsTheSameOffice() {
        // 中新社 2023: "香港特區政府發言人" against the extractor's office id 特區政府發言人.
        assertThat(ALIASES.same("香港特区政府发言人", "特區政府發言人")).isTrue();
    }

    @Test
    void differentOfficesOfOneOrganisationStayApart() {
        assertThat(ALIASES.same("香港特區政府發言人", "特區政府")).isFalse();
        assertThat(ALIASES.same("WIPO", "特區政府")).isFalse();
    }

    @Test
    void withoutTheTableSpeakersAreComparedAsWritten() {
        assertThat(SpeakerAliases.none().same("世界知識產權組織", "WIPO")).isFalse();
        assertThat(SpeakerAliases.none().same("世界知識產權組織", "世界知识产权组织")).isTrue();
    }
}
