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

    @Test
    void keeps_the_same_head_and_tail_whether_the_output_comes_at_once_or_byte_by_byte() {
        String output = "0123456789abcdefghijklmnopqrstuvwxyz".repeat(7);
        BoundedLog atOnce = new BoundedLog(16);
        append(atOnce, output);
        BoundedLog byteByByte = new BoundedLog(16);
        for (char c : output.toCharArray()) {
            append(byteByByte, String.valueOf(c));
        }
        BoundedLog inChunks = new BoundedLog(16);
        for (int i = 0; i < output.length(); i += 11) {
            append(inChunks, output.substring(i, Math.min(output.length(), i + 11)));
        }

        String expected = "01234567\n[rotor: output truncated, " + (output.length() - 16) + " bytes dropped]\n"
                + output.substring(output.length() - 8);
        assertThat(atOnce.take()).isEqualTo(expected);
        assertThat(byteByByte.take()).isEqualTo(expected);
        assertThat(inChunks.take()).isEqualTo(expected);
    }
}
