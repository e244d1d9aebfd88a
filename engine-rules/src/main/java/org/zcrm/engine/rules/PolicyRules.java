package org.zcrm.engine.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.Message;
import org.kie.api.builder.Results;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieContainer;
import org.kie.internal.io.ResourceFactory;
import org.kie.internal.utils.KieHelper;

/**
 * The compiled policy. The shipped rule set comes from the class path (the {@code zcrm-policy}
 * KieBase of the rules module; its executable model when it was generated at build time) and is
 * built once per JVM. Extra user rules are compiled at run time together with the shipped .drl
 * sources.
 */
public final class PolicyRules {
  private static final Logger LOG = LogManager.getLogger();
  /** The KieBase name declared in the rules module's kmodule.xml. */
  public static final String KBASE = "zcrm-policy";
  /** Where extra (user) rule files are placed in the build's virtual file system. */
  private static final String USER_DIR = "zcrm-user-rules/";
  private static final String USER_PATH = "src/main/resources/" + USER_DIR;
  /** Where the shipped .drl sources live on the class path. */
  public static final String PACKAGE_PATH = "org/zcrm/rules/";
  /** The shipped rule files, one per concept. */
  public static final String[] SHIPPED = {
    "node-state.drl", "failures.drl", "fencing.drl", "location.drl", "health.drl", "stickiness.drl",
    "resources.drl", "colocation.drl", "ordering.drl", "tickets.drl", "quorum.drl", "definitions.drl",
    "monitors.drl", "remote.drl"
  };

  /** The index of generated executable-model classes the kie-maven-plugin writes. */
  static final String MODEL_INDEX = "META-INF/kie/org.zcrm/zcrm-rules/drools-model";

  private static volatile KieBase shipped;

  private final KieBase kieBase;

  private PolicyRules(KieBase kieBase) {
    this.kieBase = kieBase;
  }

  public KieBase kieBase() {
    return kieBase;
  }

  /** The shipped policy, compiled (or loaded) once and reused. */
  public static PolicyRules shipped() {
    KieBase kb = shipped;
    if (kb == null) {
      synchronized (PolicyRules.class) {
        kb = shipped;
        if (kb == null) {
          long t0 = System.nanoTime();
          kb = loadExecutableModel();
          if (kb == null) {
            kb = loadFromKieContainer();
          }
          LOG.debug("Loaded policy kbase={} ms={}", KBASE, (System.nanoTime() - t0) / 1_000_000);
          shipped = kb;
        }
      }
    }
    return new PolicyRules(kb);
  }

  /**
   * The executable model generated at build time, instantiated directly: this skips the
   * KieContainer's kmodule.xml parsing and its verify step, which would compile the .drl sources
   * again. Null when the class path has no generated model (the KieContainer path then applies).
   */
  private static KieBase loadExecutableModel() {
    ClassLoader cl = PolicyRules.class.getClassLoader();
    List<String> names = new ArrayList<>();
    try (var in = cl.getResourceAsStream(MODEL_INDEX)) {
      if (in == null) {
        return null;
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        String name = line.strip();
        if (!name.isEmpty() && !name.contains(":")) {
          names.add(name);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the rule model index " + MODEL_INDEX, e);
    }
    if (names.isEmpty()) {
      return null;
    }
    List<Model> models = new ArrayList<>();
    for (String name : names) {
      try {
        models.add((Model) Class.forName(name, true, cl).getDeclaredConstructor().newInstance());
      } catch (ReflectiveOperationException | ClassCastException e) {
        throw new IllegalStateException("Cannot load the generated rule model class " + name
            + "; rebuild the rules module", e);
      }
    }
    return KieBaseBuilder.createKieBaseFromModel(models);
  }

  private static KieBase loadFromKieContainer() {
    KieServices ks = KieServices.Factory.get();
    KieContainer kc = ks.newKieClasspathContainer(PolicyRules.class.getClassLoader());
    Results r = kc.verify(KBASE);
    if (r.hasMessages(Message.Level.ERROR)) {
      throw new IllegalStateException("The shipped rules do not compile: " + r.getMessages());
    }
    return kc.getKieBase(KBASE);
  }

  /**
   * The shipped .drl files plus extra rule files (name -> DRL text), compiled against the same
   * fact model. Throws {@link IllegalArgumentException} naming the file when a rule does not compile.
   */
  public static PolicyRules withExtra(Map<String, String> extraDrl) {
    KieHelper helper = new KieHelper();
    ClassLoader cl = PolicyRules.class.getClassLoader();
    for (String f : SHIPPED) {
      try (var in = cl.getResourceAsStream(PACKAGE_PATH + f)) {
        if (in == null) {
          throw new IllegalStateException("Shipped rule file missing from the class path: " + f);
        }
        helper.addContent(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
            ResourceType.DRL);
      } catch (java.io.IOException e) {
        throw new IllegalStateException("Cannot read shipped rule file " + f, e);
      }
    }
    for (Map.Entry<String, String> e : new TreeMap<>(extraDrl).entrySet()) {
      // under its own name, so that compile errors point at the user's file, not "file10.drl"
      helper.addResource(ResourceFactory.newByteArrayResource(e.getValue().getBytes(StandardCharsets.UTF_8))
          .setSourcePath(USER_PATH + e.getKey()), ResourceType.DRL);
    }
    Results r = helper.verify();
    if (r.hasMessages(Message.Level.ERROR)) {
      throw new IllegalArgumentException("Rules do not compile:\n" + describe(r.getMessages(Message.Level.ERROR))
          + "Fix the rule file named above and try again.");
    }
    return new PolicyRules(helper.build());
  }

  /** One line per error, "NAME.drl line 4, column 2: text", the file named as the user gave it. */
  static String describe(List<Message> errors) {
    StringBuilder out = new StringBuilder();
    for (Message m : errors) {
      String path = m.getPath() == null ? "" : m.getPath();
      int at = path.lastIndexOf(USER_DIR);
      String file = at >= 0 ? path.substring(at + USER_DIR.length()) : path;
      out.append("  ").append(file.isEmpty() ? "(rules)" : file)
          .append(" line ").append(m.getLine()).append(", column ").append(m.getColumn()).append(": ")
          .append(m.getText() == null ? "" : m.getText().strip().replaceAll("\\s*\\n\\s*", " ")).append('\n');
    }
    return out.toString();
  }
}
