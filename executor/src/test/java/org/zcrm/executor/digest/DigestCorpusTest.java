package org.zcrm.executor.digest;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.zcrm.cib.digest.ParamDigests;

/**
 * Checks {@link ParamDigests} against the op-digest, op-restart-digest and op-secure-digest values
 * recorded in Pacemaker's scheduler regression CIBs (read from ../shared at test time, never copied).
 * Parameters are gathered the way Pacemaker's scheduler does: the primitive's instance attributes
 * (its template's and its ancestors' filling gaps), the operation's own instance attributes, and
 * for recurring operations CRM_meta_timeout from the op, op_defaults or the 20s default.
 * Records whose parameters depend on rules are left out: evaluating rules is the engine's job.
 */
class DigestCorpusTest {

    private static final Path CORPUS = Path.of(System.getProperty("zcrm.shared.dir", "../../shared"),
            "pacemaker-scheduler", "xml");

    /** Tallies per digest kind. */
    static final class Tally {
        int total;
        int matched;
        final List<String> misses = new ArrayList<>();

        void add(boolean ok, String what) {
            total++;
            if (ok) {
                matched++;
            } else if (misses.size() < 3) {
                misses.add(what);
            }
        }

        @Override
        public String toString() {
            return matched + " of " + total;
        }
    }

    private static final Map<String, Tally> BY_CLASS = new TreeMap<>();
    private static final Tally ALL = new Tally();
    private static final Tally RESTART = new Tally();
    private static final Tally SECURE = new Tally();
    private static int skipped;
    private static int files;

