package org.zcrm.cib.model.resource;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.zcrm.cib.model.CibElement;
import org.zcrm.cib.model.Identified;

/** A host folder mapped into a bundle's containers. */
@XmlRootElement(name = "storage-mapping")
public class StorageMapping extends CibElement implements Identified {
  /** The XML element name. */
  public static final String ELEMENT = "storage-mapping";

  @XmlAttribute(name = "id")
  private String id;
  @XmlAttribute(name = "source-dir")
  private String sourceDir;
  @XmlAttribute(name = "source-dir-root")
  private String sourceDirRoot;
  @XmlAttribute(name = "target-dir")
  private String targetDir;
  @XmlAttribute(name = "options")
  private String options;

  @XmlAnyElement
  private List<Object> children;

  @Override
  protected final List<Object> rawChildren() {
    return children;
  }

  @Override
  protected final List<Object> newChildren() {
    children = new ArrayList<>(4);
    return children;
  }

  /** The {@code id} attribute, or null. */
  public String getId() {
    return id;
  }

  public StorageMapping setId(String id) {
    this.id = id;
    return this;
  }

  /** The {@code source-dir} attribute, or null. */
  public String getSourceDir() {
    return sourceDir;
  }

  public StorageMapping setSourceDir(String sourceDir) {
    this.sourceDir = sourceDir;
    return this;
  }

  /** The {@code source-dir-root} attribute, or null. */
  public String getSourceDirRoot() {
    return sourceDirRoot;
  }

  public StorageMapping setSourceDirRoot(String sourceDirRoot) {
    this.sourceDirRoot = sourceDirRoot;
    return this;
  }

  /** The {@code target-dir} attribute, or null. */
  public String getTargetDir() {
    return targetDir;
  }

  public StorageMapping setTargetDir(String targetDir) {
    this.targetDir = targetDir;
    return this;
  }

  /** The {@code options} attribute, or null. */
  public String getOptions() {
    return options;
  }

  public StorageMapping setOptions(String options) {
    this.options = options;
    return this;
  }
}
