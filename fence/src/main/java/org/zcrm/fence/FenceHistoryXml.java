package org.zcrm.fence;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Writes and reads a history entry as a {@code <fence_event>} element in the shape of Pacemaker's
 * fencing history XML (action, target, client, origin, delegate, status, completed, exit-reason),
 * with zcrm's additions: the id, the request time and one {@code <device>} child per attempt. This
 * is the form stored under fencing/history/ in ZooKeeper.
 */
public final class FenceHistoryXml {

    private FenceHistoryXml() {
    }

    public static String toXml(FenceResult r) {
        try {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            Element e = doc.createElement("fence_event");
            doc.appendChild(e);
            e.setAttribute("id", r.id());
            e.setAttribute("action", r.action().agentName());
            e.setAttribute("target", r.target());
            e.setAttribute("client", r.client());
            e.setAttribute("origin", r.origin());
            if (r.delegate() != null) {
                e.setAttribute("delegate", r.delegate());
            }
            e.setAttribute("status", r.state().value());
            if (r.exitReason() != null) {
                e.setAttribute("exit-reason", r.exitReason());
            }
            e.setAttribute("requested", r.requested().toString());
            if (r.completed() != null) {
                e.setAttribute("completed", r.completed().toString());
            }
            for (DeviceAttempt a : r.attempts()) {
                Element d = doc.createElement("device");
                d.setAttribute("id", a.device());
                if (a.agent() != null) {
                    d.setAttribute("agent", a.agent());
                }
                if (a.level() > 0) {
                    d.setAttribute("level", Integer.toString(a.level()));
                }
                d.setAttribute("action", a.action());
                d.setAttribute("agent-action", a.agentAction());
                d.setAttribute("outcome", a.outcome().name().toLowerCase(java.util.Locale.ROOT));
                d.setAttribute("rc", Integer.toString(a.exitCode()));
                d.setAttribute("tries", Integer.toString(a.tries()));
                d.setAttribute("delay-ms", Long.toString(a.delay().toMillis()));
                d.setAttribute("exec-ms", Long.toString(a.elapsed().toMillis()));
                if (a.reason() != null) {
                    d.setAttribute("reason", a.reason());
                }
                if (a.ignored()) {
                    d.setAttribute("ignored", "true");
                }
                e.appendChild(d);
            }
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter w = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(w));
            return w.toString();
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("cannot write fence history XML", e);
        }
    }

    /** Reads an entry written by {@link #toXml}; throws IllegalArgumentException naming what is wrong. */
    public static FenceResult fromXml(String xml) {
        Element e;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            e = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException ex) {
            throw new IllegalArgumentException("fence history entry is not valid XML: " + ex.getMessage(), ex);
        }
        if (!"fence_event".equals(e.getTagName())) {
            throw new IllegalArgumentException("fence history entry has root <" + e.getTagName()
                    + ">, expected <fence_event>");
        }
        FenceAction action = FenceAction.parse(e.getAttribute("action")).orElseThrow(
                () -> new IllegalArgumentException("fence_event has unknown action '" + e.getAttribute("action") + "'"));
        FenceState state = switch (e.getAttribute("status")) {
            case "success" -> FenceState.SUCCESS;
            case "failed" -> FenceState.FAILED;
            case "pending" -> FenceState.PENDING;
            default -> throw new IllegalArgumentException("fence_event has unknown status '" + e.getAttribute("status") + "'");
        };
        List<DeviceAttempt> attempts = new ArrayList<>();
        NodeList ds = e.getElementsByTagName("device");
        for (int i = 0; i < ds.getLength(); i++) {
            Element d = (Element) ds.item(i);
            attempts.add(new DeviceAttempt(d.getAttribute("id"), attr(d, "agent"),
                    d.hasAttribute("level") ? Integer.parseInt(d.getAttribute("level")) : 0, d.getAttribute("action"),
                    d.getAttribute("agent-action"),
                    DeviceAttempt.Outcome.valueOf(d.getAttribute("outcome").toUpperCase(java.util.Locale.ROOT)),
                    Integer.parseInt(d.getAttribute("rc")), Integer.parseInt(d.getAttribute("tries")),
                    Duration.ofMillis(Long.parseLong(d.getAttribute("delay-ms"))),
                    Duration.ofMillis(Long.parseLong(d.getAttribute("exec-ms"))), attr(d, "reason"),
                    "true".equals(d.getAttribute("ignored"))));
        }
        return new FenceResult(e.getAttribute("id"), e.getAttribute("target"), action, e.getAttribute("client"),
                e.getAttribute("origin"), attr(e, "delegate"), state, attempts, attr(e, "exit-reason"),
                Instant.parse(e.getAttribute("requested")),
                e.hasAttribute("completed") ? Instant.parse(e.getAttribute("completed")) : null);
    }

    private static String attr(Element e, String name) {
        return e.hasAttribute(name) ? e.getAttribute(name) : null;
    }
}
