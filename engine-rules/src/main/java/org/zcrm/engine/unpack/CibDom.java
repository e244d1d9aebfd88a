package org.zcrm.engine.unpack;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMResult;
import org.w3c.dom.Document;
import org.zcrm.cib.model.Cib;
import org.zcrm.cib.model.xml.CibCodec;

/**
 * Adapter from the JAXB model to a DOM tree: the unpack phase reads Pacemaker's element and
 * attribute names generically (rules, nvpairs, id-refs), the way Pacemaker's own unpack does.
 */
public final class CibDom {
  private CibDom() {}

  public static Document toDocument(Cib cib) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      Document doc = f.newDocumentBuilder().newDocument();
      Marshaller m = CibCodec.context().createMarshaller();
      m.marshal(cib, new DOMResult(doc));
      return doc;
    } catch (JAXBException | ParserConfigurationException e) {
      throw new IllegalStateException("cannot convert the CIB model for the engine", e);
    }
  }
}
