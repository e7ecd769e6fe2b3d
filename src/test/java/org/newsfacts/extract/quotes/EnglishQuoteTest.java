package org.newsfacts.extract.quotes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.newsfacts.extract.mentions.ExtractorFixtures.quotes;

/** Who says what in English news copy. */
class EnglishQuoteTest {
    private static final String INTRO = "WIPO Director General Daren Tang said the ranking had changed.\n\n";

    @Test
    void quotationThenSaidName() {
        List<Quote> q = quotes(INTRO + "\"This is a historic moment for the whole region,\" said Tang.\n");
        assertThat(q).extracting(Quote::speaker, Quote::kind, Quote::text)
                .contains(tuple("Daren Tang", Quote.DIRECT, "This is a historic moment for the whole region"));
    }

    @Test
    void nameSaidColonQuotation() {
        List<Quote> q = quotes("Financial Secretary Paul Chan Mo-po said: \u201cWe are confident that the city will keep its lead.\u201d\n");
        assertThat(q).extracting(Quote::speaker, Quote::speakerTitle, Quote::kind)
                .containsExactly(tuple("Paul Chan Mo-po", "Financial Secretary", Quote.DIRECT));
    }

    @Test
    void reportedSpeechAfterToldReporters() {
        List<Quote> q = quotes(INTRO + "Tang told reporters that the new metric on venture capital changed the picture.\n");
        assertThat(q).extracting(Quote::speaker, Quote::kind, Quote::text)
                .contains(tuple("Daren Tang", Quote.INDIRECT, "the new metric on venture capital changed the picture"));
    }

    @Test
    void pronounContinuesTheLastSpeaker() {
        List<Quote> q = quotes("Secretary for Innovation, Technology and Industry Sun Dong said the ranking reflected the region's "
                + "strength. \"Hong Kong will keep working with its sister cities,\" he said.\n");
        assertThat(q).extracting(Quote::speaker, Quote::kind).containsExactly(
                tuple("Sun Dong", Quote.INDIRECT), tuple("Sun Dong", Quote.DIRECT));
    }

    @Test
    void accordingToAnOrganisation() {
        assertThat(quotes("According to WIPO, the top 100 clusters are spread across 33 economies.\n"))
                .extracting(Quote::speaker, Quote::text)
                .containsExactly(tuple("WIPO", "the top 100 clusters are spread across 33 economies"));
    }

    @Test
    void attributionAtTheEndOfTheSentence() {
        assertThat(quotes(INTRO + "The city's rise reflects its strength in venture capital, Tang said.\n"))
                .extracting(Quote::speaker, Quote::text)
                .contains(tuple("Daren Tang", "The city's rise reflects its strength in venture capital"));
    }

    @Test
    void agencyDescriptionSpeaksForTheAgency() {
        assertThat(quotes("WIPO published the rankings on Monday.\n\nThe UN agency said venture capital deals were added this year.\n"))
                .extracting(Quote::speaker).containsExactly("WIPO");
    }

    @Test
    void termInQuotationMarksIsNoQuote() {
        assertThat(quotes("Last year, the government introduced a \"patent box\" tax concession, allowing eligible IP income "
                + "to be taxed at a preferential rate of 5%.\n")).isEmpty();
    }

    @Test
    void editorialWithoutSpeakersHasNoQuotes() {
        String raw = org.newsfacts.Fixtures.corpusText("004_590e8b99fe6055a9.txt");
        assertThat(quotes(raw)).isEmpty();
    }

    @Test
    void accordingToTheOrganisationWithAnArticleIsItsStatement() {
        List<Quote> q = quotes("The resultant clusters often encompass several municipal districts, sub-federal states, and "
                + "sometimes even two or more countries, according to the WIPO.\n");
        assertThat(q).extracting(Quote::speaker, Quote::kind).containsExactly(tuple("WIPO", Quote.INDIRECT));
        assertThat(q.get(0).text()).startsWith("The resultant clusters often encompass");
    }

    @Test
    void theGenevaBasedUnInstitutionIsTheLastNamedUnAgency() {
        List<Quote> q = quotes("According to the World Intellectual Property Organization (WIPO), four of the top five "
                + "science and technology centers in the world are located in East Asia.\n"
                + "According to the Geneva-based UN institution, Germany has 10 poles and Japan five.\n");
        assertThat(q).extracting(Quote::speaker).containsExactly("WIPO", "WIPO");
        assertThat(q.get(1).text()).contains("Germany has 10 poles and Japan five");
    }

