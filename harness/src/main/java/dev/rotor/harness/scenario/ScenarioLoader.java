package dev.rotor.harness.scenario;

import dev.rotor.harness.action.Action;
import dev.rotor.harness.database.Engine;
import dev.rotor.harness.result.ClientProfile;
import dev.rotor.harness.result.ClientVerdict;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads scenario files (YAML). Every problem is a {@link ScenarioException} naming the file, line and field; hostile
 * input (huge files, alias bombs, deep nesting, duplicate keys) is refused before it costs anything.
 */
public final class ScenarioLoader {
    private static final long MAX_FILE_BYTES = 256 * 1024;
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> TOP = Set.of("name", "description", "strategies", "engines", "setup", "actions",
            "expect-clients");
    private static final Set<String> SETUP = Set.of("privileges", "secret", "function-environment",
            "function-timeout", "password", "rotation", "clients");
    /** Lambda's bounds for a function's timeout. */
    private static final Duration MIN_FUNCTION_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration MAX_FUNCTION_TIMEOUT = Duration.ofSeconds(900);
    private static final Set<String> ROTATION = Set.of("automatically-after-days", "schedule-expression");
    /** Every {@code *.yaml}/{@code *.yml} file under a folder (or the one file given), in name order. */
    public List<Scenario> loadAll(Path location) {
        List<Path> files;
        if (Files.isDirectory(location)) {
            try (Stream<Path> walk = Files.walk(location, 3)) {
                files = walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                        .sorted(Comparator.comparing(Path::toString)).toList();
            } catch (IOException e) {
                throw new ScenarioException(location, 0, null, "cannot read the folder: " + e.getMessage());
            }
        } else {
            files = List.of(location);
        }
        List<Scenario> scenarios = new ArrayList<>();
        Map<String, Path> names = new HashMap<>();
        for (Path file : files) {
            Scenario scenario = load(file);
            Path other = names.putIfAbsent(scenario.name(), file);
            if (other != null) {
                throw new ScenarioException(file, 1, "name", "'" + scenario.name() + "' is also the name of " + other);
            }
            scenarios.add(scenario);
        }
        return scenarios;
    }

