package org.zcrm.cib.model.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.w3c.dom.Element;
import org.zcrm.cib.model.Cib;
import org.zcrm.cib.model.status.Status;

/**
 * Reads a large CIB file with its status section cut into pieces at {@code <node_state} tags and the
 * pieces read by several threads (the caller's and the helpers it gives) while the caller reads the
 * rest of the document.
 *
 * <p>The rest of the document is read with a marker element (carrying a one-off nonce) where the
 * pieces were cut out; each piece is read on its own, wrapped in an element. The result is used only
 * when everything checks out: every piece is well-formed content on its own, and the marker came
 * back as a direct child of {@code <status>} (so the cut was in status's content, not in a comment
 * or another element, and no default namespace was in scope). The pieces then sit exactly where the
 * marker was. Anything else (a small file, an encoding other than UTF-8, no status section, any
 * error in any part) makes this return null, and the caller reads the file in one pass: that pass
 * gives the model, or the error with its exact line and column.
 */
final class SplitStatusReader {
  private static final Logger LOG = LogManager.getLogger();

  /** Smaller files are read in one pass (the split would not pay for itself). */
  static final long MIN_BYTES = 4L << 20;

  /**
   * The status section is cut into pieces of about this size, at most {@link #MAX_PIECES} (small
   * enough that the threads finish close together; each cut costs a search for the next node_state,
   * and each thread shares attribute values across the pieces it reads).
   */
  private static final long PIECE_BYTES = 4L << 20;

  private static final int MAX_PIECES = 16;

  /** A file with a larger piece (over 8 GB of status, or one huge node_state) is read in one pass. */
  private static final long MAX_PIECE_BYTES = 1L << 30;

  private static final String MARKER = "zcrm-split-status-here";

  static final String WRAPPER = "zcrm-split-status-piece";

  private static final byte[] STATUS_TAG = ascii("<status");

  private static final byte[] NODE_STATE_TAG = ascii("<node_state");

  private static final byte[] NODE_STATE_END = ascii("</node_state>");

  private static final int SCAN_BLOCK = 1 << 16;

  private SplitStatusReader() {}