    @Test
    void perOrganisationIntroducesItsQuotation() {
        List<Quote> q = quotes("Per WIPO, \u201cThe GII 2023 uses 80 indicators to track global innovation trends in "
                + "130-plus economies.\u201d\n");
        assertThat(q).extracting(Quote::speaker).containsExactly("WIPO");
        assertThat(q.get(0).text()).contains("80 indicators to track global innovation");
    }

    @Test
    void anIndexOfTheOrganisationIsNoSpeaker() {
        assertThat(quotes("Switzerland, Sweden, the United States, the United Kingdom and Singapore are the world\u2019s most "
                + "innovative economies in 2023, according to WIPO\u2019s Global Innovation Index (GII).\n")).isEmpty();
    }

    @Test
    void officeSpeaksThroughAStatementOnADate() {
        List<Quote> q = quotes("The Science, Technology and Innovation Ministry in a statement on Thursday (Sept 26) said this "
                + "accomplishment reflects Malaysia's continued commitment to enhancing its national innovation ecosystem.\n");
        assertThat(q).extracting(Quote::speaker, Quote::kind)
                .containsExactly(tuple("Science, Technology and Innovation Ministry", Quote.INDIRECT));
        assertThat(q.get(0).text()).startsWith("this accomplishment reflects");
    }

    @Test
    void accordingToAtTheEndOfASentenceAttributesWhatCameBefore() {
        List<Quote> q = quotes("Taipei-Hsinchu ranked as the 25th largest science and technology (S&T) cluster in the world in "
                + "2024, according to the World Intellectual Property Organization (WIPO) of the United Nations.\n");
        assertThat(q).extracting(Quote::speaker).containsExactly("WIPO");
        assertThat(q.get(0).text()).startsWith("Taipei-Hsinchu ranked as the 25th largest");
    }

    @Test
    void theStatementOfAnOfficeThatSpokeIsThatOffice() {
        // The Star 2024.
        List<Quote> q = quotes("The Science, Technology and Innovation Ministry in a statement on Thursday (Sept 26) said this "
                + "accomplishment reflects Malaysia's continued commitment to enhancing its national innovation ecosystem.\n"
                + "The statement also noted that Malaysia retained the top spot in three sub-indicators.\n");
        assertThat(q).extracting(Quote::speaker).containsExactly("Science, Technology and Innovation Ministry",
                "Science, Technology and Innovation Ministry");
        assertThat(q.get(1).text()).startsWith("Malaysia retained the top spot");
    }

    @Test
    void aMinistryWrittenInLowerCaseSpeaksAsWritten() {
        // Free Malaysia Today 2024 writes ministries in lower case.
        List<Quote> q = quotes("The science, technology and innovation ministry nonetheless said the improved position comes "
                + "after three years in a row of Malaysia being ranked in 36th place on the annual index.\n");
        assertThat(q).extracting(Quote::speaker).containsExactly("science, technology and innovation ministry");
    }

    @Test
    void itWithNoOfficeBeforeSpeaksForNobody() {
        assertThat(quotes("It said the index uses 80 indicators to track global innovation trends.\n")).isEmpty();
    }
    @Test
    void quotationThenTitleNameAndVerb() {
        List<Quote> q = quotes("\u201cWe are seeing new science and technology incubators appear in East Asia, particularly China, but also "
                + "in other economies. Middle-income countries, including Brazil and India, are rising,\u201d WIPO Director General "
                + "Daren Tang said in a statement.\n");
        assertThat(q).extracting(Quote::speaker, Quote::kind).containsExactly(tuple("Daren Tang", Quote.DIRECT));
        assertThat(q.get(0).text()).startsWith("We are seeing new science");
    }

    @Test
    void quotationThenSaidTitleAndName() {
        List<Quote> q = quotes("\u201cIndia's continuous rise in Global Innovation Index Rankings is due to the progressive initiatives "
                + "taken by government and industry,\u201d said commerce minister Piyush Goyal.\n");
        assertThat(q).extracting(Quote::speaker, Quote::kind).containsExactly(tuple("Piyush Goyal", Quote.DIRECT));
    }

    @Test
    void quotationThenSaidOrganisationTitleAndName() {
        List<Quote> q = quotes("\"Aside from the long-identified clusters of excellence in the U.S., Europe, Japan and the ROK, we see "
                + "new S&T hotbeds in East Asia, particularly in China,\" said WIPO Director General Daren Tang.\n");
        assertThat(q).extracting(Quote::speaker, Quote::kind).containsExactly(tuple("Daren Tang", Quote.DIRECT));
    }

