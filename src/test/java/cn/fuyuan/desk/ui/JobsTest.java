package cn.fuyuan.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The status bar's job queue: it shows the job that runs, moves on to the next, and goes away when none is left. */
class JobsTest {

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxTestToolkit.start();
    }

    /** A job that runs until released. */
    static Task<String> blocked(CountDownLatch release, String result) {
        return new Task<>() {
            @Override
            protected String call() throws Exception {
                release.await(20, TimeUnit.SECONDS);
                return result;
            }
        };
    }

    static String label(Jobs jobs) {
        return ((Label) jobs.node().getChildren().get(0)).getText();
    }

    /** Waits until the condition, read on the JavaFX thread (a Task's state may be read only there), holds. */
    static void waitFor(java.util.concurrent.Callable<Boolean> c) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(c).get(20, TimeUnit.SECONDS));
    }

    @Test
    void aSecondJobWaitsItsTurnAndTheBarFollowsTheOneThatRuns() throws Exception {
        AtomicReference<Jobs> ref = new AtomicReference<>();
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CountDownLatch releaseSecond = new CountDownLatch(1);
        AtomicReference<String> second = new AtomicReference<>();
        Task<String> first = blocked(releaseFirst, "first");
        WaitForAsyncUtils.asyncFx(() -> {
            Jobs jobs = new Jobs();
            ref.set(jobs);
            jobs.run("导入", first, r -> { }, t -> { });
            jobs.run("统计", blocked(releaseSecond, "second"), second::set, t -> { });
        }).get(20, TimeUnit.SECONDS);
        Jobs jobs = ref.get();
        waitFor(() -> first.getState() == Worker.State.RUNNING);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(jobs.node().isVisible()).isTrue();
        assertThat(label(jobs)).as("the bar shows the job that runs, not the one queued last").isEqualTo("导入");

        releaseFirst.countDown();
        waitFor(() -> "统计".equals(label(jobs)));
        assertThat(jobs.node().isVisible()).as("the second job still runs").isTrue();
        assertThat(jobs.busy()).isTrue();

        releaseSecond.countDown();
        waitFor(() -> "second".equals(second.get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(jobs.node().isVisible()).isFalse();
        assertThat(jobs.busy()).isFalse();
    }

    @Test
    void cancelStopsTheJobThatRunsAndTheNextOneGoesOn() throws Exception {
        AtomicReference<Jobs> ref = new AtomicReference<>();
        CountDownLatch never = new CountDownLatch(1);
        AtomicReference<String> next = new AtomicReference<>();
        Task<String> first = blocked(never, "first");
        WaitForAsyncUtils.asyncFx(() -> {
            Jobs jobs = new Jobs();
            ref.set(jobs);
            jobs.run("备份", first, r -> { }, t -> { });
            jobs.run("报表", blocked(new CountDownLatch(0), "next"), next::set, t -> { });
        }).get(20, TimeUnit.SECONDS);
        Jobs jobs = ref.get();
        waitFor(() -> first.getState() == Worker.State.RUNNING);
        WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.Button) jobs.node().getChildren().get(2)).fire()).get(20, TimeUnit.SECONDS);
        waitFor(() -> first.getState() == Worker.State.CANCELLED);
        waitFor(() -> "next".equals(next.get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(jobs.node().isVisible()).isFalse();
    }
}