  /**
   * The CIB in {@code ch} (a file of {@code size} bytes), or null when it is better read in one pass
   * or did not read cleanly in pieces. {@code helpers} run extra readers of pieces (they may never
   * start: the calling thread reads whatever pieces no helper took).
   */
  static Cib read(FileChannel ch, long size, String source, Executor helpers) throws IOException {
    if (size < MIN_BYTES || !utf8Declaration(ch)) {
      return null;
    }
    long[] cuts = cuts(ch, size);
    if (cuts == null) {
      return null;
    }
    int pieces = cuts.length - 1;
    Object[] results = new Object[pieces];
    AtomicInteger next = new AtomicInteger();
    AtomicBoolean cancelled = new AtomicBoolean();
    CountDownLatch done = new CountDownLatch(pieces);
    Runnable worker = () -> {
      byte[][] buffer = {new byte[0]}; // one per thread, reused: fresh memory costs page faults
      AsciiPieceReader.ValueCache values = new AsciiPieceReader.ValueCache(); // one per thread
      for (int i = next.getAndIncrement(); i < pieces; i = next.getAndIncrement()) {
        try {
          if (!cancelled.get()) {
            results[i] = readPiece(ch, cuts[i], cuts[i + 1], buffer, values);
            if (!(results[i] instanceof List)) {
              cancelled.set(true); // the file is read again in one pass anyway
            }
          }
        } finally {
          done.countDown();
        }
      }
    };
    try {
      helpers.execute(worker);
    } catch (RejectedExecutionException e) {
      LOG.debug("No helper for reading the status section source={}", source);
    }
    String nonce = Long.toHexString(System.nanoTime());
    byte[] marker = ascii("<" + MARKER + " nonce=\"" + nonce + "\"/>");
    Cib cib;
    try {
      cib = CibCodec.read(concat(range(ch, 0, cuts[0]), new ByteArrayInputStream(marker),
          range(ch, cuts[pieces], size)), source);
    } catch (CibParseException e) {
      cib = null;
      cancelled.set(true); // no use reading the pieces no thread has started
    }
    worker.run();
    try {
      done.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
    return cib == null ? null : splice(cib, nonce, results, source);
  }

  /** Puts the pieces' status children where the marker is, or null when something did not check out. */
  private static Cib splice(Cib cib, String nonce, Object[] results, String source) {
    List<Object> all = new ArrayList<>();
    for (Object r : results) {
      if (!(r instanceof List<?> l)) {
        LOG.debug("Status piece did not read alone, reading in one pass source={} error={}", source, r);
        return null;
      }
      all.addAll(l);
    }
    Status status = cib.status();
    if (status == null) {
      return null;
    }
    List<Object> children = status.children();
    int at = -1;
    for (int i = 0; i < children.size(); i++) {
      if (children.get(i) instanceof Element e && MARKER.equals(e.getLocalName())
          && e.getNamespaceURI() == null && nonce.equals(e.getAttribute("nonce"))) {
        if (at >= 0) {
          return null;
        }
        at = i;
      }
    }
    if (at < 0) {
      LOG.debug("Status cut not in the status section, reading in one pass source={}", source);
      return null;
    }
    children.remove(at);
    children.addAll(at, all);
    LOG.debug("Read the status section in pieces source={} pieces={}", source, results.length);
    return cib;
  }

  /**
   * The status children of one piece, or the exception that reading it threw: read with
   * {@link AsciiPieceReader} when the piece is plain, else with Woodstox.
   */
  private static Object readPiece(FileChannel ch, long from, long to, byte[][] buffer,
      AsciiPieceReader.ValueCache values) {
    int length = (int) (to - from);
    if (buffer[0].length < length) {
      buffer[0] = new byte[length];
    }
    byte[] bytes = buffer[0];
    try {
      if (fill(ch, bytes, from, length) != length) {
        return new IOException("file changed while being read");
      }
    } catch (IOException e) {
      return e;
    }
    try {
      return readChildren(new AsciiPieceReader(bytes, length, WRAPPER, values));
    } catch (XMLStreamException | RuntimeException e) { // AsciiPieceReader.Unsupported mostly
      LOG.debug("Status piece read with Woodstox reason={}", e.getMessage());
    }
    XMLStreamReader r = null;
    try {
      r = CibCodec.inputFactory().createXMLStreamReader(concat(
          new ByteArrayInputStream(ascii("<" + WRAPPER + ">")), new ByteArrayInputStream(bytes, 0, length),
          new ByteArrayInputStream(ascii("</" + WRAPPER + ">"))));
      return readChildren(r);
    } catch (XMLStreamException | RuntimeException e) {
      return e;
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException e) {
          LOG.debug("Ignored error closing a status piece error={}", e.toString());
        }
      }
    }
  }

  /** The status children inside the wrapper element {@code r} starts with. */
  static List<Object> readChildren(XMLStreamReader r) throws XMLStreamException {
    while (r.next() != XMLStreamConstants.START_ELEMENT) {
      // nothing comes before the wrapper
    }
    StaxCibReader reader = new StaxCibReader(r);
    List<Object> out = new ArrayList<>();
    while (reader.nextChild()) {
      out.add(reader.childOfStatus());
    }
    while (r.hasNext()) {
      r.next();
    }
    return out;
  }

  /**
   * Where to cut: the first {@code <node_state} after {@code <status}, {@code <node_state} tags
   * about {@link #PIECE_BYTES} apart (at least two pieces), and the end of the last
   * {@code </node_state>}; null when there would be fewer than two pieces.
   */
  private static long[] cuts(FileChannel ch, long size) throws IOException {
    long status = indexOf(ch, STATUS_TAG, 0, size, true);
    long first = status < 0 ? -1 : indexOf(ch, NODE_STATE_TAG, status, size, true);
    long last = first < 0 ? -1 : lastIndexOf(ch, NODE_STATE_END, first, size);
    if (last < 0) {
      return null;
    }
    long end = last + NODE_STATE_END.length;
    int want = (int) Math.max(2, Math.min(MAX_PIECES, (end - first) / PIECE_BYTES));
    List<Long> cuts = new ArrayList<>();
    cuts.add(first);
    for (int i = 1; i < want; i++) {
      long from = Math.max(first + (end - first) * i / want, cuts.get(cuts.size() - 1) + 1);
      long at = indexOf(ch, NODE_STATE_TAG, from, end, true);
      if (at < 0) {
        break;
      }
      cuts.add(at);
    }
    cuts.add(end);
    if (cuts.size() < 3) {
      return null;
    }
    for (int i = 1; i < cuts.size(); i++) {
      if (cuts.get(i) - cuts.get(i - 1) > MAX_PIECE_BYTES) {
        return null; // a piece is read into one array
      }
    }
    return cuts.stream().mapToLong(Long::longValue).toArray();
  }

  /**
   * False when the document declares an encoding other than UTF-8 or an XML version other than 1.0
   * (the pieces are read as UTF-8 XML 1.0), or does not start with ASCII (UTF-16).
   */
  private static boolean utf8Declaration(FileChannel ch) throws IOException {
    ByteBuffer head = ByteBuffer.allocate(256);
    ch.read(head, 0);
    String s = new String(head.array(), 0, head.position(), StandardCharsets.ISO_8859_1);
    if (s.startsWith("\u00ef\u00bb\u00bf")) {
      s = s.substring(3);
    }
    if (!s.startsWith("<?xml")) {
      return s.startsWith("<") || s.startsWith(" ") || s.startsWith("\n") || s.startsWith("\r")
          || s.startsWith("\t");
    }
    int end = s.indexOf("?>");
    if (end < 0) {
      return false;
    }
    String decl = s.substring(0, end).replace('\'', '"');
    return declared(decl, "version", "1.0") && declared(decl, "encoding", "utf-8");
  }

  private static boolean declared(String decl, String name, String expected) {
    int i = decl.indexOf(name);
    if (i < 0) {
      return true;
    }
    int q = decl.indexOf('"', i);
    int q2 = q < 0 ? -1 : decl.indexOf('"', q + 1);
    return q2 > q && decl.substring(q + 1, q2).toLowerCase(Locale.ROOT).equals(expected);
  }

  /**
   * The first position in [from, to) where {@code pat} starts (followed by a character that ends a
   * tag name when {@code tag}), or -1.
   */
  private static long indexOf(FileChannel ch, byte[] pat, long from, long to, boolean tag)
      throws IOException {
    byte[] buf = new byte[SCAN_BLOCK + pat.length + 1];
    int need = pat.length + (tag ? 1 : 0);
    for (long base = from; base < to; base += SCAN_BLOCK) {
      int n = fill(ch, buf, base, Math.min(buf.length, to - base));
      for (int i = 0; i < SCAN_BLOCK && i + need <= n; i++) {
        if (buf[i] == '<' && buf[i + 1] == pat[1] && matches(buf, i, pat)
            && (!tag || endsName(buf[i + pat.length]))) {
          return base + i;
        }
      }
    }
    return -1;
  }

  /** The last position in [from, to) where {@code pat} starts, or -1. */
  private static long lastIndexOf(FileChannel ch, byte[] pat, long from, long to) throws IOException {
    byte[] buf = new byte[SCAN_BLOCK + pat.length];
    for (long end = to; end > from; end -= SCAN_BLOCK) {
      long base = Math.max(from, end - SCAN_BLOCK);
      int n = fill(ch, buf, base, Math.min(buf.length, to - base));
      for (int i = (int) Math.min(n - pat.length, end - base - 1); i >= 0; i--) {
        if (matches(buf, i, pat)) {
          return base + i;
        }
      }
    }
    return -1;
  }

  private static boolean matches(byte[] buf, int at, byte[] pat) {
    for (int j = 0; j < pat.length; j++) {
      if (buf[at + j] != pat[j]) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsName(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '>' || b == '/';
  }

  private static int fill(FileChannel ch, byte[] buf, long pos, long len) throws IOException {
    ByteBuffer bb = ByteBuffer.wrap(buf, 0, (int) len);
    while (bb.hasRemaining()) {
      if (ch.read(bb, pos + bb.position()) < 0) {
        break;
      }
    }
    return bb.position();
  }

  private static InputStream concat(InputStream... parts) {
    return new SequenceInputStream(Collections.enumeration(List.of(parts)));
  }

  /** Bytes [from, to) of the file, read with positional reads (threads share the channel). */
  private static InputStream range(FileChannel ch, long from, long to) {
    return new InputStream() {
      private long pos = from;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
          return 0;
        }
        if (pos >= to) {
          return -1;
        }
        int n = ch.read(ByteBuffer.wrap(b, off, (int) Math.min(len, to - pos)), pos);
        if (n > 0) {
          pos += n;
        }
        return n;
      }
    };
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
