package dev.rotor.harness.runner;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogSchedulerTest {

    @Test
    void resultsComeInCatalogOrderWhenTheFirstJobFinishesLast() throws InterruptedException {
        CountDownLatch secondDone = new CountDownLatch(1);
        List<String> finished = Collections.synchronizedList(new ArrayList<>());
        List<CatalogScheduler.Job<String, String>> jobs = List.of(
                job(false, lane -> {
                    await(secondDone);
                    finished.add("first");
                    return "first";
                }),
                job(false, lane -> {
                    finished.add("second");
                    secondDone.countDown();
                    return "second";
                }));

        List<String> results = new CatalogScheduler<>(List.of("lane-1", "lane-2")).run(jobs);

        assertThat(finished).containsExactly("second", "first");
        assertThat(results).containsExactly("first", "second");
    }

    @Test
    void asManyJobsRunAtOnceAsThereAreLanesAndEachJobHasALaneToItself() throws InterruptedException {
        Concurrency concurrency = new Concurrency();
        Set<String> lanesInUse = ConcurrentHashMap.newKeySet();
        CountDownLatch bothRunning = new CountDownLatch(2);
        List<CatalogScheduler.Job<String, String>> jobs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int n = i;
            jobs.add(job(false, lane -> concurrency.during(() -> {
                assertThat(lanesInUse.add(lane)).as("lane %s given to one job at a time", lane).isTrue();
                if (n < 2) {
                    bothRunning.countDown();
                    await(bothRunning);
                }
                lanesInUse.remove(lane);
                return "job " + n;
            })));
        }

        List<String> results = new CatalogScheduler<>(List.of("lane-1", "lane-2")).run(jobs);

        assertThat(concurrency.most()).isEqualTo(2);
        assertThat(results).containsExactly("job 0", "job 1", "job 2", "job 3", "job 4", "job 5");
    }

    @Test
    void anExclusiveJobRunsWithNoOtherJobRunning() throws InterruptedException {
        Concurrency concurrency = new Concurrency();
        List<Integer> whileExclusive = Collections.synchronizedList(new ArrayList<>());
        List<CatalogScheduler.Job<String, String>> jobs = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            int n = i;
            boolean exclusive = n == 3;
            jobs.add(job(exclusive, lane -> concurrency.during(() -> {
                if (exclusive) {
                    whileExclusive.add(concurrency.now());
                    Thread.yield();
                    whileExclusive.add(concurrency.now());
                }
                return "job " + n;
            })));
        }

        List<String> results = new CatalogScheduler<>(List.of("a", "b", "c")).run(jobs);

        assertThat(whileExclusive).containsExactly(1, 1);
        assertThat(results).hasSize(7).startsWith("job 0").endsWith("job 6");
    }

    @Test
    void withSeveralLanesTheExclusiveJobsRunFirstSoThatNoLaneWaitsIdleForThemAndResultsStayInCatalogOrder()
            throws InterruptedException {
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        List<CatalogScheduler.Job<String, Integer>> jobs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int n = i;
            jobs.add(job(n == 2 || n == 4, lane -> {
                order.add(n);
                return n;
            }));
        }

        List<Integer> results = new CatalogScheduler<>(List.of("a", "b")).run(jobs);

        assertThat(order.subList(0, 2)).containsExactly(2, 4);
        assertThat(order).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5);
        assertThat(results).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void oneLaneRunsTheJobsOneAfterAnotherInCatalogOrder() throws InterruptedException {
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        List<CatalogScheduler.Job<String, Integer>> jobs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            jobs.add(job(n == 3, lane -> {
                order.add(n);
                return n;
            }));
        }

        assertThat(new CatalogScheduler<>(List.of("only")).run(jobs)).containsExactly(0, 1, 2, 3, 4);
        assertThat(order).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void aJobThatThrowsEndsTheRunWithItsException() {
        List<CatalogScheduler.Job<String, String>> jobs = List.of(
                job(false, lane -> "fine"),
                job(false, lane -> {
                    throw new IllegalStateException("the emulator did not start");
                }));

        assertThatThrownBy(() -> new CatalogScheduler<>(List.of("a", "b")).run(jobs))
                .isInstanceOf(IllegalStateException.class).hasMessage("the emulator did not start");
    }

    private static <R> CatalogScheduler.Job<String, R> job(boolean exclusive, Function<String, R> work) {
        return new CatalogScheduler.Job<>(exclusive, work);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts the jobs running at once, and the most ever seen. */
    private static final class Concurrency {
        private final AtomicInteger running = new AtomicInteger();
        private final AtomicInteger most = new AtomicInteger();

        <R> R during(java.util.function.Supplier<R> work) {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                return work.get();
            } finally {
                running.decrementAndGet();
            }
        }

        int now() {
            return running.get();
        }

        int most() {
            return most.get();
        }
    }
}
