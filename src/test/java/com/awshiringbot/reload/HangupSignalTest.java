package com.awshiringbot.reload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HangupSignalTest {
    @Test
    void a_sighup_to_this_jvm_runs_the_action_instead_of_stopping_it() throws Exception {
        Semaphore hangups = new Semaphore(0);
        // Only where the handler is installed may the test send SIGHUP: the JVM's default would end the test run.
        assumeTrue(HangupSignal.install(hangups::release), "SIGHUP handling unavailable");
        Process kill = new ProcessBuilder("kill", "-HUP", Long.toString(ProcessHandle.current().pid())).inheritIO().start();
        assertEquals(0, kill.waitFor());
        assertTrue(hangups.tryAcquire(10, TimeUnit.SECONDS), "the action did not run");
    }
}
