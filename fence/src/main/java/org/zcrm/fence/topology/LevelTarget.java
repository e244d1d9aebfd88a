package org.zcrm.fence.topology;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Which nodes a fencing level applies to: one of target, target-pattern, target-attribute. */
public sealed interface LevelTarget {

    /** Whether the node matches; {@code nodeAttributes} are the node's permanent attributes. */
    boolean matches(String node, Map<String, String> nodeAttributes);

    /** The key under which levels of the same target are grouped, as Pacemaker does. */
    String key();

    /** {@code target="node1"}: one node, by name (case-insensitive). */
    record ByName(String name) implements LevelTarget {
        public ByName {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public boolean matches(String node, Map<String, String> nodeAttributes) {
            return name.equalsIgnoreCase(node);
        }

        /** Node names are case-insensitive, so "NODE1" and "node1" levels form one group. */
        @Override
        public String key() {
            return name.toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** {@code target-pattern="^node[12]$"}: node names matching an extended regular expression (unanchored). */
    record ByPattern(String pattern) implements LevelTarget {
        public ByPattern {
            Objects.requireNonNull(pattern, "pattern");
        }

        @Override
        public boolean matches(String node, Map<String, String> nodeAttributes) {
            try {
                return Pattern.compile(pattern).matcher(node).find();
            } catch (PatternSyntaxException e) {
                return false;
            }
        }

        @Override
        public String key() {
            return pattern;
        }
    }

    /** {@code target-attribute="rack" target-value="r1"}: nodes whose attribute has that value. */
    record ByAttribute(String attribute, String value) implements LevelTarget {
        public ByAttribute {
            Objects.requireNonNull(attribute, "attribute");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public boolean matches(String node, Map<String, String> nodeAttributes) {
            return nodeAttributes != null && value.equals(nodeAttributes.get(attribute));
        }

        @Override
        public String key() {
            return attribute + "=" + value;
        }
    }
}
