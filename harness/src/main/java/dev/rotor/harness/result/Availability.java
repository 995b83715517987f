package dev.rotor.harness.result;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What the prober's clients saw during an action's or a scenario's rotations, one entry per client profile. */
public record Availability(List<ClientAvailability> clients) {

    public static final Availability NONE = new Availability(List.of());

    public Availability {
        clients = clients.stream().sorted(Comparator.comparing(ClientAvailability::client)).toList();
    }

    /** Both together: each client's figures added. */
    public Availability plus(Availability other) {
        List<ClientAvailability> merged = new ArrayList<>(clients);
        for (ClientAvailability seen : other.clients) {
            int at = indexOf(merged, seen.client());
            if (at < 0) {
                merged.add(seen);
            } else {
                merged.set(at, merged.get(at).plus(seen));
            }
        }
        return new Availability(merged);
    }

    public Optional<ClientAvailability> of(ClientProfile client) {
        return clients.stream().filter(c -> c.client() == client).findFirst();
    }

    /** Whether any client probed at all. */
    public boolean probed() {
        return clients.stream().anyMatch(c -> c.probes() > 0);
    }

    private static int indexOf(List<ClientAvailability> list, ClientProfile client) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).client() == client) {
                return i;
            }
        }
        return -1;
    }
}
