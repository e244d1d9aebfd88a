package org.zcrm.cib.model.xml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.UnmarshalException;
import jakarta.xml.bind.Unmarshaller;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Executor;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.zcrm.cib.model.Cib;
import org.zcrm.cib.model.CibElement;

/**
 * Reads and writes CIBs, and single CIB objects as standalone XML fragments (the format of one
 * znode), with one shared JAXB context. Reading streams the XML through StAX; nothing the model does
 * not know is dropped. Comments and processing instructions are not kept. Thread-safe.
 *
 * <p>Malformed input gives a {@link CibParseException} with the line and column.
 */
public final class CibCodec {
  private static final Logger LOG = LogManager.getLogger();

  private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  private static final String WOODSTOX = "com.ctc.wstx.stax.WstxInputFactory";

  private static final String INDENT_PROPERTY = "org.glassfish.jaxb.indentString";

  private static final String ESCAPE_PROPERTY = "org.glassfish.jaxb.characterEscapeHandler";

  private static final ThreadLocal<Unmarshaller> UNMARSHALLERS =
      ThreadLocal.withInitial(CibCodec::newUnmarshaller);

  private CibCodec() {}

  /** The JAXB context, built on first use only (reading with the fast reader does not need it). */
  private static final class Holder {
    static final JAXBContext CONTEXT = createContext();
  }

  private static final class Input {
    static final XMLInputFactory INPUT = createInputFactory();
  }

  private static JAXBContext createContext() {
    long t0 = System.nanoTime();
    try {
      JAXBContext c = JAXBContext.newInstance(ModelClasses.ALL.toArray(new Class<?>[0]));
      LOG.debug("Created JAXB context ms={}", (System.nanoTime() - t0) / 1_000_000);
      return c;
    } catch (JAXBException e) {
      throw new IllegalStateException("cannot build the JAXB context of the CIB model", e);
    }
  }

  private static XMLInputFactory createInputFactory() {
    // Woodstox: about 40% faster than the JDK's parser on a large status section
    XMLInputFactory f;
    try {
      f = (XMLInputFactory) Class.forName(WOODSTOX).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | LinkageError e) {
      LOG.warn("Woodstox not found, reading CIBs with the slower JDK parser error={}", e.toString());
      f = XMLInputFactory.newFactory();
    }
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    return f;
  }

  /** The shared StAX input factory (thread-safe once configured). */
  static XMLInputFactory inputFactory() {
    return Input.INPUT;
  }

  /** The shared JAXB context (for callers that need a marshaller of their own). */
  public static JAXBContext context() {
    return Holder.CONTEXT;
  }

  private static Unmarshaller newUnmarshaller() {
    try {
      return Holder.CONTEXT.createUnmarshaller();
    } catch (JAXBException e) {
      throw new IllegalStateException("cannot create a JAXB unmarshaller", e);
    }
  }

  // ---------------------------------------------------------------- reading

  /** Reads a whole CIB from a file. */
  public static Cib read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads a whole CIB from a file, a large one with its status section read in pieces by the
   * calling thread and {@code helpers} at once (same model, same errors as {@link #read(Path)}).
   */
  public static Cib read(Path file, Executor helpers) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      Cib cib = SplitStatusReader.read(ch, ch.size(), file.toString(), helpers);
      if (cib != null) {
        return cib;
      }
    }
    return read(file);
  }

  /** Reads a whole CIB from a stream (not closed); {@code sourceName} names it in messages. */
  public static Cib read(InputStream in, String sourceName) {
    return readElement(in, null, sourceName, Cib.class);
  }

  /** Reads a whole CIB from a string. */
  public static Cib readString(String xml) {
    return readElement(null, xml, "input", Cib.class);
  }

  /**
   * Reads one CIB object written as a standalone element, e.g. {@code <primitive .../>} or
   * {@code <node_state ...>...</node_state>}, into the expected class.
   */
  public static <T> T readFragment(String xml, Class<T> type) {
    return readElement(null, xml, "fragment", type);
  }

  /** Reads one CIB object from bytes (UTF-8 unless the XML declaration says otherwise). */
  public static <T> T readFragment(byte[] xml, Class<T> type) {
    return readElement(new ByteArrayInputStream(xml), null, "fragment", type);
  }

  private static <T> T readElement(InputStream in, String text, String source, Class<T> type) {
    XMLStreamReader reader = null;
    try {
      reader = text != null
          ? Input.INPUT.createXMLStreamReader(new StringReader(text))
          : Input.INPUT.createXMLStreamReader(in);
      Object o = null;
      while (reader.hasNext()) {
        if (reader.next() == XMLStreamConstants.START_ELEMENT) {
          o = new StaxCibReader(reader).readKnownOrDom();
          break;
        }
      }
      if (o == null) {
        throw new CibParseException(source, -1, -1, "no XML element found (empty input?)", null);
      }
      while (reader.hasNext()) {
        reader.next(); // reports trailing garbage as malformed XML
      }
      return checkType(o, type, source);
    } catch (XMLStreamException e) {
      throw fromStax(source, e);
    } finally {
      close(reader, source);
    }
  }

  /**
   * Reads through JAXB's unmarshaller instead of the fast reader: slower; the tests check that both
   * give the same model.
   */
  static <T> T readWithJaxb(String text, String source, Class<T> type) {
    XMLStreamReader reader = null;
    try {
      reader = Input.INPUT.createXMLStreamReader(new StringReader(text));
      Object o = UNMARSHALLERS.get().unmarshal(reader);
      if (o instanceof jakarta.xml.bind.JAXBElement<?> je) {
        o = je.getValue();
      }
      return checkType(o, type, source);
    } catch (XMLStreamException e) {
      throw fromStax(source, e);
    } catch (UnmarshalException e) {
      throw fromUnmarshal(source, e);
    } catch (JAXBException e) {
      throw new CibParseException(source, -1, -1, "cannot read the XML: " + e, e);
    } finally {
      close(reader, source);
    }
  }

