package org.zcrm.executor.agent;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * What an agent's {@code meta-data} action says, as far as the executor needs it: the parameters
 * with their unique/reloadable/private/required flags, the actions, and the OCF version.
 */
public record AgentMetadata(String name, String ocfVersion, List<Parameter> parameters, List<Action> actions) {

    /** One {@code <parameter>}. */
    public record Parameter(String name, boolean unique, boolean reloadable, boolean secret, boolean required,
                            String type, String defaultValue) {
    }

    /** One {@code <action>}; timeout and interval as written (e.g. "20s"), or null. */
    public record Action(String name, String timeout, String interval, String depth, String role) {
    }

    public AgentMetadata {
        parameters = List.copyOf(parameters);
        actions = List.copyOf(actions);
    }

    public boolean hasAction(String action) {
        return actions.stream().anyMatch(a -> a.name().equals(action));
    }

    /** OCF 1.1 agent reload: "reload-agent" is listed. */
    public boolean supportsReloadAgent() {
        return hasAction("reload-agent") && ocfVersionAtLeast11();
    }

    /** Pre-1.1 reload: "reload" listed by a pre-1.1 agent (unique="1" parameters then need a restart). */
    public boolean supportsLegacyReload() {
        return hasAction("reload") && !ocfVersionAtLeast11();
    }

    /**
     * Whether a parameter counts as private: marked so, or, when the agent marks none, named
     * password, passwd or user (Pacemaker's rule for agents older than the private attribute).
     */
    public boolean isPrivate(Parameter p) {
        if (parameters.stream().anyMatch(Parameter::secret)) {
            return p.secret();
        }
        return p.name().equals("password") || p.name().equals("passwd") || p.name().equals("user");
    }

    public Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private boolean ocfVersionAtLeast11() {
        if (ocfVersion == null) {
            return false;
        }
        String[] parts = ocfVersion.trim().split("\\.");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return major > 1 || (major == 1 && minor >= 1);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Parses meta-data XML.
     *
     * @throws IllegalArgumentException naming what is wrong when the text is not resource-agent XML
     */
    public static AgentMetadata parse(String xml) {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            doc = b.parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("meta-data is not well-formed XML: " + e.getMessage(), e);
        }
        Element root = doc.getDocumentElement();
        if (!"resource-agent".equals(root.getTagName())) {
            throw new IllegalArgumentException("meta-data root element is <" + root.getTagName()
                    + ">, expected <resource-agent>");
        }
        String version = null;
        NodeList versions = root.getElementsByTagName("version");
        if (versions.getLength() > 0) {
            version = versions.item(0).getTextContent().trim();
        }
        List<Parameter> params = new ArrayList<>();
        NodeList ps = root.getElementsByTagName("parameter");
        for (int i = 0; i < ps.getLength(); i++) {
            Element p = (Element) ps.item(i);
            String type = null;
            String def = null;
            NodeList content = p.getElementsByTagName("content");
            if (content.getLength() > 0) {
                Element c = (Element) content.item(0);
                type = c.hasAttribute("type") ? c.getAttribute("type") : null;
                def = c.hasAttribute("default") ? c.getAttribute("default") : null;
            }
            params.add(new Parameter(p.getAttribute("name"), flag(p, "unique"), flag(p, "reloadable"),
                    flag(p, "private"), flag(p, "required"), type, def));
        }
        List<Action> actions = new ArrayList<>();
        NodeList as = root.getElementsByTagName("action");
        for (int i = 0; i < as.getLength(); i++) {
            Element a = (Element) as.item(i);
            actions.add(new Action(a.getAttribute("name"), attr(a, "timeout"), attr(a, "interval"),
                    attr(a, "depth"), attr(a, "role")));
        }
        return new AgentMetadata(root.getAttribute("name"), version, params, actions);
    }

    private static boolean flag(Element e, String name) {
        // Pacemaker's crm_is_true
        String v = e.getAttribute(name).trim().toLowerCase(java.util.Locale.ROOT);
        return v.equals("1") || v.equals("true") || v.equals("yes") || v.equals("y") || v.equals("on");
    }

    private static String attr(Element e, String name) {
        return e.hasAttribute(name) ? e.getAttribute(name) : null;
    }
}
