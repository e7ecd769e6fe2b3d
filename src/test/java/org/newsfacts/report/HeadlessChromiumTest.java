package org.newsfacts.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The browser runner's own guard: a browser that hangs is killed at the time limit, children included. */
class HeadlessChromiumTest {
    @TempDir
    Path folder;

    @Test
    void aHangingBrowserIsKilledWithItsChildren() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh for the stand-in browser");
        Path pidFile = folder.resolve("child.pid");
        // A stand-in that starts a helper (as Chromium starts renderers) and never answers.
        Path fake = folder.resolve("chromium");
        Files.writeString(fake, "#!/bin/sh\nsleep 300 &\necho $! > " + pidFile + "\nwait\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));

        long started = System.nanoTime();
        HeadlessChromium.Run run = HeadlessChromium.at(fake).run(folder, Duration.ofSeconds(2), "--dump-dom",
                "file:///nowhere.html");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        assertThat(run.timedOut()).isTrue();
        assertThat(run.succeeded()).isFalse();
        assertThat(run.describe()).contains("killed");

        long child = Long.parseLong(Files.readString(pidFile).strip());
        for (int i = 0; i < 50 && ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false); i++) {
            Thread.sleep(100);
        }
        assertThat(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false)).as("helper process").isFalse();
    }
}
