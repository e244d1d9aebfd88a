package org.zcrm.cib.model.xml;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shares equal strings between model objects for attributes that repeat a lot (operation names,
 * digests, node names, feature sets): a 100-node status holds the same few thousand values hundreds
 * of thousands of times. The cache is bounded; past the bound values are simply not shared.
 */
public final class Interned extends XmlAdapter<String, String> {
  private static final int MAX = 1 << 20;
  private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>(1 << 16);

  /** The shared instance equal to {@code s} (or {@code s} itself). */
  public static String of(String s) {
    if (s == null || s.length() > 200) {
      return s;
    }
    String prev = CACHE.get(s);
    if (prev != null) {
      return prev;
    }
    if (CACHE.size() >= MAX) {
      return s;
    }
    // the JVM's instance, so that comparisons with literals ("monitor", "0") match by reference
    String jvm = s.intern();
    prev = CACHE.putIfAbsent(jvm, jvm);
    return prev != null ? prev : jvm;
  }

  @Override
  public String unmarshal(String v) {
    return of(v);
  }

  @Override
  public String marshal(String v) {
    return v;
  }
}
