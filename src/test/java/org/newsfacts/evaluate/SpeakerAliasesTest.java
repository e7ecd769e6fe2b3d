package org.newsfacts.evaluate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Speakers are matched through the gold's own alias table and generic folding, never through models/. */
class SpeakerAliasesTest {

    @Test
    void namesTheDev2GoldDeclaresAliasesAreOneSpeaker() throws Exception {
        SpeakerAliases aliases = SpeakerAliases.load(Path.of("corpus/dev2/gold"));
        // 觀察者網 2022 writes "世界知識產權組織…稱"; CONVENTIONS.md rule 5 makes it WIPO's name.
        assertThat(aliases.same("世界知識產權組織", "WIPO")).isTrue();
        assertThat(aliases.same("世界知识产权组织", "World Intellectual Property Organization")).isTrue();
    }

    @Test
    void anOfficeWrittenWithItsPlaceIsNotTheBareOffice() throws Exception {
        // 中新社 2023 writes "香港特區政府發言人": a speaker written otherwise is a different string, and the
        // gold declares no alias for it.
        SpeakerAliases aliases = SpeakerAliases.load(Path.of("corpus/dev2/gold"));
        assertThat(aliases.same("香港特區政府發言人", "特區政府發言人")).isFalse();
    }

    @Test
    void scriptWidthAndCaseDoNotMakeTwoSpeakers() {
        assertThat(SpeakerAliases.none().same("香港特区政府发言人", "香港特區政府發言人")).isTrue();
        assertThat(SpeakerAliases.none().same("science, technology and innovation ministry",
                "Science, Technology and Innovation Ministry")).isTrue();
    }

    @Test
    void withoutAnAliasTableAnOrganisationsTwoNamesStayApart() {
        assertThat(SpeakerAliases.none().same("世界知識產權組織", "WIPO")).isFalse();
    }

    @Test
    void aNameGivenToTwoSpeakersIsRefusedNamingTheFile(@TempDir Path gold) throws Exception {
        Files.writeString(gold.resolve(SpeakerAliases.FILE), "WIPO\tOMPI\nUNESCO\tOMPI\n");
        assertThatThrownBy(() -> SpeakerAliases.load(gold))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(SpeakerAliases.FILE)
                .hasMessageContaining("line 2");
    }
}
