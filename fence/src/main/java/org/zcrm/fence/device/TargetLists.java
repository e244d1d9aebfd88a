package org.zcrm.fence.device;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Parsers for the target lists the fencer reads: {@code pcmk_host_list}, a fence agent's
 * {@code list} output, and {@code pcmk_host_map}, with Pacemaker's separators and quirks.
 */
public final class TargetLists {

    private static final Logger LOG = LogManager.getLogger();
    private static final Pattern NAME_PREFIX = Pattern.compile("^[a-zA-Z0-9_.\\-]+");

    private TargetLists() {
    }

    /**
     * Target names from a host list or from list output. Lines end at a newline or a literal
     * backslash-n; entries are separated by whitespace, commas and semicolons; lines containing
     * "invalid" or "variable" are skipped (agents complain there); entries "on"/"off" are skipped
     * (status columns); a name stops at the first character outside [a-zA-Z0-9_.-].
     */
    public static List<String> parseTargets(String spec) {
        List<String> targets = new ArrayList<>();
        if (spec == null) {
            return targets;
        }
        for (String line : spec.replace("\\n", "\n").split("\n")) {
            if (line.contains("invalid") || line.contains("variable")) {
                LOG.debug("Skipping list output line line={}", line);
                continue;
            }
            for (String entry : line.split("[\\s,;]+")) {
                if (entry.isEmpty()) {
                    continue;
                }
                Matcher m = NAME_PREFIX.matcher(entry);
                if (!m.find()) {
                    LOG.warn("Could not parse list output entry entry={}", entry);
                    continue;
                }
                String name = m.group();
                String lower = name.toLowerCase(Locale.ROOT);
                if (!lower.equals("on") && !lower.equals("off")) {
                    targets.add(name);
                }
            }
        }
        return targets;
    }

    /**
     * A {@code pcmk_host_map}: mappings separated by semicolons, spaces or tabs, each
     * {@code node:port} (or the deprecated {@code node=port}); the port may contain commas
     * ("node2:2,3") and, escaped with a backslash, spaces or semicolons. Node names are matched
     * case-insensitively, so keys are kept as written and looked up with {@link #lookup}.
     * Malformed mappings are skipped with a warning, as Pacemaker does.
     */
    public static Map<String, String> parseHostMap(String map, String deviceId) {
        Map<String, String> aliases = new LinkedHashMap<>();
        if (map == null) {
            return aliases;
        }
        for (String mapping : splitUnescaped(map.strip())) {
            if (mapping.isEmpty()) {
                continue;
            }
            int sep = indexOfSeparator(mapping);
            String node = sep < 0 ? mapping : mapping.substring(0, sep);
            String port = sep < 0 ? "" : mapping.substring(sep + 1);
            if (node.isEmpty() || port.isEmpty()) {
                LOG.warn("Malformed pcmk_host_map entry, skipped device={} mapping={}", deviceId, mapping);
                continue;
            }
            aliases.put(node, port);
        }
        return aliases;
    }

    /** Case-insensitive lookup of a node in a host map (or delay map), null when absent. */
    public static String lookup(Map<String, String> map, String node) {
        for (Map.Entry<String, String> e : map.entrySet()) {
            if (e.getKey().equalsIgnoreCase(node)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Whether a list holds the name, ignoring case as Pacemaker does. */
    public static boolean containsIgnoreCase(List<String> names, String name) {
        return names.stream().anyMatch(n -> n.equalsIgnoreCase(name));
    }

    private static int indexOfSeparator(String mapping) {
        for (int i = 0; i < mapping.length(); i++) {
            char c = mapping.charAt(i);
            if (c == ':' || c == '=') {
                return i;
            }
        }
        return -1;
    }

    /** Splits on ';', ' ' and '\t' unless escaped by a backslash; the backslash is dropped. */
    private static List<String> splitUnescaped(String s) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                cur.append(s.charAt(++i));
            } else if (c == ';' || c == ' ' || c == '\t') {
                parts.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        parts.add(cur.toString());
        return parts;
    }
}
