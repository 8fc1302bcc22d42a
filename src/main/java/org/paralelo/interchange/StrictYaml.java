package org.paralelo.interchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The strict reading of {@code course.yaml}'s nodes: a SnakeYAML loader with tight limits and no aliases, and
 * typed fields (text, whole numbers in a range, booleans, choices) where a wrong value is an error on its manifest
 * line and an unknown field a warning. The line of every field read is kept under its path ({@code modules.0.title})
 * for later refusals.
 */
final class StrictYaml {

    /** The file every problem names: the manifest being read. */
    private final String file;
    private final List<PackageProblem> errors;
    private final List<PackageProblem> warnings;
    private final Map<String, Integer> lines;

    StrictYaml(String file, List<PackageProblem> errors, List<PackageProblem> warnings, Map<String, Integer> lines) {
        this.file = file;
        this.errors = errors;
        this.warnings = warnings;
        this.lines = lines;
    }

    <E extends Enum<E>> E choice(Map<String, Node> map, String key, Class<E> type, E fallback) {
        Node node = map.get(key);
        if (node == null) {
            return fallback;
        }
        String value = scalar(node);
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            error(line(node), "interchange.package.bad-choice", key + ": " + value);
            return fallback;
        }
    }

    static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(2_000_000);
        return new Yaml(new SafeConstructor(options));
    }

    /** Anchors and aliases have no use in a manifest; a node reached twice means one was used. */
    boolean refuseAliases(Node root) {
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Node> pending = new ArrayList<>(List.of(root));
        while (!pending.isEmpty()) {
            Node node = pending.removeLast();
            if (!seen.add(node)) {
                error(line(node), "interchange.package.yaml-alias", "");
                return true;
            }
            switch (node) {
                case MappingNode m -> m.getValue().forEach(t -> {
                    pending.add(t.getKeyNode());
                    pending.add(t.getValueNode());
                });
                case SequenceNode s -> pending.addAll(s.getValue());
                default -> {
                }
            }
        }
        return false;
    }

    /**
     * The known fields of a mapping, each remembered with the line of its key under {@code path} (empty for the
     * course, {@code modules.0.} for a module); the mapping itself under the path without its final dot.
     */
    @Nullable Map<String, Node> mapping(Node node, Set<String> known, String path) {
        if (!(node instanceof MappingNode mapping)) {
            error(line(node), "interchange.package.expected-mapping", "");
            return null;
        }
        if (!path.isEmpty()) {
            lines.put(path.substring(0, path.length() - 1), line(node));
        }
        Map<String, Node> map = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            if (map.containsKey(key)) {
                error(line(tuple.getKeyNode()), "interchange.package.duplicate-key", key);
            } else if (!known.contains(key)) {
                warning(line(tuple.getKeyNode()), "interchange.package.unknown-field", key);
            } else {
                map.put(key, tuple.getValueNode());
                lines.put(path + key, line(tuple.getKeyNode()));
            }
        }
        return map;
    }

    /** A module or item that was left out: its lines must not be taken for the next one's. */
    void forgetLines(String path) {
        lines.keySet().removeIf(key -> key.equals(path) || key.startsWith(path + "."));
    }

    List<Node> sequence(Node node) {
        if (node instanceof SequenceNode s) {
            return s.getValue();
        }
        error(line(node), "interchange.package.expected-list", "");
        return List.of();
    }

    String scalar(Node node) {
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        error(line(node), "interchange.package.expected-text", "");
        return "";
    }

    String string(Map<String, Node> map, String key, Node owner, boolean required) {
        Node node = map.get(key);
        if (node == null) {
            if (required) {
                error(line(owner), "interchange.package.missing-field", key);
            }
            return "";
        }
        String value = scalar(node);
        if (required && value.isBlank()) {
            error(line(node), "interchange.package.missing-field", key);
        }
        return value;
    }

    int integer(Map<String, Node> map, String key, int fallback, int min, int max) {
        Node node = map.get(key);
        if (node == null) {
            return fallback;
        }
        String value = scalar(node);
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        error(line(node), "interchange.package.bad-number", key + ": " + value + " (" + min + "–" + max + ")");
        return fallback;
    }

    boolean bool(Map<String, Node> map, String key, boolean fallback) {
        Node node = map.get(key);
        if (node == null) {
            return fallback;
        }
        String value = scalar(node);
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                error(line(node), "interchange.package.bad-boolean", key + ": " + value);
                yield fallback;
            }
        };
    }

    static int line(@Nullable Node node) {
        return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private void error(int line, String key, @Nullable String detail) {
        errors.add(new PackageProblem(file, line, key, detail));
    }

    private void warning(int line, String key, @Nullable String detail) {
        warnings.add(new PackageProblem(file, line, key, detail));
    }
}
