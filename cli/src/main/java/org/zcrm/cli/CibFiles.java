package org.zcrm.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * Reads a CIB file straight into the engine's XML view, for the command line tools that schedule
 * from a file (simulate, bench) without building the JAXB model first.
 */
final class CibFiles {
  private CibFiles() {}

  static Document read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      // build the whole tree while parsing: the engine reads every node anyway
      f.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
      Document doc = f.newDocumentBuilder().parse(in, file.toString());
      if (!"cib".equals(doc.getDocumentElement().getTagName())) {
        throw new IOException(file + " is not a CIB: its root element is <"
            + doc.getDocumentElement().getTagName() + ">, expected <cib>");
      }
      return doc;
    } catch (SAXException e) {
      throw new IOException(file + " is not well-formed XML: " + e.getMessage(), e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("no XML parser", e);
    }
  }
}
