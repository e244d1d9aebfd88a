package org.zcrm.cib.model.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zcrm.cib.model.CibElement;

/**
 * Guards the fast reader against drift from the JAXB annotations: for every model class, every
 * {@code @XmlAttribute} field is filled from its attribute and every {@code @XmlElementRef} child
 * becomes a typed child, exactly as JAXB would do.
 */
class ReaderCoverageTest {

  static Stream<Arguments> classes() {
    return ModelClasses.ALL.stream().map(c -> Arguments.of(c.getSimpleName(), c));
  }

  static List<Field> fields(Class<?> type) {
    List<Field> out = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers())) {
          out.add(f);
        }
      }
    }
    return out;
  }

  static String elementName(Class<?> c) {
    return c.getAnnotation(XmlRootElement.class).name();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("classes")
  void everyAttributeAndChildIsRead(String name, Class<?> type) throws Exception {
    Map<Field, String> expected = new LinkedHashMap<>();
    StringBuilder xml = new StringBuilder("<").append(elementName(type));
    int i = 0;
    List<Class<?>> childTypes = new ArrayList<>();
    for (Field f : fields(type)) {
      XmlAttribute a = f.getAnnotation(XmlAttribute.class);
      if (a != null) {
        String v = "v" + i++;
        expected.put(f, v);
        xml.append(' ').append(a.name()).append("=\"").append(v).append('"');
      }
      XmlElementRefs refs = f.getAnnotation(XmlElementRefs.class);
      if (refs != null) {
        for (XmlElementRef r : refs.value()) {
          childTypes.add(r.type());
        }
      }
    }
    xml.append(" zz-unknown=\"u\">");
    for (Class<?> c : childTypes) {
      xml.append('<').append(elementName(c)).append("/>");
    }
    xml.append("<zz-unknown-child/></").append(elementName(type)).append('>');

    Object o = CibCodec.readFragment(xml.toString(), type);
    for (Map.Entry<Field, String> e : expected.entrySet()) {
      e.getKey().setAccessible(true);
      assertEquals(e.getValue(), e.getKey().get(o), name + "." + e.getKey().getName() + " not read");
    }
    CibElement el = (CibElement) o;
    assertEquals("u", el.otherAttribute("zz-unknown"));
    assertEquals(childTypes.size() + 1, el.children().size());
    for (int k = 0; k < childTypes.size(); k++) {
      assertInstanceOf(childTypes.get(k), el.children().get(k), name + " child " + k);
    }
    assertFalse(el.unknownElements().isEmpty());
    assertTrue(el.unknownElements().get(0).getTagName().equals("zz-unknown-child"));
    String viaJaxb = CibCodec.writeFragment(CibCodec.readWithJaxb(xml.toString(), name, type));
    assertEquals(viaJaxb, CibCodec.writeFragment(o), name + ": the fast reader and JAXB disagree");
  }
}
