package org.zcrm.cib.model.resource;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlTransient;
import java.util.ArrayList;
import java.util.List;
import org.zcrm.cib.model.CibElement;

/** A bundle's container runtime: docker, podman or rkt. */
@XmlTransient
public abstract class ContainerRuntime extends CibElement {
  @XmlAttribute(name = "image")
  private String image;
  @XmlAttribute(name = "replicas")
  private String replicas;
  @XmlAttribute(name = "replicas-per-host")
  private String replicasPerHost;
  @XmlAttribute(name = "promoted-max")
  private String promotedMax;
  @XmlAttribute(name = "masters")
  private String masters;
  @XmlAttribute(name = "run-command")
  private String runCommand;
  @XmlAttribute(name = "network")
  private String network;
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

  /** The {@code image} attribute, or null. */
  public String getImage() {
    return image;
  }

  public void setImage(String image) {
    this.image = image;
  }

  /** The {@code replicas} attribute, or null. */
  public String getReplicas() {
    return replicas;
  }

  public void setReplicas(String replicas) {
    this.replicas = replicas;
  }

  /** The {@code replicas-per-host} attribute, or null. */
  public String getReplicasPerHost() {
    return replicasPerHost;
  }

  public void setReplicasPerHost(String replicasPerHost) {
    this.replicasPerHost = replicasPerHost;
  }

  /** The {@code promoted-max} attribute, or null. */
  public String getPromotedMax() {
    return promotedMax;
  }

  public void setPromotedMax(String promotedMax) {
    this.promotedMax = promotedMax;
  }

  /** The {@code masters} attribute, or null. */
  public String getMasters() {
    return masters;
  }

  public void setMasters(String masters) {
    this.masters = masters;
  }

  /** The {@code run-command} attribute, or null. */
  public String getRunCommand() {
    return runCommand;
  }

  public void setRunCommand(String runCommand) {
    this.runCommand = runCommand;
  }

  /** The {@code network} attribute, or null. */
  public String getNetwork() {
    return network;
  }

  public void setNetwork(String network) {
    this.network = network;
  }

  /** The {@code options} attribute, or null. */
  public String getOptions() {
    return options;
  }

  public void setOptions(String options) {
    this.options = options;
  }

  /** The runtime name: docker, podman or rkt. */
  public abstract String runtime();
}