  private static <T> T checkType(Object o, Class<T> type, String source) {
    if (!type.isInstance(o)) {
      throw new CibParseException(source, 1, 1, "the root element is " + describe(o)
          + ", expected <" + elementName(type) + ">", null);
    }
    return type.cast(o);
  }

  private static void close(XMLStreamReader reader, String source) {
    if (reader != null) {
      try {
        reader.close();
      } catch (XMLStreamException e) {
        LOG.debug("Ignored error closing XML reader source={} error={}", source, e.toString());
      }
    }
  }

  private static String describe(Object o) {
    if (o instanceof org.w3c.dom.Element e) {
      return "<" + e.getTagName() + ">";
    }
    return o == null ? "nothing" : "<" + elementName(o.getClass()) + ">";
  }

  /** The element name of a model class (from its {@code @XmlRootElement}). */
  public static String elementName(Class<?> type) {
    jakarta.xml.bind.annotation.XmlRootElement r =
        type.getAnnotation(jakarta.xml.bind.annotation.XmlRootElement.class);
    return r == null ? type.getSimpleName() : r.name();
  }

  private static CibParseException fromStax(String source, XMLStreamException e) {
    Location l = e.getLocation();
    String msg = e.getMessage();
    // the JDK prefixes messages with "ParseError at [row,col]:[l,c]\nMessage: "
    int i = msg == null ? -1 : msg.indexOf("Message: ");
    if (i >= 0) {
      msg = msg.substring(i + "Message: ".length());
    }
    // Woodstox appends "\n at [row,col {source}]: [l,c]"; the position is reported separately
    int at = msg == null ? -1 : msg.indexOf("\n at [row,col");
    if (at >= 0) {
      msg = msg.substring(0, at);
    }
    return new CibParseException(source, l == null ? -1 : l.getLineNumber(),
        l == null ? -1 : l.getColumnNumber(), "malformed XML: " + (msg == null ? e : msg.trim()), e);
  }

  private static CibParseException fromUnmarshal(String source, UnmarshalException e) {
    Throwable linked = e.getLinkedException() != null ? e.getLinkedException() : e.getCause();
    if (linked instanceof XMLStreamException xe) {
      return fromStax(source, xe);
    }
    if (linked instanceof org.xml.sax.SAXParseException se) {
      return new CibParseException(source, se.getLineNumber(), se.getColumnNumber(),
          "malformed XML: " + se.getMessage(), e);
    }
    String msg = e.getMessage() != null ? e.getMessage() : String.valueOf(linked);
    if (msg.startsWith("unexpected element")) {
      return new CibParseException(source, -1, -1, "the root element is not a CIB element: " + msg, e);
    }
    return new CibParseException(source, -1, -1, "cannot read the XML: " + msg, e);
  }

  // ---------------------------------------------------------------- writing

  /** Writes a whole CIB as an indented XML document (UTF-8). The stream is not closed. */
  public static void write(Cib cib, OutputStream out) {
    try {
      Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
      w.write(XML_DECLARATION);
      marshal(cib, w, true, true);
      w.write('\n');
      w.flush();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot write the CIB", e);
    }
  }

  /** Writes a whole CIB to a file. */
  public static void write(Cib cib, Path file) throws IOException {
    try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      write(cib, out);
    }
  }

  /** The whole CIB as an indented XML document. */
  public static String writeString(Cib cib) {
    StringWriter w = new StringWriter();
    w.write(XML_DECLARATION);
    marshal(cib, w, true, true);
    return w.append('\n').toString();
  }

  /** One CIB object as a compact standalone element, without XML declaration (a znode's content). */
  public static String writeFragment(Object element) {
    StringWriter w = new StringWriter();
    marshal(element, w, false, true);
    return w.toString();
  }

  /** A deep copy of a CIB object (through its XML), for changing it without touching the original. */
  @SuppressWarnings("unchecked")
  public static <T extends CibElement> T copy(T element) {
    return (T) readFragment(writeFragment(element), element.getClass());
  }

  /** One CIB object as compact UTF-8 bytes, without XML declaration. */
  public static byte[] writeFragmentBytes(Object element) {
    return writeFragment(element).getBytes(StandardCharsets.UTF_8);
  }

  /** One CIB object as an indented standalone element, for people to read. */
  public static String writeFragmentIndented(Object element) {
    StringWriter w = new StringWriter();
    marshal(element, w, true, true);
    return w.toString();
  }

  private static void marshal(Object o, Writer w, boolean indent, boolean fragment) {
    if (!(o instanceof CibElement)) {
      throw new IllegalArgumentException("not a CIB model object: " + (o == null ? null : o.getClass()));
    }
    try {
      Marshaller m = Holder.CONTEXT.createMarshaller();
      m.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
      m.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, indent);
      m.setProperty(Marshaller.JAXB_FRAGMENT, fragment);
      m.setProperty(ESCAPE_PROPERTY, ExactEscapes.INSTANCE);
      if (indent) {
        m.setProperty(INDENT_PROPERTY, "  ");
      }
      m.marshal(o, w);
    } catch (JAXBException e) {
      throw new IllegalStateException("cannot write " + o.getClass().getSimpleName() + " as XML", e);
    }
  }
}
