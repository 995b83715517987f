package dev.rotor.harness.database;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseAdminTest {

    /** A server nobody listens on: validation must fail before any connection is tried. */
    private record Nowhere(Engine engine, String host, int port, Credentials admin) implements DatabaseServer {
        @Override
        public String description() {
            return "nowhere";
        }

        @Override
        public void close() {
        }
    }

    private final DatabaseAdmin admin = new DatabaseAdmin(
            new Nowhere(Engine.MYSQL, "127.0.0.1", 1, new Credentials("root", "x")));

    @Test
    void aPrefixThatWouldNeedQuotingIsRejectedBeforeTouchingTheServer() {
        assertThatThrownBy(() -> admin.createSchemaAndUser("app`; DROP", "SELECT"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("prefix");
    }

    @Test
    void privilegesMustBeAPlainList() {
        assertThatThrownBy(() -> admin.createSchemaAndUser("app", "SELECT ON *.* TO x; --"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("privileges");
    }

    @Test
    void grantsAreOnlyShownForPlainUserNames() {
        assertThatThrownBy(() -> admin.showGrants("x'@'%"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
