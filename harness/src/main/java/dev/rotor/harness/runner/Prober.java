package dev.rotor.harness.runner;

import dev.rotor.harness.clients.Client;
import dev.rotor.harness.result.Availability;
import dev.rotor.harness.result.TimelineEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Plays the applications during a rotation: each client profile connects over and over on its own thread, as its
 * client library would, and once more after the rotation to tell whether it is locked out. Counts failed connections
 * and the longest outage per client.
 */
final class Prober implements AutoCloseable {
    private final List<ClientProbe> probes;
    private boolean closed;

    private Prober(List<ClientProbe> probes) {
        this.probes = probes;
    }

    /** A prober whose clients start connecting at once. */
    static Prober start(List<Client> clients) {
        Prober prober = new Prober(clients.stream().map(ClientProbe::new).toList());
        prober.probes.forEach(ClientProbe::start);
        return prober;
    }

    /** Stops probing, waits for the probes under way, then lets every client connect once more. */
    @Override
    public void close() throws InterruptedException {
        if (closed) {
            return;
        }
        closed = true;
        probes.forEach(ClientProbe::stop);
        for (ClientProbe probe : probes) {
            probe.finish();
        }
    }

    Availability availability() {
        return new Availability(probes.stream().map(ClientProbe::availability).toList());
    }

    List<TimelineEntry> timeline() {
        List<TimelineEntry> all = new ArrayList<>();
        probes.forEach(p -> all.addAll(p.timeline()));
        all.sort(Comparator.comparing(TimelineEntry::at));
        return all;
    }
}
