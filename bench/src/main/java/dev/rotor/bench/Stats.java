package dev.rotor.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Medians and percentiles of measurements. */
final class Stats {
    private Stats() {
    }

    static <T> double median(List<T> samples, ToDoubleFunction<T> field) {
        return medianOf(samples.stream().map(field::applyAsDouble).toList());
    }

    static double medianOf(List<Double> values) {
        return percentile(values, 0.5);
    }

    static double percentile(List<Double> values, double fraction) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        if (fraction == 0.5 && n % 2 == 0) {
            return (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }
        return sorted.get(Math.min(n - 1, (int) Math.floor(fraction * n)));
    }

}
