package org.zcrm.fence.agent;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Parses fence-agents metadata XML ({@code <resource-agent><parameters/><actions/></resource-agent>}). */
public final class AgentMetadataParser {

    private AgentMetadataParser() {
    }

    /** Thrown for output that is not fence agent metadata; the message says what is wrong. */
    public static final class InvalidMetadataException extends Exception {
        private static final long serialVersionUID = 1L;

        public InvalidMetadataException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static AgentMetadata parse(String agent, String xml) throws InvalidMetadataException {
        if (xml == null || xml.isBlank()) {
            throw new InvalidMetadataException("metadata of " + agent + " is empty", null);
        }
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            doc = b.parse(new InputSource(new StringReader(xml.strip())));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new InvalidMetadataException("metadata of " + agent + " is not valid XML: " + e.getMessage(), e);
        }
        Element root = doc.getDocumentElement();
        if (!"resource-agent".equals(root.getTagName())) {
            throw new InvalidMetadataException("metadata of " + agent + " has root <" + root.getTagName()
                    + ">, expected <resource-agent>", null);
        }
        List<AgentMetadata.Parameter> params = new ArrayList<>();
        NodeList ps = root.getElementsByTagName("parameter");
        for (int i = 0; i < ps.getLength(); i++) {
            Element p = (Element) ps.item(i);
            Element content = firstChild(p, "content");
            params.add(new AgentMetadata.Parameter(p.getAttribute("name"), isTrue(p.getAttribute("required")),
                    content == null ? "string" : content.getAttribute("type"),
                    content == null || !content.hasAttribute("default") ? null : content.getAttribute("default"),
                    text(firstChild(p, "shortdesc"))));
        }
        List<AgentMetadata.Action> actions = new ArrayList<>();
        NodeList as = root.getElementsByTagName("action");
        for (int i = 0; i < as.getLength(); i++) {
            Element a = (Element) as.item(i);
            actions.add(new AgentMetadata.Action(a.getAttribute("name"),
                    isTrue(a.getAttribute("automatic")) || isTrue(a.getAttribute("required")),
                    isTrue(a.getAttribute("on_target"))));
        }
        String shortDesc = root.hasAttribute("shortdesc") ? root.getAttribute("shortdesc")
                : text(firstChild(root, "shortdesc"));
        return new AgentMetadata(agent, shortDesc, params, actions, xml);
    }

    private static Element firstChild(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element e) {
        return e == null ? null : e.getTextContent().strip();
    }

    private static boolean isTrue(String v) {
        return v != null && (v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes")
                || v.equalsIgnoreCase("on"));
    }
}
