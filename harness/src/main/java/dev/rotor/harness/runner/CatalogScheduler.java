package dev.rotor.harness.runner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Runs a catalog's jobs on a fixed set of lanes, one job per lane at a time, so that as many run at once as there are
 * lanes. Results come back in catalog order whatever order the jobs finish in. An exclusive job runs alone. With
 * several lanes the exclusive jobs run first, one after another, before any other job starts: run in catalog order,
 * each would first wait for every job under way to finish while lanes stood idle. With one lane every job runs in
 * catalog order.
 *
 * @param <L> what a lane gives its job (for a run: its own emulator)
 */
final class CatalogScheduler<L> {

    /** One job: whether it needs everything to itself, and its work on the lane it is given. */
    record Job<L, R>(boolean exclusive, Function<L, R> work) {
    }

    private final List<L> lanes;

    CatalogScheduler(List<L> lanes) {
        if (lanes.isEmpty()) {
            throw new IllegalArgumentException("a scheduler needs at least one lane");
        }
        this.lanes = List.copyOf(lanes);
    }

    /**
     * Runs every job and returns their results in the jobs' order. A job that throws ends the run with its exception
     * (the jobs still running are interrupted); so does an interrupt of the calling thread.
     */
    <R> List<R> run(List<Job<L, R>> jobs) throws InterruptedException {
        BlockingQueue<L> free = new LinkedBlockingQueue<>(lanes);
        ExecutorService threads = Executors.newFixedThreadPool(lanes.size(), named());
        try {
            List<Future<R>> started = new ArrayList<>(Collections.nCopies(jobs.size(), null));
            List<Future<R>> running = new ArrayList<>();
            for (int index : startOrder(jobs)) {
                Job<L, R> job = jobs.get(index);
                if (job.exclusive()) {
                    awaitAll(running);
                }
                Future<R> future = threads.submit(() -> onFreeLane(free, job.work()));
                started.set(index, future);
                running.add(future);
                if (job.exclusive()) {
                    awaitAll(running);
                }
            }
            awaitAll(running);
            List<R> results = new ArrayList<>();
            for (Future<R> future : started) {
                results.add(result(future));
            }
            return results;
        } finally {
            threads.shutdownNow();
            threads.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    /** The exclusive jobs first when there are several lanes, each group in catalog order; else catalog order. */
    private List<Integer> startOrder(List<? extends Job<L, ?>> jobs) {
        List<Integer> catalogOrder = IntStream.range(0, jobs.size()).boxed().toList();
        if (lanes.size() == 1) {
            return catalogOrder;
        }
        List<Integer> order = new ArrayList<>(catalogOrder.stream().filter(i -> jobs.get(i).exclusive()).toList());
        order.addAll(catalogOrder.stream().filter(i -> !jobs.get(i).exclusive()).toList());
        return order;
    }

    private static <L, R> R onFreeLane(BlockingQueue<L> free, Function<L, R> work) throws InterruptedException {
        L lane = free.take();
        try {
            return work.apply(lane);
        } finally {
            free.add(lane);
        }
    }

    /** Waits for every future in {@code running}, then forgets them; a failure is rethrown as it was. */
    private static <R> void awaitAll(List<Future<R>> running) throws InterruptedException {
        for (Future<R> future : running) {
            result(future);
        }
        running.clear();
    }

    private static <R> R result(Future<R> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static ThreadFactory named() {
        AtomicInteger count = new AtomicInteger();
        return work -> new Thread(work, "rotor-lane-" + count.incrementAndGet());
    }
}
