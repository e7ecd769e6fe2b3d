package org.newsfacts.reconcile;

import org.junit.jupiter.api.Test;
import org.newsfacts.claims.Claim;
import org.newsfacts.claims.ClaimIds;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsfacts.reconcile.GoldClaims.MINGPAO;
import static org.newsfacts.reconcile.GoldClaims.TAKUNGPAO;

/** Ids, and output, that do not change from run to run. */
class ClaimIdsTest {

    @Test
    void theSameFigureGetsTheSameIdInEveryRun() {
        String sha = GoldClaims.sha(TAKUNGPAO);
        String id = ClaimIds.of(sha, 1031, 1033, "pct_share", "Shenzhen–Hong Kong–Guangzhou");

        // A literal, not the function called twice in one JVM: researchers join runs of different versions on
        // claim_id, so a change to how ids are made must fail here and be a deliberate decision.
        assertThat(id).isEqualTo("f6448bfbeda9598c");
        assertThat(ClaimIds.of(sha, 1031, 1033, "pub_share", "Shenzhen–Hong Kong–Guangzhou")).isNotEqualTo(id);
        assertThat(ClaimIds.of(sha, 1031, 1034, "pct_share", "Shenzhen–Hong Kong–Guangzhou")).isNotEqualTo(id);
    }

    @Test
    void oneFigureAboutTwoSubjectsGivesTwoIds() {
        // 004: 中美分庭抗禮各佔5席 — one "5", a top-15 count for China and one for the United States.
        List<Claim> apiece = GoldClaims.of(MINGPAO, c -> c.metric().equals("clusters_in_top_n")
                && "top15".equals(c.period()) && GoldClaims.squeeze(c.sentence()).contains("各佔5席"));

        assertThat(apiece).extracting(Claim::subject).containsExactlyInAnyOrder("China", "United States");
        assertThat(apiece.get(0).start()).isEqualTo(apiece.get(1).start());
        assertThat(apiece.get(0).claimId()).isNotEqualTo(apiece.get(1).claimId());
    }

    @Test
    void everyGoldClaimHasADistinctId() {
        List<Claim> all = GoldClaims.all();
        assertThat(all).extracting(Claim::claimId).doesNotHaveDuplicates();
    }

    @Test
    void theOutputDoesNotDependOnTheOrderClaimsArrive(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        List<Claim> shuffled = new ArrayList<>(GoldClaims.all());
        Collections.shuffle(shuffled, new Random(7));

        ConflictsWriter.write(dir.resolve("a"), Reconciler.load(org.newsfacts.Fixtures.MODELS).reconcile(GoldClaims.all()));
        ConflictsWriter.write(dir.resolve("b"), Reconciler.load(org.newsfacts.Fixtures.MODELS).reconcile(shuffled));

        assertThat(Files.readString(dir.resolve("b").resolve(ConflictsWriter.FILE)))
                .isEqualTo(Files.readString(dir.resolve("a").resolve(ConflictsWriter.FILE)));
    }
}
