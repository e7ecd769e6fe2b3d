package org.newsfacts.extract.mentions;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsfacts.extract.mentions.ExtractorFixtures.ids;
import static org.newsfacts.extract.mentions.ExtractorFixtures.mentionsOfType;

/** Organisations: named ones in any script or language, suffix patterns, English descriptions. */
class OrganisationMentionTest {

    @Test
    void wipoInEveryFormIsOneOrganisation() {
        assertThat(ids("聯合國世界知識產權組織（WIPO）公布《2025年全球創新指數》。", Mention.ORG)).containsExactly("WIPO");
        assertThat(ids("在世界知识产权组织(WIPO)最新发布的《全球创新指数2025》报告中", Mention.ORG)).containsExactly("WIPO");
        assertThat(ids("On this occasion, WIPO hosted two events in Hong Kong.", Mention.ORG)).containsExactly("WIPO");
    }

    @Test
    void governmentOfTheSarHasOneId() {
        assertThat(ids("香港特別行政區政府發言人表示，排名反映大灣區的創新能力。", Mention.ORG)).containsExactly("特區政府");
        assertThat(ids("香港特區政府昨日與世界知識產權組織簽署諒解備忘錄。", Mention.ORG)).containsExactly("特區政府", "WIPO");
    }

    @Test
    void suffixMakesAnOrganisation() {
        assertThat(ids("華為與新加坡國立大學携手攻關6G。", Mention.ORG)).contains("新加坡國立大學");
        assertThat(mentionsOfType("中國國家知識產權局副局長張志成表示", Mention.ORG))
                .extracting(Mention::surface).containsExactly("中國國家知識產權局");
    }

    @Test
    void aCountOfInstitutionsIsNoOrganisation() {
        assertThat(ids("「深圳─香港─廣州」集群排名升至全球第一，本地多間大學、機構表示祝賀。", Mention.ORG)).isEmpty();
    }

    @Test
    void englishDescriptionRefersBackToTheNamedAgency() {
        assertThat(mentionsOfType("WIPO published the rankings on Monday.\n\nThe UN agency said venture capital deals were added.\n",
                Mention.ORG)).extracting(Mention::surface, Mention::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("WIPO", "WIPO"),
                        org.assertj.core.groups.Tuple.tuple("The UN agency", "WIPO"));
    }

    @Test
    void capitalisedEnglishNameEndingLikeAnOrganisation() {
        assertThat(ids("The Hong Kong Productivity Council said 40 schemes were open.", Mention.ORG))
                .containsExactly("Hong Kong Productivity Council");
    }

    @Test
    void descriptionWithNothingNamedBeforeStaysUnresolved() {
        assertThat(ids("The agency said venture capital deals were added.", Mention.ORG)).isEmpty();
    }
}
