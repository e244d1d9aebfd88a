package org.zcrm.fence.cib;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.zcrm.cib.model.Cib;
import org.zcrm.cib.model.Configuration;
import org.zcrm.cib.model.Node;
import org.zcrm.cib.model.nv.NvPair;
import org.zcrm.cib.model.nv.NvSet;
import org.zcrm.cib.model.resource.Primitive;
import org.zcrm.cib.model.resource.Resource;
import org.zcrm.cib.model.resource.Resources;
import org.zcrm.cib.model.resource.Template;
import org.zcrm.fence.FencingConfig;
import org.zcrm.fence.device.FenceDevice;
import org.zcrm.fence.topology.FencingLevel;
import org.zcrm.fence.topology.LevelTarget;

/**
 * Reads the fencer's configuration out of a CIB: stonith-class primitives (anywhere in the
 * resources section, in document order; templates resolved; disabled ones, target-role=Stopped,
 * left out as Pacemaker's fencer leaves them unregistered), fencing-topology levels, the
 * fencing-timeout (or stonith-timeout) option, and the nodes' permanent attributes. Problems are
 * returned as messages naming the object; the objects concerned are skipped.
 */
public final class CibFencingMapper {

    private static final Logger LOG = LogManager.getLogger();

    /** The configuration and the problems found on the way. */
    public record Mapped(FencingConfig config, List<String> problems) {
        public Mapped {
            problems = List.copyOf(problems);
        }
    }

    private CibFencingMapper() {
    }

    public static Mapped map(Cib cib) {
        List<String> problems = new ArrayList<>();
        Configuration conf = cib.configuration();
        if (conf == null) {
            return new Mapped(FencingConfig.of(List.of(), List.of()), List.of("the CIB has no configuration section"));
        }
        List<FenceDevice> devices = devices(conf.resources(), problems);
        List<FencingLevel> levels = levels(conf, problems);
        Map<String, String> options = new HashMap<>();
        for (String name : List.of("fencing-timeout", "stonith-timeout")) {
            String v = conf.option(name);
            if (v != null) {
                options.put(name, v);
            }
        }
        Map<String, Map<String, String>> attrs = new TreeMap<>();
        for (Node n : conf.nodeList()) {
            String name = n.getUname() != null ? n.getUname() : n.getId();
            if (name != null) {
                attrs.put(name, values(n.instanceAttributes()));
            }
        }
        problems.forEach(p -> LOG.warn("Fencing configuration problem problem={}", p));
        return new Mapped(new FencingConfig(devices, levels, FencingConfig.fencingTimeout(options), attrs), problems);
    }

    private static List<FenceDevice> devices(Resources resources, List<String> problems) {
        List<FenceDevice> out = new ArrayList<>();
        if (resources == null) {
            return out;
        }
        Map<String, Template> templates = new HashMap<>();
        resources.templates().forEach(t -> templates.put(t.getId(), t));
        collect(resources.all(), templates, out, problems);
        return out;
    }

    private static void collect(List<Resource> resources, Map<String, Template> templates, List<FenceDevice> out,
                                List<String> problems) {
        for (Resource r : resources) {
            if (!(r instanceof Primitive p)) {
                collect(r.childResources(), templates, out, problems);
                continue;
            }
            Template t = p.getTemplate() == null ? null : templates.get(p.getTemplate());
            if (p.getTemplate() != null && t == null) {
                problems.add("primitive " + p.getId() + " uses template " + p.getTemplate() + ", which does not exist");
                continue;
            }
            String cls = p.getResourceClass() != null ? p.getResourceClass() : t == null ? null : t.getResourceClass();
            if (!"stonith".equals(cls)) {
                continue;
            }
            String agent = p.getType() != null ? p.getType() : t == null ? null : t.getType();
            if (agent == null || agent.isBlank()) {
                problems.add("fence device " + p.getId() + " has no type (the fence agent, e.g. fence_xvm)");
                continue;
            }
            String role = p.meta("target-role");
            if (role != null && role.toLowerCase(Locale.ROOT).equals("stopped")) {
                LOG.info("Fence device disabled, not registered device={}", p.getId());
                continue;
            }
            Map<String, String> params = new LinkedHashMap<>();
            if (t != null) {
                params.putAll(values(t.instanceAttributes()));
            }
            params.putAll(values(p.instanceAttributes()));
            out.add(new FenceDevice(p.getId(), agent, params));
        }
    }

    /** Name/value pairs of the unconditional sets, first set wins, in document order. */
    private static Map<String, String> values(List<? extends NvSet> sets) {
        Map<String, String> out = new LinkedHashMap<>();
        for (NvSet s : sets) {
            if (s.isConditional()) {
                LOG.warn("Rule-conditioned attribute set ignored by the fencer set={}", s.getId());
                continue;
            }
            for (NvPair p : s.nvpairs()) {
                if (p.getName() != null && !out.containsKey(p.getName())) {
                    out.put(p.getName(), p.getValue() == null ? "" : p.getValue());
                }
            }
        }
        return out;
    }

    private static List<FencingLevel> levels(Configuration conf, List<String> problems) {
        List<FencingLevel> out = new ArrayList<>();
        if (conf.fencingTopology() == null) {
            return out;
        }
        for (org.zcrm.cib.model.fencing.FencingLevel l : conf.fencingTopology().levels()) {
            String id = l.getId() == null ? "(no id)" : l.getId();
            LevelTarget target;
            if (l.getTarget() != null) {
                target = new LevelTarget.ByName(l.getTarget());
            } else if (l.getTargetPattern() != null) {
                try {
                    java.util.regex.Pattern.compile(l.getTargetPattern());
                } catch (java.util.regex.PatternSyntaxException e) {
                    problems.add("fencing-level " + id + " has an invalid target-pattern: " + e.getDescription());
                    continue;
                }
                target = new LevelTarget.ByPattern(l.getTargetPattern());
            } else if (l.getTargetAttribute() != null && l.getTargetValue() != null) {
                target = new LevelTarget.ByAttribute(l.getTargetAttribute(), l.getTargetValue());
            } else {
                problems.add("fencing-level " + id
                        + " names no target: set target, target-pattern, or target-attribute with target-value");
                continue;
            }
            int index;
            try {
                index = Integer.parseInt(l.getIndex() == null ? "" : l.getIndex().strip());
            } catch (NumberFormatException e) {
                problems.add("fencing-level " + id + " has index '" + l.getIndex() + "', which must be 1 to 9");
                continue;
            }
            if (index < 1 || index > 9) {
                problems.add("fencing-level " + id + " has index " + index + ", which must be 1 to 9");
                continue;
            }
            List<String> devices = FencingLevel.parseDevices(l.getDevices());
            if (devices.isEmpty()) {
                problems.add("fencing-level " + id + " lists no devices");
                continue;
            }
            out.add(new FencingLevel(id, target, index, devices));
        }
        return out;
    }
}
