package dev.rotor.emulator.lambda;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedLogTest {

    private static void append(BoundedLog log, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        log.append(bytes, 0, bytes.length);
    }

    @Test
    void keeps_everything_below_the_limit() {
        BoundedLog log = new BoundedLog(20);
        append(log, "hello ");
        append(log, "world");

        assertThat(log.take()).isEqualTo("hello world");
        assertThat(log.take()).isEmpty();
    }

    @Test
    void keeps_head_and_tail_and_says_what_it_dropped() {
        BoundedLog log = new BoundedLog(10);
        append(log, "abcde");
        append(log, "0123456789");
        append(log, "vwxyz");

        assertThat(log.take()).isEqualTo("abcde\n[rotor: output truncated, 10 bytes dropped]\nvwxyz");
    }
}
