package org.zcrm.cib.model;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.zcrm.cib.model.status.Status;

/** The whole CIB: configuration and status. */
@XmlRootElement(name = "cib")
public class Cib extends CibElement {
  /** The XML element name. */
  public static final String ELEMENT = "cib";

  @XmlAttribute(name = "admin_epoch")
  private String adminEpoch;
  @XmlAttribute(name = "epoch")
  private String epoch;
  @XmlAttribute(name = "num_updates")
  private String numUpdates;
  @XmlAttribute(name = "validate-with")
  private String validateWith;
  @XmlAttribute(name = "crm_feature_set")
  private String crmFeatureSet;
  @XmlAttribute(name = "have-quorum")
  private String haveQuorum;
  @XmlAttribute(name = "dc-uuid")
  private String dcUuid;
  @XmlAttribute(name = "execution-date")
  private String executionDate;
  @XmlAttribute(name = "cib-last-written")
  private String cibLastWritten;
  @XmlAttribute(name = "update-origin")
  private String updateOrigin;
  @XmlAttribute(name = "update-client")
  private String updateClient;
  @XmlAttribute(name = "update-user")
  private String updateUser;
  @XmlAttribute(name = "no-quorum-panic")
  private String noQuorumPanic;
  @XmlAttribute(name = "remote-tls-port")
  private String remoteTlsPort;
  @XmlAttribute(name = "remote-clear-port")
  private String remoteClearPort;

  @XmlElementRefs({
    @XmlElementRef(type = Configuration.class),
    @XmlElementRef(type = Status.class)
  })
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

  /** The {@code admin_epoch} attribute, or null. */
  public String getAdminEpoch() {
    return adminEpoch;
  }

  public Cib setAdminEpoch(String adminEpoch) {
    this.adminEpoch = adminEpoch;
    return this;
  }

  /** The {@code epoch} attribute, or null. */
  public String getEpoch() {
    return epoch;
  }

  public Cib setEpoch(String epoch) {
    this.epoch = epoch;
    return this;
  }

  /** The {@code num_updates} attribute, or null. */
  public String getNumUpdates() {
    return numUpdates;
  }

  public Cib setNumUpdates(String numUpdates) {
    this.numUpdates = numUpdates;
    return this;
  }

  /** The {@code validate-with} attribute, or null. */
  public String getValidateWith() {
    return validateWith;
  }

  public Cib setValidateWith(String validateWith) {
    this.validateWith = validateWith;
    return this;
  }

  /** The {@code crm_feature_set} attribute, or null. */
  public String getCrmFeatureSet() {
    return crmFeatureSet;
  }

  public Cib setCrmFeatureSet(String crmFeatureSet) {
    this.crmFeatureSet = crmFeatureSet;
    return this;
  }

  /** The {@code have-quorum} attribute, or null. */
  public String getHaveQuorum() {
    return haveQuorum;
  }

  public Cib setHaveQuorum(String haveQuorum) {
    this.haveQuorum = haveQuorum;
    return this;
  }

  /** The {@code dc-uuid} attribute, or null. */
  public String getDcUuid() {
    return dcUuid;
  }

  public Cib setDcUuid(String dcUuid) {
    this.dcUuid = dcUuid;
    return this;
  }

  /** The {@code execution-date} attribute, or null. */
  public String getExecutionDate() {
    return executionDate;
  }

  public Cib setExecutionDate(String executionDate) {
    this.executionDate = executionDate;
    return this;
  }

  /** The {@code cib-last-written} attribute, or null. */
  public String getCibLastWritten() {
    return cibLastWritten;
  }

  public Cib setCibLastWritten(String cibLastWritten) {
    this.cibLastWritten = cibLastWritten;
    return this;
  }

  /** The {@code update-origin} attribute, or null. */
  public String getUpdateOrigin() {
    return updateOrigin;
  }

  public Cib setUpdateOrigin(String updateOrigin) {
    this.updateOrigin = updateOrigin;
    return this;
  }

  /** The {@code update-client} attribute, or null. */
  public String getUpdateClient() {
    return updateClient;
  }

  public Cib setUpdateClient(String updateClient) {
    this.updateClient = updateClient;
    return this;
  }

  /** The {@code update-user} attribute, or null. */
  public String getUpdateUser() {
    return updateUser;
  }

  public Cib setUpdateUser(String updateUser) {
    this.updateUser = updateUser;
    return this;
  }

  /** The {@code no-quorum-panic} attribute, or null. */
  public String getNoQuorumPanic() {
    return noQuorumPanic;
  }

  public Cib setNoQuorumPanic(String noQuorumPanic) {
    this.noQuorumPanic = noQuorumPanic;
    return this;
  }

  /** The {@code remote-tls-port} attribute, or null. */
  public String getRemoteTlsPort() {
    return remoteTlsPort;
  }

  public Cib setRemoteTlsPort(String remoteTlsPort) {
    this.remoteTlsPort = remoteTlsPort;
    return this;
  }

  /** The {@code remote-clear-port} attribute, or null. */
  public String getRemoteClearPort() {
    return remoteClearPort;
  }

  public Cib setRemoteClearPort(String remoteClearPort) {
    this.remoteClearPort = remoteClearPort;
    return this;
  }

  public Configuration configuration() {
    return firstChild(Configuration.class);
  }

  public Status status() {
    return firstChild(Status.class);
  }
}
