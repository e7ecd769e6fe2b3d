package org.newsfacts.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When a caller that finds every parser process busy should start another: after waiting as long as a start. */
class ParserStartPolicyTest {
    private static final long MS = 1_000_000;

    @Test
    void beforeAnyProcessHasStartedCallersMayWaitAsLongAsTheFirstStartIsEstimatedToTake() {
        ForkedArticleReader.StartPolicy policy = new ForkedArticleReader.StartPolicy(1000 * MS);

        assertThat(policy.waitBudgetNanos()).isEqualTo(1000 * MS);
    }

    @Test
    void theWaitsOfAllCallersTogetherUseUpTheBudgetSoTheNextCallerStartsAProcess() {
        ForkedArticleReader.StartPolicy policy = new ForkedArticleReader.StartPolicy(1000 * MS);
        policy.started(600 * MS);

        policy.waited(250 * MS);
        policy.waited(250 * MS);
        assertThat(policy.waitBudgetNanos()).isEqualTo(100 * MS);

        policy.waited(150 * MS);
        assertThat(policy.waitBudgetNanos()).isZero();
    }

    @Test
    void aNewProcessRenewsTheBudgetWithHowLongItTookToStart() {
        ForkedArticleReader.StartPolicy policy = new ForkedArticleReader.StartPolicy(1000 * MS);
        policy.waited(1000 * MS);

        policy.started(700 * MS);

        assertThat(policy.waitBudgetNanos()).isEqualTo(700 * MS);
    }
}
