package org.zcrm.fence.cib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.zcrm.cib.model.xml.CibCodec;
import org.zcrm.fence.device.FenceDevice;
import org.zcrm.fence.topology.FencingLevel;

/**
 * Maps the fencing part of every Pacemaker scheduler CIB that has fence devices or levels (read
 * from the shared folder at test time, skipped when it is absent) and compares it with what a
 * plain XPath reading of the same file finds.
 */
class CorpusMappingTest {

    static Stream<Arguments> cibs() throws IOException {
        String shared = System.getProperty("zcrm.shared.dir");
        Path dir = shared == null ? null : Path.of(shared, "pacemaker-scheduler", "xml");
        Assumptions.assumeTrue(dir != null && Files.isDirectory(dir),
                "skipped: Pacemaker's scheduler CIBs not found under zcrm.shared.dir=" + shared);
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                String text = Files.readString(p);
                if (text.contains("class=\"stonith\"") || text.contains("<fencing-level")) {
                    out.add(Arguments.of(p.getFileName().toString(), p));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cibs")
    void mapperAgreesWithXPath(String name, Path file) throws Exception {
        CibFencingMapper.Mapped mapped = CibFencingMapper.map(CibCodec.read(file));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        var xpath = XPathFactory.newInstance().newXPath();

        List<String> expectedDevices = new ArrayList<>();
        NodeList prims = (NodeList) xpath.evaluate("/cib/configuration/resources//primitive[@class='stonith']", doc,
                XPathConstants.NODESET);
        for (int i = 0; i < prims.getLength(); i++) {
            Element e = (Element) prims.item(i);
            String role = (String) xpath.evaluate("meta_attributes[not(rule)]/nvpair[@name='target-role']/@value", e,
                    XPathConstants.STRING);
            if (!role.toLowerCase(Locale.ROOT).equals("stopped")) {
                expectedDevices.add(e.getAttribute("id"));
            }
        }
        assertEquals(expectedDevices, mapped.config().devices().stream().map(FenceDevice::id).toList());

        for (FenceDevice d : mapped.config().devices()) {
            NodeList pairs = (NodeList) xpath.evaluate("/cib/configuration/resources//primitive[@id='" + d.id()
                    + "']/instance_attributes[not(rule)]/nvpair", doc, XPathConstants.NODESET);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < pairs.getLength(); i++) {
                String n = ((Element) pairs.item(i)).getAttribute("name");
                if (!names.contains(n)) {
                    names.add(n);
                }
            }
            assertEquals(names, List.copyOf(d.params().keySet()), "parameters of " + d.id());
        }

        NodeList levels = (NodeList) xpath.evaluate("/cib/configuration/fencing-topology/fencing-level", doc,
                XPathConstants.NODESET);
        List<String> levelIds = new ArrayList<>();
        for (int i = 0; i < levels.getLength(); i++) {
            levelIds.add(((Element) levels.item(i)).getAttribute("id"));
        }
        assertEquals(List.of(), mapped.problems(), "a Pacemaker test CIB has a valid fencing configuration");
        assertEquals(levelIds, mapped.config().levels().stream().map(FencingLevel::id).toList());
    }
}
