package org.zcrm.engine.unpack;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A set of node names kept as bits over the cluster's node names ({@link Nodes}); names outside
 * those are kept in a hashed set of their own. A large cluster has one such set per resource (the
 * nodes whose history knows it): bits take a few words where a hashed set takes an entry per node,
 * and "known on every online node" is a comparison of words. Iterates the cluster's names in their
 * order, then the others. Not thread-safe; elements cannot be removed.
 */
public final class NodeSet extends AbstractSet<String> {

  /** The node names sets are made over, each with its bit. */
  public static final class Nodes {
    private final Map<String, Integer> bits = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    public Nodes(Collection<String> names) {
      for (String n : names) {
        if (n != null && !bits.containsKey(n)) {
          bits.put(n, this.names.size());
          this.names.add(n);
        }
      }
    }

    private int bit(Object name) {
      Integer b = bits.get(name);
      return b == null ? -1 : b;
    }

    /** An empty set over these names. */
    public NodeSet newSet() {
      return new NodeSet(this);
    }

    /** A set over these names holding {@code names}. */
    public NodeSet setOf(Collection<String> names) {
      NodeSet s = newSet();
      s.addAll(names);
      return s;
    }
  }

  private final Nodes nodes;
  private long[] words;
  private int bitCount;
  private Set<String> others;

  private NodeSet(Nodes nodes) {
    this.nodes = nodes;
    this.words = new long[(nodes.names.size() + 63) >>> 6];
  }

  /** A set over this set's names holding {@code names}. */
  public NodeSet nodesOf(Collection<String> names) {
    return nodes.setOf(names);
  }

  /** Whether both sets are made over the same names (then {@link #containsAll} compares words). */
  public boolean sameNodes(NodeSet other) {
    return other.nodes == nodes;
  }

  @Override
  public boolean add(String name) {
    int b = nodes.bit(name);
    if (b < 0) {
      if (others == null) {
        others = new HashSet<>();
      }
      return others.add(name);
    }
    long mask = 1L << b;
    if ((words[b >>> 6] & mask) != 0) {
      return false;
    }
    words[b >>> 6] |= mask;
    bitCount++;
    return true;
  }

  @Override
  public boolean contains(Object o) {
    int b = nodes.bit(o);
    if (b < 0) {
      return others != null && others.contains(o);
    }
    return (words[b >>> 6] & (1L << b)) != 0;
  }

  @Override
  public boolean containsAll(Collection<?> c) {
    if (c instanceof NodeSet s && s.nodes == nodes) {
      for (int i = 0; i < words.length; i++) {
        if ((s.words[i] & ~words[i]) != 0) {
          return false;
        }
      }
      return s.others == null || (others != null && others.containsAll(s.others));
    }
    return super.containsAll(c);
  }

  @Override
  public int size() {
    return bitCount + (others == null ? 0 : others.size());
  }

  @Override
  public boolean isEmpty() {
    return size() == 0;
  }

  @Override
  public Iterator<String> iterator() {
    Iterator<String> rest = others == null ? null : others.iterator();
    return new Iterator<>() {
      private int next = nextBit(0);

      private int nextBit(int from) {
        for (int b = from; b < nodes.names.size(); b++) {
          if ((words[b >>> 6] & (1L << b)) != 0) {
            return b;
          }
        }
        return -1;
      }

      @Override
      public boolean hasNext() {
        return next >= 0 || (rest != null && rest.hasNext());
      }

      @Override
      public String next() {
        if (next >= 0) {
          String n = nodes.names.get(next);
          next = nextBit(next + 1);
          return n;
        }
        if (rest != null) {
          return rest.next();
        }
        throw new NoSuchElementException();
      }
    };
  }
}
