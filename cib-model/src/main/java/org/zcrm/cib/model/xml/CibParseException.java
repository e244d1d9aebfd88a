package org.zcrm.cib.model.xml;

/**
 * A CIB or fragment that cannot be read: malformed XML, or a root element that is not the one
 * expected. Carries the position (1-based line and column, -1 when unknown) and a message that names
 * the source and says what is wrong.
 */
public final class CibParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String problem;

  public CibParseException(String source, int line, int column, String problem, Throwable cause) {
    super(format(source, line, column, problem), cause);
    this.source = source;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  private static String format(String source, int line, int column, String problem) {
    StringBuilder b = new StringBuilder(source == null ? "input" : source);
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) {
        b.append(':').append(column);
      }
    }
    return b.append(": ").append(problem).toString();
  }

  /** The file name or other description of what was read. */
  public String source() {
    return source;
  }

  /** The 1-based line of the problem, or -1 when unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column of the problem, or -1 when unknown. */
  public int column() {
    return column;
  }

  /** What is wrong, without the position. */
  public String problem() {
    return problem;
  }
}
