package dev.rotor.harness.scenario;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A YAML node with its path in the document, read with errors that name the file, line and field. */
record YamlNode(Path file, String path, Node node) {

    int line() {
        return node.getStartMark().getLine() + 1;
    }

    ScenarioException error(String problem) {
        return new ScenarioException(file, line(), path, problem);
    }

    /** An error about a key this mapping lacks, at the mapping's line. */
    ScenarioException missing(String key, String problem) {
        return new ScenarioException(file, line(), path.isEmpty() ? key : path + "." + key, problem);
    }

    boolean isScalar() {
        return node instanceof ScalarNode;
    }

    boolean isMapping() {
        return node instanceof MappingNode;
    }

    boolean isNull() {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    String text() {
        if (!(node instanceof ScalarNode scalar) || isNull()) {
            throw error("expected a single value");
        }
        return scalar.getValue();
    }

    long number() {
        try {
            return Long.parseLong(text().trim());
        } catch (NumberFormatException e) {
            throw error("expected a whole number, got '" + text() + "'");
        }
    }

    boolean bool() {
        return switch (text().trim()) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw error("expected true or false, got '" + text() + "'");
        };
    }

    List<YamlNode> list() {
        if (node instanceof ScalarNode && !isNull()) {
            return List.of(this);
        }
        if (!(node instanceof SequenceNode sequence)) {
            throw error("expected a list");
        }
        List<YamlNode> items = new ArrayList<>();
        for (int i = 0; i < sequence.getValue().size(); i++) {
            items.add(new YamlNode(file, path + "[" + i + "]", sequence.getValue().get(i)));
        }
        return items;
    }

    /** The mapping's entries in order; unknown keys are an error naming the allowed ones. */
    Map<String, YamlNode> mapping(Set<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            throw error("expected a mapping of keys to values");
        }
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            YamlNode key = new YamlNode(file, path, tuple.getKeyNode());
            String name = key.text();
            String childPath = path.isEmpty() ? name : path + "." + name;
            if (allowed != null && !allowed.contains(name)) {
                throw new ScenarioException(file, key.line(), childPath, "unknown key (expected one of "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
            if (entries.containsKey(name)) {
                throw new ScenarioException(file, key.line(), childPath, "duplicate key");
            }
            entries.put(name, new YamlNode(file, childPath, tuple.getValueNode()));
        }
        return entries;
    }

    /** A scalar value as JSON would hold it: number, boolean, null or string. */
    Object scalarValue() {
        ScalarNode scalar = (ScalarNode) node;
        Tag tag = scalar.getTag();
        if (tag.equals(Tag.NULL)) {
            return null;
        }
        if (tag.equals(Tag.INT)) {
            return Long.parseLong(scalar.getValue());
        }
        if (tag.equals(Tag.BOOL)) {
            return bool();
        }
        if (tag.equals(Tag.FLOAT)) {
            return Double.parseDouble(scalar.getValue());
        }
        return scalar.getValue();
    }
}
