package org.newsfacts.records;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** conflicts.json read through its record: the contract's fields required, the project's optional, errors placed. */
class ConflictsRecordTest {
    /** The corpus's one conflict as the output contract writes it, none of the project's additions. */
    private static final String CONTRACT_ONLY = """
            {"conflicts": [{"subject": "Shenzhen–Hong Kong–Guangzhou", "metric": "pct_share", "period": null,
              "claims": ["a1", "b2"],
              "values": [{"doc": "000_f31145e2631746c2.txt", "value": 9, "unit": "%", "qualifier": null},
                         {"doc": "002_7c878330511f077d.txt", "value": 12.0, "unit": "%", "qualifier": null}],
              "explanation": "000 says 9%, 002 says 12%"}],
             "agreements": []}
            """;

    @Test
    void aFileWithOnlyTheContractsFieldsReads() throws Exception {
        ConflictsRecord file = ConflictsRecord.read(CONTRACT_ONLY, "contract.json");

        ConflictsRecord.Group group = file.conflicts().get(0);
        assertThat(group.values()).extracting(ConflictsRecord.Value::value)
                .containsExactly(new BigDecimal("9"), new BigDecimal("12.0"));
        assertThat(group.shareChecks()).isEmpty();
        assertThat(group.docs()).isNull();
        assertThat(file.doubts()).isEmpty();
        assertThat(file.stories()).isEmpty();
    }

    @Test
    void aMissingContractFieldNamesTheFileLineAndField() {
        String noUnit = CONTRACT_ONLY.replace("\"unit\": \"%\", \"qualifier\": null},\n", "\"qualifier\": null},\n");

        assertThatThrownBy(() -> ConflictsRecord.read(noUnit, "run/conflicts.json"))
                .isInstanceOf(MalformedFile.class)
                .hasMessageStartingWith("run/conflicts.json: line 3, column ")
                .hasMessageContaining("at conflicts[0].values[0].unit: ");
    }

    @Test
    void aFieldOfTheWrongTypeNamesItsPath() {
        String textValue = CONTRACT_ONLY.replace("\"value\": 12.0", "\"value\": \"twelve\"");

        assertThatThrownBy(() -> ConflictsRecord.read(textValue, "run/conflicts.json"))
                .isInstanceOf(MalformedFile.class)
                .hasMessageStartingWith("run/conflicts.json: line 4, column ")
                .hasMessageContaining("at conflicts[0].values[1].value");
    }

    @Test
    void aFileThatIsNoJsonSaysWhereItStops() {
        assertThatThrownBy(() -> ConflictsRecord.read(CONTRACT_ONLY.substring(0, 120), "run/conflicts.json"))
                .isInstanceOf(MalformedFile.class)
                .hasMessageStartingWith("run/conflicts.json: line ");
    }

    @Test
    void aFileWithoutAgreementsIsNoConflictsFile() {
        assertThatThrownBy(() -> ConflictsRecord.read("{\"conflicts\": []}", "run/conflicts.json"))
                .isInstanceOf(MalformedFile.class)
                .hasMessageContaining("'agreements'");
    }
}
