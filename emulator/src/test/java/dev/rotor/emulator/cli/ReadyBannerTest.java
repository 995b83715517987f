package dev.rotor.emulator.cli;

import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ReadyBannerTest {

    @Test
    void on_loopback_the_banner_gives_the_endpoint_and_no_warning() {
        var lines = new ReadyBanner(new InetSocketAddress("127.0.0.1", 4566), URI.create("http://127.0.0.1:4566"),
                null).lines();

        assertThat(lines).containsExactly("rotor: Secrets Manager emulator ready at http://127.0.0.1:4566 (in memory)");
    }

    @Test
    void on_every_interface_the_banner_prints_the_real_bound_address_and_warns_it_is_unauthenticated() {
        var lines = new ReadyBanner(new InetSocketAddress("0.0.0.0", 4566), URI.create("http://127.0.0.1:4566"),
                Path.of("/var/lib/rotor")).lines();

        assertThat(lines.get(0)).startsWith("rotor: Secrets Manager emulator listening on 0.0.0.0:4566, every network"
                + " interface (data in /var/lib/rotor); from this machine: http://127.0.0.1:4566");
        assertThat(lines.get(1)).startsWith("rotor: WARNING: this endpoint is unauthenticated");
    }

    @Test
    void an_address_beyond_loopback_is_printed_as_bound_with_the_warning_and_ipv6_in_brackets() {
        var v4 = new ReadyBanner(new InetSocketAddress("192.168.1.5", 80), URI.create("http://192.168.1.5:80"), null);
        var v6 = new ReadyBanner(new InetSocketAddress("::1", 4566), URI.create("http://[::1]:4566"), null);
        var any6 = new ReadyBanner(new InetSocketAddress("::", 4566), URI.create("http://127.0.0.1:4566"), null);

        assertThat(v4.lines()).hasSize(2).first().isEqualTo("rotor: Secrets Manager emulator ready at"
                + " http://192.168.1.5:80 (in memory)");
        assertThat(v6.lines()).containsExactly("rotor: Secrets Manager emulator ready at http://[0:0:0:0:0:0:0:1]:4566"
                + " (in memory)");
        assertThat(any6.lines()).hasSize(2).first().asString().contains("listening on [0:0:0:0:0:0:0:0]:4566");
    }
}
