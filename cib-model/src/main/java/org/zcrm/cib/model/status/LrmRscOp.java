package org.zcrm.cib.model.status;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.util.ArrayList;
import java.util.List;
import org.zcrm.cib.model.CibElement;
import org.zcrm.cib.model.Identified;
import org.zcrm.cib.model.value.PcmkInt;
import org.zcrm.cib.model.xml.Interned;

/** One recorded operation result. */
@XmlRootElement(name = "lrm_rsc_op")
public class LrmRscOp extends CibElement implements Identified {
  /** The XML element name. */
  public static final String ELEMENT = "lrm_rsc_op";

  @XmlAttribute(name = "id")
  private String id;
  @XmlAttribute(name = "operation_key")
  private String operationKey;
  @XmlJavaTypeAdapter(Interned.class)
  @XmlAttribute(name = "operation")
  private String operation;
  @XmlJavaTypeAdapter(Interned.class)
  @XmlAttribute(name = "crm-debug-origin")
  private String crmDebugOrigin;
  @XmlJavaTypeAdapter(Interned.class)
  @XmlAttribute(name = "crm_feature_set")
  private String crmFeatureSet;
  @XmlAttribute(name = "transition-key")
  private String transitionKey;
  @XmlAttribute(name = "transition-magic")
  private String transitionMagic;
  @XmlJavaTypeAdapter(Interned.class)
  @XmlAttribute(name = "exit-reason")
  private String exitReason;
  @XmlJavaTypeAdapter(Interned.class)
  @XmlAttribute(name = "on_node")
  private String onNode;
  @XmlJavaTypeAdapter(Interned.class)
  @XmlAttribute(name = "call-id")
  private String callId;
  @XmlJavaTypeAdapter(Interned.class)
  @XmlAttribute(name = "rc-code")
  private String rcCode;
  @XmlJavaTypeAdapter(Interned.class)
  @XmlAttribute(name = "op-status")
  private String opStatus;
  @XmlJavaTypeAdapter(Interned.class)
  @XmlAttribute(name = "interval")
  private String interval;
  @XmlJavaTypeAdapter(Interned.class)
  @XmlAttribute(name = "last-rc-change")
  private String lastRcChange;
  @XmlJavaTypeAdapter(Interned.class)
  @XmlAttribute(name = "last-run")
  private String lastRun;
  @XmlJavaTypeAdapter(Interned.class)
  @XmlAttribute(name = "exec-time")
  private String execTime;
  @XmlJavaTypeAdapter(Interned.class)
  @XmlAttribute(name = "queue-time")
  private String queueTime;
  @XmlJavaTypeAdapter(Interned.class)
  @XmlAttribute(name = "op-digest")
  private String opDigest;
  @XmlJavaTypeAdapter(Interned.class)
  @XmlAttribute(name = "op-force-restart")
  private String opForceRestart;
  @XmlJavaTypeAdapter(Interned.class)
  @XmlAttribute(name = "op-restart-digest")
  private String opRestartDigest;
  @XmlJavaTypeAdapter(Interned.class)
  @XmlAttribute(name = "op-secure-params")
  private String opSecureParams;
  @XmlJavaTypeAdapter(Interned.class)
  @XmlAttribute(name = "op-secure-digest")
  private String opSecureDigest;
  @XmlJavaTypeAdapter(Interned.class)
  @XmlAttribute(name = "migrate_source")
  private String migrateSource;
  @XmlJavaTypeAdapter(Interned.class)
  @XmlAttribute(name = "migrate_target")
  private String migrateTarget;

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

  public LrmRscOp setId(String id) {
    this.id = id;
    return this;
  }

  /** The {@code operation_key} attribute, or null. */
  public String getOperationKey() {
    return operationKey;
  }

  public LrmRscOp setOperationKey(String operationKey) {
    this.operationKey = operationKey;
    return this;
  }

  /** The {@code operation} attribute, or null. */
  public String getOperation() {
    return operation;
  }

  public LrmRscOp setOperation(String operation) {
    this.operation = operation;
    return this;
  }

  /** The {@code crm-debug-origin} attribute, or null. */
  public String getCrmDebugOrigin() {
    return crmDebugOrigin;
  }

  public LrmRscOp setCrmDebugOrigin(String crmDebugOrigin) {
    this.crmDebugOrigin = crmDebugOrigin;
    return this;
  }

  /** The {@code crm_feature_set} attribute, or null. */
  public String getCrmFeatureSet() {
    return crmFeatureSet;
  }

  public LrmRscOp setCrmFeatureSet(String crmFeatureSet) {
    this.crmFeatureSet = crmFeatureSet;
    return this;
  }

  /** The {@code transition-key} attribute, or null. */
  public String getTransitionKey() {
    return transitionKey;
  }

  public LrmRscOp setTransitionKey(String transitionKey) {
    this.transitionKey = transitionKey;
    return this;
  }

  /** The {@code transition-magic} attribute, or null. */
  public String getTransitionMagic() {
    return transitionMagic;
  }

  public LrmRscOp setTransitionMagic(String transitionMagic) {
    this.transitionMagic = transitionMagic;
    return this;
  }

  /** The {@code exit-reason} attribute, or null. */
  public String getExitReason() {
    return exitReason;
  }

  public LrmRscOp setExitReason(String exitReason) {
    this.exitReason = exitReason;
    return this;
  }

