package org.zcrm.cib.model.xml;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.xml.namespace.NamespaceContext;
import javax.xml.namespace.QName;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * A StAX reader of one piece of a status section (a run of elements, as {@link SplitStatusReader}
 * cuts them) for the plain XML a status section is written in: ASCII elements and attributes
 * without namespaces, whitespace between elements, the five predefined entities in attribute values.
 * The piece comes back wrapped in one element, as Woodstox reads it wrapped.
 *
 * <p>It reads several times faster than Woodstox, and reports anything else (comments, text, CDATA,
 * character references, tabs or line breaks inside attribute values, non-ASCII bytes, namespaces) and
 * anything malformed as {@link Unsupported}: the piece is then read with Woodstox, which also gives
 * the exact error. So it never accepts what Woodstox would refuse, and it gives the same events
 * (whitespace between elements is skipped: the model readers skip it too).
 */
final class AsciiPieceReader implements XMLStreamReader {

  /** The piece holds XML this reader leaves to Woodstox. */
  static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported(String why) {
      super(why, null, false, false);
    }
  }

  private static final int BEFORE = 0;
  private static final int INSIDE = 1;
  private static final int AFTER = 2;

  private final byte[] b;
  private final int end;
  private final String wrapper;
  private final String[] names = new String[256];
  private final byte[][] nameBytes = new byte[256][];
  /** The slot in {@link #names} of the name {@link #name()} read last. */
  private int nameSlot;
  /** The slot in {@link #names} of the current start tag's name. */
  private int elementSlot;
  /**
   * Per element name (by slot), the slots of the attribute names in the order the last such
   * element had them: elements of one kind mostly repeat their attributes in one order, so each
   * name is first checked against this guess (a comparison instead of a hash and a look-up).
   */
  private final int[][] attributeOrder = new int[256][];
  /**
   * Recently read attribute values by hash slot, with their bytes and hashes (compared before the
   * bytes): most values of a status section recur on every node. One thread's readers can share one
   * (not thread-safe), so values are shared across the pieces it reads.
   */
  static final class ValueCache {
    private static final int SLOTS = 1 << 16;
    private final String[] values = new String[SLOTS];
    private final byte[][] bytes = new byte[SLOTS][];
    private final int[] hashes = new int[SLOTS];
  }

  private final String[] values;
  private final byte[][] valueBytes;
  private final int[] valueHashes;
  private int pos;
  private int state = BEFORE;
  private int event = XMLStreamConstants.START_DOCUMENT;
  private String name;
  private String[] stack = new String[16];
  private int depth;
  private boolean selfClosing;
  private String[] attrNames = new String[32];
  private String[] attrValues = new String[32];
  private int attrCount;
  private final StringBuilder text = new StringBuilder();

  AsciiPieceReader(byte[] bytes, int length, String wrapper) {
    this(bytes, length, wrapper, new ValueCache());
  }

  AsciiPieceReader(byte[] bytes, int length, String wrapper, ValueCache cache) {
    this.b = bytes;
    this.end = length;
    this.wrapper = wrapper;
    this.values = cache.values;
    this.valueBytes = cache.bytes;
    this.valueHashes = cache.hashes;
  }

  @Override
  public int next() {
    attrCount = 0;
    if (state == BEFORE) {
      state = INSIDE;
      name = wrapper;
      return event = XMLStreamConstants.START_ELEMENT;
    }
    if (state == AFTER) {
      return event = XMLStreamConstants.END_DOCUMENT;
    }
    if (selfClosing) {
      selfClosing = false;
      return event = XMLStreamConstants.END_ELEMENT;
    }
    skipWhitespace();
    if (pos >= end) {
      if (depth != 0) {
        throw new Unsupported("element not closed");
      }
      state = AFTER;
      name = wrapper;
      return event = XMLStreamConstants.END_ELEMENT;
    }
    if (b[pos] != '<') {
      throw new Unsupported("text");
    }
    pos++;
    if (pos < end && b[pos] == '/') {
      pos++;
      String n = name();
      skipWhitespace();
      expect('>');
      if (depth == 0 || !stack[depth - 1].equals(n)) {
        throw new Unsupported("end tag does not match");
      }
      name = stack[--depth];
      return event = XMLStreamConstants.END_ELEMENT;
    }
    name = name();
    elementSlot = nameSlot;
    while (true) {
      boolean space = skipWhitespace();
      if (pos >= end) {
        throw new Unsupported("start tag not closed");
      }
      if (b[pos] == '>') {
        pos++;
        push(name);
        break;
      }
      if (b[pos] == '/') {
        pos++;
        expect('>');
        selfClosing = true;
        break;
      }
      if (!space) {
        throw new Unsupported("no space before an attribute");
      }
      attribute();
    }
    return event = XMLStreamConstants.START_ELEMENT;
  }

  private void attribute() {
    String n = attributeName();
    for (int i = 0; i < attrCount; i++) {
      if (attrNames[i] == n) { // names are shared instances
        throw new Unsupported("duplicate attribute");
      }
    }
    skipWhitespace();
    expect('=');
    skipWhitespace();
    if (pos >= end || (b[pos] != '"' && b[pos] != '\'')) {
      throw new Unsupported("attribute value not quoted");
    }
    byte quote = b[pos++];
    int start = pos;
    boolean entities = false;
    int h = 0;
    while (true) {
      if (pos >= end) {
        throw new Unsupported("attribute value not closed");
      }
      byte c = b[pos];
      if (c == quote) {
        break;
      }
      if (c < 0x20 || c > 0x7e || c == '<') {
        throw new Unsupported("character in an attribute value");
      }
      if (c == '&') {
        entities = true;
      }
      h = h * 31 + c;
      pos++;
    }
    String value = entities ? decode(start, pos) : value(start, pos, h);
    pos++;
    if (attrCount == attrNames.length) {
      attrNames = Arrays.copyOf(attrNames, attrCount * 2);
      attrValues = Arrays.copyOf(attrValues, attrCount * 2);
    }
    attrNames[attrCount] = n;
    attrValues[attrCount++] = value;
  }

  /**
   * The value in bytes [from, to) with hash {@code h}: the same instance as the last equal value
   * that fell in its slot (a status section repeats most values: operations, digests, node names,
   * return codes), else a new one that takes the slot (a longer number only an empty one).
   */
  private String value(int from, int to, int h) {
    int len = to - from;
    if (len > 64) {
      return new String(b, from, len, StandardCharsets.ISO_8859_1);
    }
    int slot = (h ^ (h >>> 16)) & (ValueCache.SLOTS - 1);
    byte[] known = valueBytes[slot];
    if (known != null && valueHashes[slot] == h && known.length == len
        && Arrays.equals(known, 0, len, b, from, to)) {
      return values[slot];
    }
    String v = new String(b, from, len, StandardCharsets.ISO_8859_1);
    if (known != null && len > 3 && digits(from, to)) {
      return v; // call ids and times: seldom repeated, they push no shared value out
    }
    valueBytes[slot] = Arrays.copyOfRange(b, from, to);
    valueHashes[slot] = h;
    return values[slot] = v;
  }

  private boolean digits(int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] < '0' || b[i] > '9') {
        return false;
      }
    }
    return true;
  }

  /** An attribute value with the five predefined entities replaced. */
  private String decode(int from, int to) {
    text.setLength(0);
    for (int i = from; i < to; i++) {
      byte c = b[i];
      if (c != '&') {
        text.append((char) c);
        continue;
      }
      int semi = i + 1;
      while (semi < to && semi < i + 6 && b[semi] != ';') {
        semi++;
      }
      if (semi >= to || b[semi] != ';') {
        throw new Unsupported("reference");
      }
      String ref = new String(b, i + 1, semi - i - 1, StandardCharsets.ISO_8859_1);
      text.append(switch (ref) {
        case "lt" -> '<';
        case "gt" -> '>';
        case "amp" -> '&';
        case "quot" -> '"';
        case "apos" -> '\'';
        default -> throw new Unsupported("reference");
      });
      i = semi;
    }
    return text.toString();
  }

  private void push(String n) {
    if (depth == stack.length) {
      stack = Arrays.copyOf(stack, depth * 2);
    }
    stack[depth++] = n;
  }

  private void expect(char c) {
    if (pos >= end || b[pos] != c) {
      throw new Unsupported("expected " + c);
    }
    pos++;
  }

  /** Skips spaces, tabs and line breaks; true when there was one. */
  private boolean skipWhitespace() {
    int start = pos;
    while (pos < end) {
      byte c = b[pos];
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        break;
      }
      pos++;
    }
    return pos > start;
  }

  /** The name of the next attribute of the current start tag (see {@link #attributeOrder}). */
  private String attributeName() {
    int[] order = attributeOrder[elementSlot];
    int i = attrCount;
    if (order != null && i < order.length && order[i] >= 0) {
      byte[] known = nameBytes[order[i]];
      int to = pos + known.length;
      if (to < end && Arrays.equals(b, pos, to, known, 0, known.length)) {
        byte after = b[to];
        if (!nameChar(after) && after != ':' && after >= 0) {
          pos = to;
          return names[order[i]];
        }
      }
    }
    String n = name();
    if (order == null || i >= order.length) {
      int from = order == null ? 0 : order.length;
      order = Arrays.copyOf(order == null ? new int[0] : order, Math.max(8, i * 2));
      Arrays.fill(order, from, order.length, -1);
      attributeOrder[elementSlot] = order;
    }
    order[i] = nameSlot;
    return n;
  }

  /** An ASCII name without colon, as one shared (interned) String per distinct name. */
  private String name() {
    int start = pos;
    if (pos >= end || !nameStart(b[pos])) {
      throw new Unsupported("name");
    }
    int h = b[pos++];
    while (pos < end && nameChar(b[pos])) {
      h = h * 31 + b[pos++];
    }
    if (pos < end && (b[pos] == ':' || b[pos] < 0)) {
      throw new Unsupported("name");
    }
    int len = pos - start;
    int slot = (h ^ (h >>> 8)) & (names.length - 1);
    for (int probe = 0; probe < names.length; probe++, slot = (slot + 1) & (names.length - 1)) {
      byte[] known = nameBytes[slot];
      if (known == null) {
        nameSlot = slot;
        nameBytes[slot] = Arrays.copyOfRange(b, start, pos);
        // the JVM's instance: the model reader's switches on names then match by reference
        return names[slot] = new String(b, start, len, StandardCharsets.ISO_8859_1).intern();
      }
      if (known.length == len && Arrays.equals(known, 0, len, b, start, pos)) {
        nameSlot = slot;
        return names[slot];
      }
    }
    throw new Unsupported("too many names");
  }

  private static boolean nameStart(byte c) {
    return NAME_START[c & 0xff];
  }

  private static boolean nameChar(byte c) {
    return NAME_CHAR[c & 0xff];
  }

  /** ASCII letters and underscore (a byte table: names are scanned a byte at a time). */
  private static final boolean[] NAME_START = new boolean[256];

  /** {@link #NAME_START}, digits, hyphen and dot. */
  private static final boolean[] NAME_CHAR = new boolean[256];

  static {
    for (int c = 0; c < 256; c++) {
      NAME_START[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
      NAME_CHAR[c] = NAME_START[c] || (c >= '0' && c <= '9') || c == '-' || c == '.';
    }
  }

  @Override
  public boolean hasNext() {
    return event != XMLStreamConstants.END_DOCUMENT;
  }

  @Override
  public int getEventType() {
    return event;
  }

  @Override
  public String getLocalName() {
    return name;
  }

  @Override
  public QName getName() {
    return new QName(name);
  }

  @Override
  public String getNamespaceURI() {
    return null;
  }

  @Override
  public String getPrefix() {
    return null;
  }

  @Override
  public int getNamespaceCount() {
    return 0;
  }

  @Override
  public int getAttributeCount() {
    return attrCount;
  }

  @Override
  public String getAttributeLocalName(int index) {
    return attrNames[index];
  }

  @Override
  public QName getAttributeName(int index) {
    return new QName(attrNames[index]);
  }

  @Override
  public String getAttributeNamespace(int index) {
    return null;
  }

  @Override
  public String getAttributePrefix(int index) {
    return null;
  }

  @Override
  public String getAttributeType(int index) {
    return "CDATA";
  }

  @Override
  public String getAttributeValue(int index) {
    return attrValues[index];
  }

  @Override
  public boolean isAttributeSpecified(int index) {
    return true;
  }

  @Override
  public String getAttributeValue(String namespaceUri, String localName) {
    for (int i = 0; i < attrCount; i++) {
      if (attrNames[i].equals(localName)) {
        return attrValues[i];
      }
    }
    return null;
  }

  @Override
  public boolean isStartElement() {
    return event == XMLStreamConstants.START_ELEMENT;
  }

  @Override
  public boolean isEndElement() {
    return event == XMLStreamConstants.END_ELEMENT;
  }

  @Override
  public boolean isCharacters() {
    return false;
  }

  @Override
  public boolean isWhiteSpace() {
    return false;
  }

  @Override
  public boolean hasName() {
    return event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT;
  }

  @Override
  public boolean hasText() {
    return false;
  }

  @Override
  public void close() {
    // nothing to release
  }

  // ---------------------------------------------------------------- not used by the model readers

  @Override
  public Object getProperty(String name) {
    return null;
  }

  @Override
  public void require(int type, String namespaceUri, String localName) {
    throw new UnsupportedOperationException("require");
  }

  @Override
  public String getElementText() {
    throw new UnsupportedOperationException("getElementText");
  }

  @Override
  public int nextTag() {
    throw new UnsupportedOperationException("nextTag");
  }

  @Override
  public String getNamespaceURI(String prefix) {
    return null;
  }

  @Override
  public String getNamespacePrefix(int index) {
    throw new IndexOutOfBoundsException(index);
  }

  @Override
  public String getNamespaceURI(int index) {
    throw new IndexOutOfBoundsException(index);
  }

  @Override
  public NamespaceContext getNamespaceContext() {
    throw new UnsupportedOperationException("getNamespaceContext");
  }

  @Override
  public String getText() {
    throw new IllegalStateException("no text events");
  }

  @Override
  public char[] getTextCharacters() {
    throw new IllegalStateException("no text events");
  }

  @Override
  public int getTextCharacters(int sourceStart, char[] target, int targetStart, int length) {
    throw new IllegalStateException("no text events");
  }

  @Override
  public int getTextStart() {
    throw new IllegalStateException("no text events");
  }

  @Override
  public int getTextLength() {
    throw new IllegalStateException("no text events");
  }

  @Override
  public String getEncoding() {
    return "UTF-8";
  }

  @Override
  public Location getLocation() {
    return null;
  }

  @Override
  public String getVersion() {
    return null;
  }

  @Override
  public boolean isStandalone() {
    return false;
  }

  @Override
  public boolean standaloneSet() {
    return false;
  }

  @Override
  public String getCharacterEncodingScheme() {
    return null;
  }

  @Override
  public String getPITarget() {
    throw new IllegalStateException("no processing instructions");
  }

  @Override
  public String getPIData() {
    throw new IllegalStateException("no processing instructions");
  }
}
