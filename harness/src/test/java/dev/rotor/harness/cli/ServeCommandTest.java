package dev.rotor.harness.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class ServeCommandTest {

    @Test
    void allowed_hosts_take_a_comma_separated_list_and_repeat() {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--allowed-hosts", "secrets.example.com,*.corp.example",
                "--allowed-hosts", "rotor.internal");

        assertThat(serve.allowedHosts).containsExactly("secrets.example.com", "*.corp.example", "rotor.internal");
    }
}
