package org.zcrm.engine.unpack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NodeSetTest {

  /** 70 configured nodes: more than one word of bits. */
  private static final List<String> CLUSTER =
      IntStream.rangeClosed(1, 70).mapToObj(i -> "n" + i).toList();

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("empty", List.of(), List.of("n1")),
        Arguments.of("first word", List.of("n1", "n64"), List.of("n1", "n64", "n2")),
        Arguments.of("second word", List.of("n65", "n70"), List.of("n65", "n70", "n1")),
        Arguments.of("added twice", List.of("n3", "n3", "n66"), List.of("n3", "n66")),
        Arguments.of("outside the cluster", List.of("n2", "remote1", "remote1"),
            List.of("n2", "remote1", "remote2")));
  }

  /** Behaves as a hashed set of the same names: contents, size, membership, iteration. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void behavesAsAHashedSet(String name, List<String> added, List<String> probes) {
    NodeSet bits = new NodeSet.Nodes(CLUSTER).newSet();
    Set<String> plain = new HashSet<>();
    for (String n : added) {
      assertEquals(plain.add(n), bits.add(n), "add " + n);
    }
    assertEquals(plain, bits);
    assertEquals(bits, plain);
    assertEquals(plain.size(), bits.size());
    assertEquals(plain.isEmpty(), bits.isEmpty());
    for (String p : probes) {
      assertEquals(plain.contains(p), bits.contains(p), "contains " + p);
    }
    List<String> iterated = new ArrayList<>(bits);
    assertEquals(plain.size(), iterated.size());
    assertEquals(new TreeSet<>(plain), new TreeSet<>(iterated));
  }

  @Test
  void containsAllComparesBitsAndTheNamesOutsideTheCluster() {
    NodeSet.Nodes nodes = new NodeSet.Nodes(CLUSTER);
    NodeSet known = nodes.setOf(List.of("n1", "n2", "n69", "remote1"));
    assertTrue(known.containsAll(nodes.setOf(List.of("n1", "n69"))));
    assertTrue(known.containsAll(nodes.setOf(List.of("n2", "remote1"))));
    assertFalse(known.containsAll(nodes.setOf(List.of("n1", "n70"))));
    assertFalse(known.containsAll(nodes.setOf(List.of("n1", "remote2"))));
    assertFalse(nodes.setOf(List.of("n1")).containsAll(nodes.setOf(List.of("remote1"))));
    // another set of names, or a plain collection: compared name by name
    NodeSet.Nodes otherNames = new NodeSet.Nodes(List.of("n2", "n1"));
    assertTrue(known.containsAll(otherNames.setOf(List.of("n1", "n2"))));
    assertTrue(known.containsAll(List.of("n69", "remote1")));
    assertFalse(known.containsAll(List.of("n69", "n3")));
  }
}
