package dev.rotor.bench;

import org.HdrHistogram.Histogram;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleSupplier;

/** Runs one request type from a fixed number of client threads for a fixed time and records every latency. */
final class LoadRun {
    private static final long MAX_MICROS = 60_000_000L;

    /** One request of a workload; returns whether it succeeded. */
    @FunctionalInterface
    interface Request {
        boolean send(int thread, long sequence) throws Exception;
    }

    /** What one window measured: successful requests per second and latency percentiles in milliseconds. */
    record Result(long requests, long errors, double seconds, double perSecond, double p50Millis,
                  double p99Millis, double serverCpuMicros, double clientCpuMicros) {
    }

    private LoadRun() {
    }

    static Result run(int threads, long millis, Request request) throws InterruptedException {
        return run(threads, millis, request, () -> Double.NaN);
    }

    /**
     * Runs the load; {@code serverCpuMillis} reads the server's CPU time so that the result carries the server's and
     * the client's CPU time per request, which stays meaningful on a busy shared machine.
     */
    static Result run(int threads, long millis, Request request, DoubleSupplier serverCpuMillis)
            throws InterruptedException {
        double serverCpuBefore = serverCpuMillis.getAsDouble();
        long clientCpuBefore = clientCpuNanos();
        List<Histogram> histograms = new ArrayList<>();
        long[] errors = new long[threads];
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + millis * 1_000_000L;
        for (int t = 0; t < threads; t++) {
            Histogram histogram = new Histogram(MAX_MICROS, 3);
            histograms.add(histogram);
            int thread = t;
            workers.add(new Thread(() -> {
                long sequence = 0;
                try {
                    while (System.nanoTime() < deadline) {
                        long before = System.nanoTime();
                        boolean ok = request.send(thread, sequence++);
                        long micros = (System.nanoTime() - before) / 1000;
                        if (ok) {
                            histogram.recordValue(Math.min(Math.max(micros, 1), MAX_MICROS));
                        } else {
                            errors[thread]++;
                        }
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "bench-client-" + t));
        }
        workers.forEach(Thread::start);
        for (Thread worker : workers) {
            worker.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double serverCpu = serverCpuMillis.getAsDouble() - serverCpuBefore;
        double clientCpu = (clientCpuNanos() - clientCpuBefore) / 1e6;
        if (failure.get() != null) {
            throw new IllegalStateException("a client thread failed: " + failure.get(), failure.get());
        }
        Histogram all = new Histogram(MAX_MICROS, 3);
        histograms.forEach(all::add);
        long errorCount = 0;
        for (long e : errors) {
            errorCount += e;
        }
        return new Result(all.getTotalCount(), errorCount, seconds, all.getTotalCount() / seconds,
                all.getValueAtPercentile(50) / 1000.0, all.getValueAtPercentile(99) / 1000.0,
                serverCpu * 1000 / Math.max(1, all.getTotalCount()), clientCpu * 1000 / Math.max(1, all.getTotalCount()));
    }

    private static long clientCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