    public Scenario load(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ScenarioException(file, 1, null, "file is larger than " + MAX_FILE_BYTES + " bytes");
            }
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            return parse(file, text);
        } catch (CharacterCodingException e) {
            throw new ScenarioException(file, 1, null, "not UTF-8 text");
        } catch (IOException e) {
            throw new ScenarioException(file, 0, null, "cannot read: " + e.getMessage());
        }
    }

    /** A scenario from its YAML text ({@code file} names it in messages), e.g. as a replay file carries it. */
    public Scenario parse(Path file, String source) {
        if (source.length() > MAX_FILE_BYTES) {
            throw new ScenarioException(file, 1, null, "file is larger than " + MAX_FILE_BYTES + " bytes");
        }
        Reader text = new StringReader(source);
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(20);
            options.setNestingDepthLimit(20);
            options.setCodePointLimit((int) MAX_FILE_BYTES);
            root = new Yaml(new SafeConstructor(options)).compose(text);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new ScenarioException(file, line, null, "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new ScenarioException(file, 1, null, "not valid YAML: " + e.getMessage());
        }
        if (root == null) {
            throw new ScenarioException(file, 1, null, "the file is empty");
        }
        Map<String, YamlNode> top = new YamlNode(file, "", root).mapping(TOP);
        YamlNode nameNode = required(top, "name", file);
        String name = nameNode.text();
        if (!NAME.matcher(name).matches()) {
            throw nameNode.error("use lowercase letters, digits and hyphens (at most 63)");
        }
        String description = top.containsKey("description") ? top.get("description").text() : "";
        Set<Strategy> strategies = top.containsKey("strategies") ? strategies(top.get("strategies"))
                : EnumSet.allOf(Strategy.class);
        Set<Engine> engines = top.containsKey("engines") ? engines(top.get("engines")) : EnumSet.allOf(Engine.class);
        Setup setup = top.containsKey("setup") ? setup(top.get("setup")) : Setup.defaults();
        YamlNode actionsNode = required(top, "actions", file);
        List<Action> actions = new ArrayList<>();
        for (YamlNode item : actionsNode.list()) {
            actions.add(ActionReader.read(item));
        }
        if (actions.isEmpty()) {
            throw actionsNode.error("a scenario needs at least one action");
        }
        Map<ClientProfile, ClientVerdict> expectClients = top.containsKey("expect-clients")
                ? expectClients(top.get("expect-clients"), setup.clients()) : Map.of();
        return new Scenario(name, description, file, strategies, engines, setup, List.copyOf(actions), expectClients,
                source);
    }

    private static YamlNode required(Map<String, YamlNode> map, String key, Path file) {
        YamlNode node = map.get(key);
        if (node == null || node.isNull()) {
            throw new ScenarioException(file, 1, key, "required");
        }
        return node;
    }

    private static Set<Strategy> strategies(YamlNode node) {
        Set<Strategy> result = EnumSet.noneOf(Strategy.class);
        for (YamlNode item : node.list()) {
            result.add(Strategy.parse(item.text())
                    .orElseThrow(() -> item.error("unknown strategy '" + item.text() + "' (single-user, alternating-users)")));
        }
        return result;
    }

    private static Set<Engine> engines(YamlNode node) {
        Set<Engine> result = EnumSet.noneOf(Engine.class);
        for (YamlNode item : node.list()) {
            result.add(Engine.parse(item.text())
                    .orElseThrow(() -> item.error("unknown engine '" + item.text() + "' (mysql, mariadb)")));
        }
        return result;
    }

    private static Setup setup(YamlNode node) {
        Map<String, YamlNode> map = node.mapping(SETUP);
        List<String> privileges = Setup.DEFAULT_PRIVILEGES;
        if (map.containsKey("privileges")) {
            privileges = new ArrayList<>();
            for (YamlNode item : map.get("privileges").list()) {
                String privilege = item.text().trim().toUpperCase(java.util.Locale.ROOT);
                if (!privilege.matches("[A-Z][A-Z ]*")) {
                    throw item.error("a privilege is words like SELECT or CREATE TEMPORARY TABLES");
                }
                privileges.add(privilege);
            }
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        if (map.containsKey("secret")) {
            map.get("secret").mapping(null).forEach((key, value) -> {
                if (Setup.HARNESS_FIELDS.contains(key)) {
                    throw value.error("'" + key + "' is set by the harness");
                }
                if (!value.isScalar()) {
                    throw value.error("secret fields are single values");
                }
                fields.put(key, value.scalarValue());
            });
        }
        Map<String, String> env = new LinkedHashMap<>();
        if (map.containsKey("function-environment")) {
            map.get("function-environment").mapping(null).forEach((key, value) -> {
                if (!ENV_NAME.matcher(key).matches()) {
                    throw value.error("not an environment variable name");
                }
                env.put(key, value.isNull() ? "" : value.text());
            });
        }
        Duration timeout = map.containsKey("function-timeout") ? functionTimeout(map.get("function-timeout")) : null;
        String password = map.containsKey("password") ? map.get("password").text() : null;
        Long days = null;
        String expression = null;
        if (map.containsKey("rotation")) {
            Map<String, YamlNode> rotation = map.get("rotation").mapping(ROTATION);
            if (rotation.containsKey("automatically-after-days")) {
                days = rotation.get("automatically-after-days").number();
            }
            if (rotation.containsKey("schedule-expression")) {
                expression = rotation.get("schedule-expression").text();
            }
        }
        List<ClientProfile> clients = map.containsKey("clients") ? clients(map.get("clients")) : ClientProfile.DEFAULT;
        return new Setup(List.copyOf(privileges), fields, env, timeout, password, days, expression, clients);
    }

    private static Duration functionTimeout(YamlNode node) {
        Duration timeout = ActionReader.duration(node);
        if (timeout.compareTo(MIN_FUNCTION_TIMEOUT) < 0 || timeout.compareTo(MAX_FUNCTION_TIMEOUT) > 0) {
            throw node.error("a function's timeout is from 1s to 900s, as on Lambda");
        }
        return timeout;
    }

    private static List<ClientProfile> clients(YamlNode node) {
        Set<ClientProfile> clients = new LinkedHashSet<>();
        for (YamlNode item : node.list()) {
            ClientProfile client = ClientProfile.parse(item.text()).orElseThrow(() -> item.error("unknown client '"
                    + item.text() + "' (expected one of " + String.join(", ", ClientProfile.ids()) + ")"));
            if (!clients.add(client)) {
                throw item.error("'" + client.id() + "' is listed twice");
            }
        }
        if (clients.isEmpty()) {
            throw node.error("name at least one client (" + String.join(", ", ClientProfile.ids()) + ")");
        }
        return List.copyOf(clients);
    }

    private static Map<ClientProfile, ClientVerdict> expectClients(YamlNode node, List<ClientProfile> running) {
        Map<ClientProfile, ClientVerdict> expected = new LinkedHashMap<>();
        node.mapping(Set.copyOf(ClientProfile.ids())).forEach((key, value) -> {
            ClientProfile client = ClientProfile.parse(key).orElseThrow();
            if (!running.contains(client)) {
                throw value.error("the scenario does not run the client '" + key + "': add it to setup.clients");
            }
            expected.put(client, ClientVerdict.parse(value.text()).orElseThrow(() -> value.error("expected one of "
                    + String.join(", ", ClientVerdict.ids()))));
        });
        return expected;
    }

}