    @Test
    void quotationThenSaidOrganisationAloneIsTheOrganisation() {
        List<Quote> q = quotes("\"Innovation is spreading to more economies than ever before in the ranking's history,\" said WIPO.\n");
        assertThat(q).extracting(Quote::speaker, Quote::kind).containsExactly(tuple("WIPO", Quote.DIRECT));
    }

    @Test
    void accordingToThenARelativeClauseQuotesBothSides() {
        List<Quote> q = quotes("Since 2016, the GII has sought to identify S&T clusters using a bottom-up approach, according to the "
                + "WIPO, which says this approach disregards administrative or political borders.\n");
        assertThat(q).extracting(Quote::speaker).containsOnly("WIPO");
        assertThat(q).extracting(Quote::text).anySatisfy(t -> assertThat(t).contains("has sought to identify S&T clusters"))
                .anySatisfy(t -> assertThat(t).contains("this approach disregards administrative"));
    }

    @Test
    void highlightedReportsAStatement() {
        List<Quote> q = quotes("Domestic Trade and Cost of Living Minister Datuk Armizan Mohd Ali spoke at the launch.\n\n"
                + "He highlighted that Kuala Lumpur was ranked ahead of several other major economic clusters.\n");
        assertThat(q).extracting(Quote::speaker, Quote::text)
                .contains(tuple("Armizan Mohd Ali", "Kuala Lumpur was ranked ahead of several other major economic clusters"));
    }
    @Test
    void aPublishedSpeechBodyIsTheSpeakersDirectWordsOneQuoteAParagraph() {
        List<Quote> q = quotes("Following is the speech by the Financial Secretary, Mr Paul Chan, at the launch event of the 2025 "
                + "Global Innovation Index Ranking today (September 1):\n\n"
                + "Deputy Director-General Wang Binying, distinguished guests, ladies and gentlemen,\n\n"
                + "Good afternoon. It is a great pleasure to join you today for the launch of the ranking.\n\n"
                + "Today's gathering presents an exceptional opportunity to exchange insights.\n\n"
                + "Ends/Monday, September 1, 2025\n");
        assertThat(q).extracting(Quote::speaker, Quote::kind, Quote::text).containsExactly(
                tuple("Paul Chan", Quote.DIRECT, "Good afternoon. It is a great pleasure to join you today for the launch of the ranking."),
                tuple("Paul Chan", Quote.DIRECT, "Today's gathering presents an exceptional opportunity to exchange insights."));
    }

    @Test
    void aQuotationThenReadTheStatementIsTheOfficesWords() {
        // The Star 2024 (dev2 23).
        List<Quote> q = quotes("The Science, Technology and Innovation Ministry in a statement on Thursday (Sept 26) said this "
                + "accomplishment reflects Malaysia's continued commitment to enhancing its national innovation ecosystem.\n"
                + "\"The inclusion of Kuala Lumpur in the Top 100 Science and Technology Clusters for the first time since 2016 "
                + "underscores Malaysia's rising status as a regional hub for innovation,\" read the statement.\n");
        assertThat(q).extracting(Quote::speaker, Quote::kind).containsExactly(
                tuple("Science, Technology and Innovation Ministry", Quote.INDIRECT),
                tuple("Science, Technology and Innovation Ministry", Quote.DIRECT));
        assertThat(q.get(1).text()).endsWith("as a regional hub for innovation");
    }

    @Test
    void anAdverbOfTimeMayStandBetweenTheSpeakerAndTheVerb() {
        // theSun 2024 (dev2 25).
        List<Quote> q = quotes("Domestic Trade and Cost of Living Minister Datuk Armizan Mohd Ali recently described the "
                + "ranking as a significant milestone for Malaysia.\n");
        assertThat(q).extracting(Quote::speaker).containsExactly("Armizan Mohd Ali");
        assertThat(q.get(0).text()).contains("a significant milestone for Malaysia");
    }

    @Test
    void aSentenceEndingAccordingToANewsAgencyIsTheAgencysStatement() {
        // Verdict 2023 (dev2 12).
        List<Quote> q = quotes("The Japanese government's massive investment in its research had led some to dub the "
                + "university 'the best research university in Japan', according to Reuters.\n");
        assertThat(q).extracting(Quote::speaker).containsExactly("Reuters");
        assertThat(q.get(0).text()).contains("the best research university in Japan");
    }
}