    @BeforeAll
    static void scan() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "Pacemaker scheduler corpus not found at " + CORPUS
                + " (set -Dzcrm.shared.dir); skipping digest vectors");
        List<Path> xmls;
        try (Stream<Path> s = Files.list(CORPUS)) {
            xmls = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        for (Path xml : xmls) {
            Document doc;
            try {
                doc = f.newDocumentBuilder().parse(xml.toFile());
            } catch (Exception e) {
                continue;
            }
            files++;
            new CorpusFile(xml.getFileName().toString(), doc).check();
        }
        System.out.printf("digest corpus: files=%d op-digest %s, op-restart-digest %s, op-secure-digest %s,"
                + " skipped(rules)=%d%n", files, ALL, RESTART, SECURE, skipped);
        BY_CLASS.forEach((v, t) -> System.out.println("  op-digest class " + v + ": " + t));
        ALL.misses.forEach(m -> System.out.println("  op-digest miss: " + m));
        RESTART.misses.forEach(m -> System.out.println("  restart miss: " + m));
        SECURE.misses.forEach(m -> System.out.println("  secure miss: " + m));
    }

    @Test
    void opDigestsMatchTheCorpus() {
        assertTrue(ALL.total > 1000, "expected thousands of op-digest vectors, found " + ALL.total);
        // the rest are old-format or anonymised records (the scheduler sees them as changed too)
        assertTrue(ALL.matched >= ALL.total * 0.90, "op-digest matched only " + ALL + ": " + ALL.misses);
        Tally ocf = BY_CLASS.get("ocf");
        assertTrue(ocf.matched >= ocf.total * 0.95, "ocf op-digest matched only " + ocf + ": " + ocf.misses);
    }

    @Test
    void restartDigestsMatchTheCorpus() {
        assertTrue(RESTART.total > 100, "expected hundreds of op-restart-digest vectors, found " + RESTART.total);
        assertTrue(RESTART.matched >= RESTART.total * 0.95, "op-restart-digest matched only " + RESTART
                + ": " + RESTART.misses);
    }

    @Test
    void secureDigestsMatchTheCorpus() {
        assertTrue(SECURE.total > 100, "expected hundreds of op-secure-digest vectors, found " + SECURE.total);
        assertTrue(SECURE.matched >= SECURE.total * 0.95, "op-secure-digest matched only " + SECURE
                + ": " + SECURE.misses);
    }

    /** One CIB of the corpus. */
    private static final class CorpusFile {
        private final String name;
        private final Document doc;
        private final Map<String, Element> byId = new HashMap<>();
        private final Map<String, Element> primitives = new HashMap<>();

        CorpusFile(String name, Document doc) {
            this.name = name;
            this.doc = doc;
            index(doc.getDocumentElement());
        }

        private void index(Element e) {
            if (e.hasAttribute("id") && !e.hasAttribute("id-ref")) {
                byId.putIfAbsent(e.getAttribute("id"), e);
            }
            if (e.getTagName().equals("primitive") && isInConfiguration(e)) {
                primitives.put(e.getAttribute("id"), e);
            }
            for (Element c : children(e, null)) {
                index(c);
            }
        }

        void check() {
            for (Element op : all(doc.getDocumentElement(), "lrm_rsc_op")) {
                String digest = op.getAttribute("op-digest");
                if (digest.isEmpty()) {
                    continue;
                }
                Element lrmRsc = (Element) op.getParentNode();
                String rscId = lrmRsc.getAttribute("id").replaceFirst(":[0-9]+$", "");
                Element primitive = primitives.get(rscId);
                if (primitive == null) {
                    continue;
                }
                Map<String, String> params = new LinkedHashMap<>();
                long interval;
                try {
                    interval = Long.parseLong(op.getAttribute("interval").trim());
                } catch (NumberFormatException e) {
                    continue;
                }
                Element opDef = findOp(primitive, op.getAttribute("operation"), interval);
                if (!gather(primitive, opDef, params)) {
                    skipped++;
                    continue;
                }
                params.put(ParamDigests.META_INTERVAL, Long.toString(interval));
                params.put(ParamDigests.META_TIMEOUT, Long.toString(timeoutMs(primitive, opDef)));
                String where = name + " " + op.getAttribute("id") + " fs=" + op.getAttribute("crm_feature_set")
                        + " params=" + new TreeMap<>(params);
                boolean ok = digest.equals(ParamDigests.opDigest(params));
                ALL.add(ok, where);
                BY_CLASS.computeIfAbsent(primitive.getAttribute("class"), k -> new Tally()).add(ok, where);
                if (op.hasAttribute("op-restart-digest")) {
                    List<String> list = ParamDigests.parseWordList(op.getAttribute("op-force-restart"));
                    RESTART.add(op.getAttribute("op-restart-digest").equals(ParamDigests.digestOfNamed(params, list)),
                            where);
                }
                if (op.hasAttribute("op-secure-digest")) {
                    Map<String, String> secure = ParamDigests.filterForDigest(params);
                    ParamDigests.parseWordList(op.getAttribute("op-secure-params")).forEach(secure::remove);
                    if (ParamDigests.featureSetBefore(op.getAttribute("crm_feature_set"), "3.16.0")) {
                        // older controllers hashed agent parameters only: no timeout, no fencing extras
                        secure.remove(ParamDigests.META_TIMEOUT);
                        if ("stonith".equals(primitive.getAttribute("class"))) {
                            secure.keySet().removeIf(ParamDigests::isFencingParameter);
                        }
                    }
                    SECURE.add(op.getAttribute("op-secure-digest").equals(ParamDigests.digestParameters(secure)),
                            where);
                }
            }
        }

        /** Instance attributes: op's own, then primitive's, its template's, its ancestors'; first wins. */
        private boolean gather(Element primitive, Element opDef, Map<String, String> params) {
            List<Element> owners = new ArrayList<>();
            owners.add(primitive);
            if (primitive.hasAttribute("template")) {
                Element template = byId.get(primitive.getAttribute("template"));
                if (template != null) {
                    owners.add(template);
                }
            }
            for (Node p = primitive.getParentNode(); p instanceof Element pe; p = pe.getParentNode()) {
                if (List.of("group", "clone", "master", "bundle").contains(pe.getTagName())) {
                    owners.add(pe);
                }
            }
            for (Element owner : owners) {
                if (!addSets(owner, params)) {
                    return false;
                }
            }
            // operation instance attributes are added after the resource's (overriding nothing)
            return opDef == null || addSets(opDef, params);
        }

        private boolean addSets(Element owner, Map<String, String> params) {
            for (Element set : children(owner, "instance_attributes")) {
                if (set.hasAttribute("id-ref")) {
                    set = byId.get(set.getAttribute("id-ref"));
                    if (set == null) {
                        return false;
                    }
                }
                if (!children(set, "rule").isEmpty()) {
                    return false;
                }
                for (Element nv : children(set, "nvpair")) {
                    if (nv.hasAttribute("id-ref")) {
                        nv = byId.get(nv.getAttribute("id-ref"));
                        if (nv == null) {
                            return false;
                        }
                    }
                    params.putIfAbsent(nv.getAttribute("name"), nv.getAttribute("value"));
                }
            }
            return true;
        }

        private Element findOp(Element primitive, String task, long interval) {
            List<Element> owners = new ArrayList<>(List.of(primitive));
            if (primitive.hasAttribute("template") && byId.get(primitive.getAttribute("template")) != null) {
                owners.add(byId.get(primitive.getAttribute("template")));
            }
            for (Element owner : owners) {
                for (Element ops : children(owner, "operations")) {
                    if (ops.hasAttribute("id-ref") && byId.get(ops.getAttribute("id-ref")) != null) {
                        ops = byId.get(ops.getAttribute("id-ref"));
                    }
                    for (Element op : children(ops, "op")) {
                        if (op.getAttribute("name").equals(task) && parseMs(op.getAttribute("interval")) == interval) {
                            return op;
                        }
                    }
                }
            }
            return null;
        }

        private long timeoutMs(Element primitive, Element opDef) {
            if (opDef != null) {
                if (opDef.hasAttribute("timeout")) {
                    return parseMs(opDef.getAttribute("timeout"));
                }
                for (Element meta : children(opDef, "meta_attributes")) {
                    for (Element nv : children(meta, "nvpair")) {
                        if (nv.getAttribute("name").equals("timeout")) {
                            return parseMs(nv.getAttribute("value"));
                        }
                    }
                }
            }
            for (Element defaults : all(doc.getDocumentElement(), "op_defaults")) {
                for (Element meta : children(defaults, "meta_attributes")) {
                    for (Element nv : children(meta, "nvpair")) {
                        if (nv.getAttribute("name").equals("timeout")) {
                            return parseMs(nv.getAttribute("value"));
                        }
                    }
                }
            }
            return 20000;
        }

        private static boolean isInConfiguration(Element e) {
            for (Node p = e.getParentNode(); p instanceof Element pe; p = pe.getParentNode()) {
                if (pe.getTagName().equals("resources")) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Pacemaker interval specs: plain seconds, units ms/s/m/h/d, or ISO 8601 (PT...). */
    static long parseMs(String spec) {
        String s = spec.trim().toLowerCase();
        if (s.isEmpty()) {
            return 0;
        }
        if (s.startsWith("p")) {
            try {
                return java.time.Duration.parse(s.toUpperCase()).toMillis();
            } catch (java.time.format.DateTimeParseException e) {
                return -1;
            }
        }
        int i = 0;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
            i++;
        }
        double n = Double.parseDouble(s.substring(0, i));
        String unit = s.substring(i).trim();
        double factor = switch (unit) {
            case "", "s", "sec", "secs", "second", "seconds" -> 1000;
            case "ms", "msec", "msecs" -> 1;
            case "us", "usec", "usecs" -> 0.001;
            case "m", "min", "mins", "minute", "minutes" -> 60_000;
            case "h", "hr", "hrs", "hour", "hours" -> 3_600_000;
            case "d", "day", "days" -> 86_400_000;
            default -> throw new IllegalArgumentException("bad interval " + spec);
        };
        return (long) (n * factor);
    }

    static List<Element> children(Element e, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element ce && (tag == null || ce.getTagName().equals(tag))) {
                out.add(ce);
            }
        }
        return out;
    }

    static List<Element> all(Element root, String tag) {
        List<Element> out = new ArrayList<>();
        var nl = root.getElementsByTagName(tag);
        for (int i = 0; i < nl.getLength(); i++) {
            out.add((Element) nl.item(i));
        }
        return out;
    }

}