  /** The {@code on_node} attribute, or null. */
  public String getOnNode() {
    return onNode;
  }

  public LrmRscOp setOnNode(String onNode) {
    this.onNode = onNode;
    return this;
  }

  /** The {@code call-id} attribute, or null. */
  public String getCallId() {
    return callId;
  }

  public LrmRscOp setCallId(String callId) {
    this.callId = callId;
    return this;
  }

  /** The {@code rc-code} attribute, or null. */
  public String getRcCode() {
    return rcCode;
  }

  public LrmRscOp setRcCode(String rcCode) {
    this.rcCode = rcCode;
    return this;
  }

  /** The {@code op-status} attribute, or null. */
  public String getOpStatus() {
    return opStatus;
  }

  public LrmRscOp setOpStatus(String opStatus) {
    this.opStatus = opStatus;
    return this;
  }

  /** The {@code interval} attribute, or null. */
  public String getInterval() {
    return interval;
  }

  public LrmRscOp setInterval(String interval) {
    this.interval = interval;
    return this;
  }

  /** The {@code last-rc-change} attribute, or null. */
  public String getLastRcChange() {
    return lastRcChange;
  }

  public LrmRscOp setLastRcChange(String lastRcChange) {
    this.lastRcChange = lastRcChange;
    return this;
  }

  /** The {@code last-run} attribute, or null. */
  public String getLastRun() {
    return lastRun;
  }

  public LrmRscOp setLastRun(String lastRun) {
    this.lastRun = lastRun;
    return this;
  }

  /** The {@code exec-time} attribute, or null. */
  public String getExecTime() {
    return execTime;
  }

  public LrmRscOp setExecTime(String execTime) {
    this.execTime = execTime;
    return this;
  }

  /** The {@code queue-time} attribute, or null. */
  public String getQueueTime() {
    return queueTime;
  }

  public LrmRscOp setQueueTime(String queueTime) {
    this.queueTime = queueTime;
    return this;
  }

  /** The {@code op-digest} attribute, or null. */
  public String getOpDigest() {
    return opDigest;
  }

  public LrmRscOp setOpDigest(String opDigest) {
    this.opDigest = opDigest;
    return this;
  }

  /** The {@code op-force-restart} attribute, or null. */
  public String getOpForceRestart() {
    return opForceRestart;
  }

  public LrmRscOp setOpForceRestart(String opForceRestart) {
    this.opForceRestart = opForceRestart;
    return this;
  }

  /** The {@code op-restart-digest} attribute, or null. */
  public String getOpRestartDigest() {
    return opRestartDigest;
  }

  public LrmRscOp setOpRestartDigest(String opRestartDigest) {
    this.opRestartDigest = opRestartDigest;
    return this;
  }

  /** The {@code op-secure-params} attribute, or null. */
  public String getOpSecureParams() {
    return opSecureParams;
  }

  public LrmRscOp setOpSecureParams(String opSecureParams) {
    this.opSecureParams = opSecureParams;
    return this;
  }

  /** The {@code op-secure-digest} attribute, or null. */
  public String getOpSecureDigest() {
    return opSecureDigest;
  }

  public LrmRscOp setOpSecureDigest(String opSecureDigest) {
    this.opSecureDigest = opSecureDigest;
    return this;
  }

  /** The {@code migrate_source} attribute, or null. */
  public String getMigrateSource() {
    return migrateSource;
  }

  public LrmRscOp setMigrateSource(String migrateSource) {
    this.migrateSource = migrateSource;
    return this;
  }

  /** The {@code migrate_target} attribute, or null. */
  public String getMigrateTarget() {
    return migrateTarget;
  }

  public LrmRscOp setMigrateTarget(String migrateTarget) {
    this.migrateTarget = migrateTarget;
    return this;
  }

  /** The call id as a number (-1 for pending or when missing or unparseable). */
  public int callId() {
    return PcmkInt.parse(getCallId(), -1);
  }

  /** The agent's exit code, or -1 when missing or unparseable. */
  public int rc() {
    return PcmkInt.parse(getRcCode(), -1);
  }

  /** The executor status (0 done, -1 pending, ...), or 0 when missing. */
  public int opStatus() {
    return PcmkInt.parse(getOpStatus(), 0);
  }

  /** The interval in milliseconds (0 when missing). */
  public long intervalMs() {
    return PcmkInt.parseLong(getInterval(), 0L);
  }

  /**
   * {@code last-rc-change} in seconds since the epoch (0 when missing); old CIBs spell it
   * {@code last_rc_change}.
   */
  public long lastRcChange() {
    return PcmkInt.parseLong(orOld(getLastRcChange(), "last_rc_change"), 0L);
  }

  /** {@code last-run} in seconds since the epoch (0 when missing; old name {@code last_run}). */
  public long lastRun() {
    return PcmkInt.parseLong(orOld(getLastRun(), "last_run"), 0L);
  }

  /** {@code exec-time} in milliseconds (0 when missing; old name {@code exec_time}). */
  public long execTime() {
    return PcmkInt.parseLong(orOld(getExecTime(), "exec_time"), 0L);
  }

  /** {@code queue-time} in milliseconds (0 when missing; old name {@code queue_time}). */
  public long queueTime() {
    return PcmkInt.parseLong(orOld(getQueueTime(), "queue_time"), 0L);
  }

  private String orOld(String value, String oldName) {
    return value != null ? value : otherAttribute(oldName);
  }
}
