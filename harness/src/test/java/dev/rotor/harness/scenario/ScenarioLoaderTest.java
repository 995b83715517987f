package dev.rotor.harness.scenario;

import dev.rotor.emulator.admin.Fault;
import dev.rotor.emulator.rotation.RotationStep;
import dev.rotor.harness.action.Action;
import dev.rotor.harness.action.AdvanceClock;
import dev.rotor.harness.action.ChangePasswordOutOfBand;
import dev.rotor.harness.action.Expectation;
import dev.rotor.harness.action.ArmFault;
import dev.rotor.harness.action.Rotate;
import dev.rotor.harness.action.Wait;
import dev.rotor.harness.database.Engine;
import dev.rotor.harness.result.ClientProfile;
import dev.rotor.harness.result.ClientVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class ScenarioLoaderTest {
    @TempDir
    Path dir;

    private final ScenarioLoader loader = new ScenarioLoader();

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void theProjectsCatalogLoadsAndCoversBothStrategiesAndEngines() {
        List<Scenario> catalog = loader.loadAll(Path.of("../scenarios"));
        assertThat(catalog).hasSizeGreaterThanOrEqualTo(10);
        assertThat(catalog).extracting(Scenario::name).doesNotHaveDuplicates()
                .contains("first-rotation", "repeated-rotations", "scheduled-rotation", "manual-change-during-schedule",
                        "cancel-and-rerotate", "pending-left-by-failed-rotation", "special-characters",
                        "custom-keys-preserved", "refused-connections-during-set-secret",
                        "lost-response-after-set-secret", "throttled-put-secret-value",
                        "database-restart-between-rotations", "operator-writes-during-rotation",
                        "latency-on-every-round-trip", "cached-client-locked-out",
                        "dropped-connections-during-rotation", "stalled-database-during-set-secret",
                        "rotate-called-during-rotation", "rotation-cancelled-while-running");
        assertThat(catalog).allMatch(s -> s.appliesTo(Strategy.ALTERNATING_USERS, Engine.MYSQL)
                && s.appliesTo(Strategy.ALTERNATING_USERS, Engine.MARIADB));
        // the lock-out of a cached client is the trap of alternating users only
        assertThat(catalog).filteredOn(s -> !s.appliesTo(Strategy.SINGLE_USER, Engine.MYSQL))
                .extracting(Scenario::name).containsExactly("cached-client-locked-out");
    }

    @Test
    void aFullScenarioReadsIntoTheModel() throws IOException {
        Path file = write("full.yaml", """
                name: full
                description: everything
                strategies: [alternating-users]
                engines: mariadb
                setup:
                  privileges: [select, insert]
                  secret: {note: hi, replicas: 3}
                  function-environment: {EXCLUDE_CHARACTERS: ""}
                  function-timeout: 5s
                  password: "p'w"
                  rotation: {schedule-expression: rate(10 days)}
                actions:
                  - rotate
                  - rotate: {expect: fails-at setSecret, rotate-immediately: false}
                  - wait: 250ms
                  - advance-clock: {by: P30D, expect: none}
                  - inject-fault: {step: finishSecret, times: 2}
                  - put-value: {password: random, note: changed}
                  - change-password-out-of-band: {update-secret: false}
                  - cancel-rotation
                  - remove-pending
                  - restart-function
                  - retry-rotation: {expect: any}
                  - fault: {lambda: lose-response, during: setSecret}
                  - fault: {lambda: crash, during: testSecret, after: 100ms}
                  - fault: {api: ThrottlingException, operation: PutSecretValue, during: createSecret, times: 2}
                  - fault: {api: slow, operation: GetSecretValue, delay: 2s}
                  - fault: {database: latency, latency: 300ms}
                  - fault: {database: refuse, during: setSecret, times: 1}
                  - fault: {race: put-value, after: setSecret}
                  - restart-database
                  - rotate: {expect: abandoned}
                """);
        Scenario s = loader.load(file);
        assertThat(s.strategies()).containsExactly(Strategy.ALTERNATING_USERS);
        assertThat(s.engines()).containsExactly(Engine.MARIADB);
        assertThat(s.setup().privileges()).containsExactly("SELECT", "INSERT");
        assertThat(s.setup().secretFields()).containsEntry("replicas", 3L).containsEntry("note", "hi");
        assertThat(s.setup().scheduleExpression()).isEqualTo("rate(10 days)");
        assertThat(s.setup().functionTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(s.actions()).hasSize(20);
        assertThat(s.actions().get(1)).isEqualTo(new Rotate(14, new Expectation(Expectation.Kind.FAILS,
                RotationStep.SET_SECRET), false));
        assertThat(((Wait) s.actions().get(2)).duration()).isEqualTo(Duration.ofMillis(250));
        assertThat(((AdvanceClock) s.actions().get(3)).expect().kind()).isEqualTo(Expectation.Kind.NONE);
        assertThat(((ArmFault) s.actions().get(4)).fault()).isInstanceOfSatisfying(Fault.CannotRun.class, f -> {
            assertThat(f.during()).isEqualTo(RotationStep.FINISH_SECRET);
            assertThat(f.times()).isEqualTo(2);
        });
        assertThat(s.actions().subList(11, 18)).extracting(a -> ((ArmFault) a).fault().spec().toString()).containsExactly(
                "{lambda=lose-response, during=setSecret, times=1}",
                "{lambda=crash, during=testSecret, times=1, after=100ms}",
                "{api=ThrottlingException, during=createSecret, times=2, operation=PutSecretValue}",
                "{api=slow, times=1, operation=GetSecretValue, delay=2s}",
                "{database=latency, times=1, latency=300ms}",
                "{database=refuse, during=setSecret, times=1}",
                "{race=put-value, times=1, after=setSecret}");
        assertThat(((Rotate) s.actions().get(19)).expect().kind()).isEqualTo(Expectation.Kind.ABANDONED);
        assertThat(((ChangePasswordOutOfBand) s.actions().get(6)).updateSecret()).isFalse();
        assertThat(s.actions()).extracting(Action::kind).containsExactly("rotate", "rotate", "wait", "advance-clock",
                "inject-fault", "put-value", "change-password-out-of-band", "cancel-rotation", "remove-pending",
                "restart-function", "retry-rotation", "fault", "fault", "fault", "fault", "fault", "fault", "fault",
                "restart-database", "rotate");
    }

    @Test
    void clientsDefaultToTheJdbcDriverAndRereadAndAScenarioMayStateWhatOneMustSee() throws IOException {
        Scenario plain = loader.load(write("plain.yaml", "name: plain\nactions: [rotate]\n"));
        Scenario trap = loader.load(write("trap.yaml", """
                name: trap
                setup:
                  clients: [cached, reread]
                expect-clients: {cached: locked-out, reread: available}
                actions: [rotate]
                """));

        assertThat(plain.setup().clients()).containsExactly(ClientProfile.JDBC_DRIVER, ClientProfile.REREAD);
        assertThat(plain.expectClients()).isEmpty();
        assertThat(trap.setup().clients()).containsExactly(ClientProfile.CACHED, ClientProfile.REREAD);
        assertThat(trap.expectClients()).containsOnly(entry(ClientProfile.CACHED, ClientVerdict.LOCKED_OUT),
                entry(ClientProfile.REREAD, ClientVerdict.AVAILABLE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown top-level key    | name: x\\ncolour: red\\nactions: [rotate]                  | 2 | colour      | unknown key
            missing name             | actions: [rotate]                                          | 1 | name        | required
            bad name                 | name: Bad Name\\nactions: [rotate]                         | 1 | name        | lowercase
            unknown action           | name: x\\nactions:\\n  - rotat                             | 3 | actions[0]  | unknown action 'rotat'
            bad expectation          | name: x\\nactions:\\n  - rotate: {expect: works}          | 3 | actions[0].rotate.expect | expected succeeds
            bad step                 | name: x\\nactions:\\n  - rotate: {expect: fails-at nope}  | 3 | actions[0].rotate.expect | expected succeeds
            bad duration             | name: x\\nactions:\\n  - wait: soon                        | 3 | actions[0].wait | not a duration
            wait too long            | name: x\\nactions:\\n  - wait: 2h                          | 3 | actions[0].wait | at most
            unknown strategy         | name: x\\nstrategies: [dual]\\nactions: [rotate]          | 2 | strategies[0] | unknown strategy
            unknown engine           | name: x\\nengines: [oracle]\\nactions: [rotate]           | 2 | engines[0]  | unknown engine
            reserved secret field    | name: x\\nsetup:\\n  secret: {host: evil}\\nactions: [rotate] | 3 | setup.secret.host | set by the harness
            no actions               | name: x\\nactions: []                                      | 2 | actions     | at least one action
            duplicate key            | name: x\\nname: y\\nactions: [rotate]                      | 2 | name        | duplicate key
            bad fault step           | name: x\\nactions:\\n  - inject-fault: {step: nope}        | 3 | actions[0].inject-fault.step | one of createSecret, setSecret, testSecret, finishSecret
            unknown fault kind       | name: x\\nactions:\\n  - fault: {lambda: explode}         | 3 | actions[0].fault.lambda | one of cannot-run, lose-response, crash
            unknown fault layer      | name: x\\nactions:\\n  - fault: {network: down}          | 3 | actions[0].fault | names its layer and kind
            misspelt fault step      | name: x\\nactions:\\n  - fault: {lambda: lose-response, during: setSecrets} | 3 | actions[0].fault.during | one of createSecret
            after on a fault without | name: x\\nactions:\\n  - fault: {lambda: lose-response, after: 100ms} | 3 | actions[0].fault.after | takes no 'after'
            missing fault field      | name: x\\nactions:\\n  - fault: {api: slow, operation: GetSecretValue} | 3 | actions[0].fault.delay | required for this kind
            race without its step    | name: x\\nactions:\\n  - fault: {race: put-value}         | 3 | actions[0].fault.after | names the step it follows
            fault on its own line    | name: x\\nactions:\\n  - fault:\\n      lambda: crash\\n      after: soon | 5 | actions[0].fault.after | a duration such as 100ms
            bad expected abandonment | name: x\\nactions:\\n  - rotate: {expect: abandon}        | 3 | actions[0].rotate.expect | abandoned
            unknown action option    | name: x\\nactions:\\n  - rotate: {colour: red}            | 3 | actions[0].rotate.colour | unknown key
            not a mapping            | - just\\n- a list                                          | 1 |             | expected a mapping
            unknown client           | name: x\\nsetup:\\n  clients: [jdbc, reread]\\nactions: [rotate] | 3 | setup.clients[0] | unknown client 'jdbc' (expected one of jdbc-driver, reread, cached)
            client listed twice      | name: x\\nsetup:\\n  clients: [reread, reread]\\nactions: [rotate] | 3 | setup.clients[1] | listed twice
            unknown expected client  | name: x\\nexpect-clients: {cache: locked-out}\\nactions: [rotate] | 2 | expect-clients.cache | unknown key (expected one of cached, jdbc-driver, reread)
            expected client not run  | name: x\\nexpect-clients: {cached: locked-out}\\nactions: [rotate] | 2 | expect-clients.cached | add it to setup.clients
            bad client verdict       | name: x\\nexpect-clients: {reread: fine}\\nactions: [rotate] | 2 | expect-clients.reread | expected one of available, window, locked-out
            function timeout too short | name: x\\nsetup:\\n  function-timeout: 500ms\\nactions: [rotate] | 3 | setup.function-timeout | from 1s to 900s
            function timeout not a duration | name: x\\nsetup:\\n  function-timeout: soon\\nactions: [rotate] | 3 | setup.function-timeout | not a duration
            """)
    void everyMistakeNamesTheFileLineAndField(String what, String yaml, int line, String field, String problem)
            throws IOException {
        Path file = write("bad.yaml", yaml.replace("\\n", "\n"));
        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(ScenarioException.class)
                .satisfies(e -> {
                    ScenarioException se = (ScenarioException) e;
                    assertThat(se.line()).as(what).isEqualTo(line);
                    assertThat(se.getMessage()).as(what).startsWith(file + ":" + line + ": ")
                            .contains(field == null ? "" : field).contains(problem);
                });
    }

    @Test
    void anAliasBombIsRefusedQuickly() throws IOException {
        StringBuilder yaml = new StringBuilder("name: bomb\na: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *")
                    .append(p).append(", *").append(p).append(", *").append(p).append("]\n");
        }
        yaml.append("actions: [rotate]\n");
        Path file = write("bomb.yaml", yaml.toString());
        long start = System.nanoTime();
        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(ScenarioException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void hugeAndBinaryFilesAreRefusedWithTheirName() throws IOException {
        Path huge = write("huge.yaml", "name: x\nactions: [rotate]\n#" + "x".repeat(300_000));
        assertThatThrownBy(() -> loader.load(huge)).hasMessageContaining("huge.yaml:1").hasMessageContaining("larger");
        Path binary = Files.write(dir.resolve("binary.yaml"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        assertThatThrownBy(() -> loader.load(binary)).hasMessageContaining("binary.yaml:1").hasMessageContaining("UTF-8");
    }

    @Test
    void twoFilesWithTheSameNameAreRefused() throws IOException {
        write("a.yaml", "name: same\nactions: [rotate]\n");
        write("b.yaml", "name: same\nactions: [rotate]\n");
        assertThatThrownBy(() -> loader.loadAll(dir)).hasMessageContaining("b.yaml").hasMessageContaining("a.yaml");
    }
}
