package org.zcrm.cib.model.xml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads CIB elements straight from a StAX stream into the model classes: the fast path of
 * {@link CibCodec} (several times faster than JAXB unmarshalling on a large status section).
 * Generated from the same description as the model classes and checked against JAXB by the tests:
 * both give the same model for every CIB of the shared corpus and the fixtures.
 */
final class StaxCibReader extends StaxReaderBase {

  StaxCibReader(XMLStreamReader r) {
    super(r);
  }

  /** Reads the element the reader is positioned on, whatever its kind. */
  Object readKnownOrDom() throws XMLStreamException {
    return switch (elementName()) {
      case "acls" -> readAcls();
      case "alert" -> readAlert();
      case "recipient" -> readAlertRecipient();
      case "alerts" -> readAlerts();
      case "bundle" -> readBundle();
      case "cib" -> readCib();
      case "clone" -> readClone();
      case "cluster_property_set" -> readClusterPropertySet();
      case "configuration" -> readConfiguration();
      case "constraints" -> readConstraints();
      case "crm_config" -> readCrmConfig();
      case "date_expression" -> readDateExpression();
      case "date_spec" -> readDateSpec();
      case "docker" -> readDocker();
      case "duration" -> readDuration();
      case "expression" -> readExpression();
      case "fencing-level" -> readFencingLevel();
      case "fencing-topology" -> readFencingTopology();
      case "group" -> readGroup();
      case "instance_attributes" -> readInstanceAttributes();
      case "lrm" -> readLrm();
      case "lrm_resource" -> readLrmResource();
      case "lrm_resources" -> readLrmResources();
      case "lrm_rsc_op" -> readLrmRscOp();
      case "master" -> readMaster();
      case "meta_attributes" -> readMetaAttributes();
      case "network" -> readNetwork();
      case "node" -> readNode();
      case "node_state" -> readNodeState();
      case "nodes" -> readNodes();
      case "nvpair" -> readNvPair();
      case "obj_ref" -> readObjRef();
      case "op" -> readOp();
      case "op_defaults" -> readOpDefaults();
      case "op_expression" -> readOpExpression();
      case "operations" -> readOperations();
      case "podman" -> readPodman();
      case "port-mapping" -> readPortMapping();
      case "primitive" -> readPrimitive();
      case "resource_ref" -> readResourceRef();
      case "resource_set" -> readResourceSet();
      case "resources" -> readResources();
      case "rkt" -> readRkt();
      case "rsc_colocation" -> readRscColocation();
      case "rsc_defaults" -> readRscDefaults();
      case "rsc_expression" -> readRscExpression();
      case "rsc_location" -> readRscLocation();
      case "rsc_order" -> readRscOrder();
      case "rsc_ticket" -> readRscTicket();
      case "rule" -> readRule();
      case "status" -> readStatus();
      case "storage" -> readStorage();
      case "storage-mapping" -> readStorageMapping();
      case "tag" -> readTag();
      case "tags" -> readTags();
      case "template" -> readTemplate();
      case "ticket_state" -> readTicketState();
      case "tickets" -> readTickets();
      case "transient_attributes" -> readTransientAttributes();
      case "utilization" -> readUtilization();
      default -> readDom();
    };
  }

  private org.zcrm.cib.model.Acls readAcls() throws XMLStreamException {
    org.zcrm.cib.model.Acls o = new org.zcrm.cib.model.Acls();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      other(o, i);
    }
    while (nextChild()) {
      o.children().add(readDom());
    }
    return o;
  }

  private org.zcrm.cib.model.Alert readAlert() throws XMLStreamException {
    org.zcrm.cib.model.Alert o = new org.zcrm.cib.model.Alert();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        case "path" -> o.setPath(r.getAttributeValue(i));
        case "description" -> o.setDescription(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(childOfAlert());
    }
    return o;
  }

  private org.zcrm.cib.model.AlertRecipient readAlertRecipient() throws XMLStreamException {
    org.zcrm.cib.model.AlertRecipient o = new org.zcrm.cib.model.AlertRecipient();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        case "value" -> o.setValue(r.getAttributeValue(i));
        case "description" -> o.setDescription(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(childOfAlertRecipient());
    }
    return o;
  }

  private org.zcrm.cib.model.Alerts readAlerts() throws XMLStreamException {
    org.zcrm.cib.model.Alerts o = new org.zcrm.cib.model.Alerts();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      other(o, i);
    }
    while (nextChild()) {
      o.children().add(childOfAlerts());
    }
    return o;
  }

  private org.zcrm.cib.model.resource.Bundle readBundle() throws XMLStreamException {
    org.zcrm.cib.model.resource.Bundle o = new org.zcrm.cib.model.resource.Bundle();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        case "description" -> o.setDescription(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(childOfBundle());
    }
    return o;
  }

  private org.zcrm.cib.model.Cib readCib() throws XMLStreamException {
    org.zcrm.cib.model.Cib o = new org.zcrm.cib.model.Cib();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "admin_epoch" -> o.setAdminEpoch(r.getAttributeValue(i));
        case "epoch" -> o.setEpoch(r.getAttributeValue(i));
        case "num_updates" -> o.setNumUpdates(r.getAttributeValue(i));
        case "validate-with" -> o.setValidateWith(r.getAttributeValue(i));
        case "crm_feature_set" -> o.setCrmFeatureSet(r.getAttributeValue(i));
        case "have-quorum" -> o.setHaveQuorum(r.getAttributeValue(i));
        case "dc-uuid" -> o.setDcUuid(r.getAttributeValue(i));
        case "execution-date" -> o.setExecutionDate(r.getAttributeValue(i));
        case "cib-last-written" -> o.setCibLastWritten(r.getAttributeValue(i));
        case "update-origin" -> o.setUpdateOrigin(r.getAttributeValue(i));
        case "update-client" -> o.setUpdateClient(r.getAttributeValue(i));
        case "update-user" -> o.setUpdateUser(r.getAttributeValue(i));
        case "no-quorum-panic" -> o.setNoQuorumPanic(r.getAttributeValue(i));
        case "remote-tls-port" -> o.setRemoteTlsPort(r.getAttributeValue(i));
        case "remote-clear-port" -> o.setRemoteClearPort(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(childOfCib());
    }
    return o;
  }

  private org.zcrm.cib.model.resource.Clone readClone() throws XMLStreamException {
    org.zcrm.cib.model.resource.Clone o = new org.zcrm.cib.model.resource.Clone();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        case "description" -> o.setDescription(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(childOfBundle());
    }
    return o;
  }

  private org.zcrm.cib.model.nv.ClusterPropertySet readClusterPropertySet() throws XMLStreamException {
    org.zcrm.cib.model.nv.ClusterPropertySet o = new org.zcrm.cib.model.nv.ClusterPropertySet();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        case "id-ref" -> o.setIdRef(r.getAttributeValue(i));
        case "score" -> o.setScore(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(childOfClusterPropertySet());
    }
    return o;
  }

  private org.zcrm.cib.model.Configuration readConfiguration() throws XMLStreamException {
    org.zcrm.cib.model.Configuration o = new org.zcrm.cib.model.Configuration();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      other(o, i);
    }
    while (nextChild()) {
      o.children().add(childOfConfiguration());
    }
    return o;
  }

  private org.zcrm.cib.model.constraint.Constraints readConstraints() throws XMLStreamException {
    org.zcrm.cib.model.constraint.Constraints o = new org.zcrm.cib.model.constraint.Constraints();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      other(o, i);
    }
    while (nextChild()) {
      o.children().add(childOfConstraints());
    }
    return o;
  }

  private org.zcrm.cib.model.CrmConfig readCrmConfig() throws XMLStreamException {
    org.zcrm.cib.model.CrmConfig o = new org.zcrm.cib.model.CrmConfig();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      other(o, i);
    }
    while (nextChild()) {
      o.children().add(childOfCrmConfig());
    }
    return o;
  }

  private org.zcrm.cib.model.rule.DateExpression readDateExpression() throws XMLStreamException {
    org.zcrm.cib.model.rule.DateExpression o = new org.zcrm.cib.model.rule.DateExpression();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        case "operation" -> o.setOperation(r.getAttributeValue(i));
        case "start" -> o.setStart(r.getAttributeValue(i));
        case "end" -> o.setEnd(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(childOfDateExpression());
    }
    return o;
  }

  private org.zcrm.cib.model.rule.DateSpec readDateSpec() throws XMLStreamException {
    org.zcrm.cib.model.rule.DateSpec o = new org.zcrm.cib.model.rule.DateSpec();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        case "hours" -> o.setHours(r.getAttributeValue(i));
        case "monthdays" -> o.setMonthdays(r.getAttributeValue(i));
        case "weekdays" -> o.setWeekdays(r.getAttributeValue(i));
        case "yeardays" -> o.setYeardays(r.getAttributeValue(i));
        case "months" -> o.setMonths(r.getAttributeValue(i));
        case "weeks" -> o.setWeeks(r.getAttributeValue(i));
        case "years" -> o.setYears(r.getAttributeValue(i));
        case "weekyears" -> o.setWeekyears(r.getAttributeValue(i));
        case "moon" -> o.setMoon(r.getAttributeValue(i));
        case "minutes" -> o.setMinutes(r.getAttributeValue(i));
        case "seconds" -> o.setSeconds(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(readDom());
    }
    return o;
  }

  private org.zcrm.cib.model.resource.Docker readDocker() throws XMLStreamException {
    org.zcrm.cib.model.resource.Docker o = new org.zcrm.cib.model.resource.Docker();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "image" -> o.setImage(r.getAttributeValue(i));
        case "replicas" -> o.setReplicas(r.getAttributeValue(i));
        case "replicas-per-host" -> o.setReplicasPerHost(r.getAttributeValue(i));
        case "promoted-max" -> o.setPromotedMax(r.getAttributeValue(i));
        case "masters" -> o.setMasters(r.getAttributeValue(i));
        case "run-command" -> o.setRunCommand(r.getAttributeValue(i));
        case "network" -> o.setNetwork(r.getAttributeValue(i));
        case "options" -> o.setOptions(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(readDom());
    }
    return o;
  }

  private org.zcrm.cib.model.rule.Duration readDuration() throws XMLStreamException {
    org.zcrm.cib.model.rule.Duration o = new org.zcrm.cib.model.rule.Duration();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        case "years" -> o.setYears(r.getAttributeValue(i));
        case "months" -> o.setMonths(r.getAttributeValue(i));
        case "weeks" -> o.setWeeks(r.getAttributeValue(i));
        case "days" -> o.setDays(r.getAttributeValue(i));
        case "hours" -> o.setHours(r.getAttributeValue(i));
        case "minutes" -> o.setMinutes(r.getAttributeValue(i));
        case "seconds" -> o.setSeconds(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(readDom());
    }
    return o;
  }

  private org.zcrm.cib.model.rule.Expression readExpression() throws XMLStreamException {
    org.zcrm.cib.model.rule.Expression o = new org.zcrm.cib.model.rule.Expression();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        case "id-ref" -> o.setIdRef(r.getAttributeValue(i));
        case "attribute" -> o.setAttribute(r.getAttributeValue(i));
        case "operation" -> o.setOperation(r.getAttributeValue(i));
        case "value" -> o.setValue(r.getAttributeValue(i));
        case "type" -> o.setType(r.getAttributeValue(i));
        case "value-source" -> o.setValueSource(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(readDom());
    }
    return o;
  }

  private org.zcrm.cib.model.fencing.FencingLevel readFencingLevel() throws XMLStreamException {
    org.zcrm.cib.model.fencing.FencingLevel o = new org.zcrm.cib.model.fencing.FencingLevel();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        case "target" -> o.setTarget(r.getAttributeValue(i));
        case "target-pattern" -> o.setTargetPattern(r.getAttributeValue(i));
        case "target-attribute" -> o.setTargetAttribute(r.getAttributeValue(i));
        case "target-value" -> o.setTargetValue(r.getAttributeValue(i));
        case "index" -> o.setIndex(r.getAttributeValue(i));
        case "devices" -> o.setDevices(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(readDom());
    }
    return o;
  }

  private org.zcrm.cib.model.fencing.FencingTopology readFencingTopology() throws XMLStreamException {
    org.zcrm.cib.model.fencing.FencingTopology o = new org.zcrm.cib.model.fencing.FencingTopology();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      other(o, i);
    }
    while (nextChild()) {
      o.children().add(childOfFencingTopology());
    }
    return o;
  }

  private org.zcrm.cib.model.resource.Group readGroup() throws XMLStreamException {
    org.zcrm.cib.model.resource.Group o = new org.zcrm.cib.model.resource.Group();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        case "description" -> o.setDescription(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(childOfBundle());
    }
    return o;
  }

  private org.zcrm.cib.model.nv.InstanceAttributes readInstanceAttributes() throws XMLStreamException {
    org.zcrm.cib.model.nv.InstanceAttributes o = new org.zcrm.cib.model.nv.InstanceAttributes();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        case "id-ref" -> o.setIdRef(r.getAttributeValue(i));
        case "score" -> o.setScore(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(childOfClusterPropertySet());
    }
    return o;
  }

  private org.zcrm.cib.model.status.Lrm readLrm() throws XMLStreamException {
    org.zcrm.cib.model.status.Lrm o = new org.zcrm.cib.model.status.Lrm();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(childOfLrm());
    }
    return o;
  }

  private org.zcrm.cib.model.status.LrmResource readLrmResource() throws XMLStreamException {
    org.zcrm.cib.model.status.LrmResource o = new org.zcrm.cib.model.status.LrmResource();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        case "class" -> o.setResourceClass(Interned.of(r.getAttributeValue(i)));
        case "provider" -> o.setProvider(Interned.of(r.getAttributeValue(i)));
        case "type" -> o.setType(Interned.of(r.getAttributeValue(i)));
        case "container" -> o.setContainer(Interned.of(r.getAttributeValue(i)));
        case "shutdown-lock" -> o.setShutdownLock(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(childOfLrmResource());
    }
    return o;
  }

  private org.zcrm.cib.model.status.LrmResources readLrmResources() throws XMLStreamException {
    org.zcrm.cib.model.status.LrmResources o = new org.zcrm.cib.model.status.LrmResources();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      other(o, i);
    }
    while (nextChild()) {
      o.children().add(childOfLrmResources());
    }
    return o;
  }

  private org.zcrm.cib.model.status.LrmRscOp readLrmRscOp() throws XMLStreamException {
    org.zcrm.cib.model.status.LrmRscOp o = new org.zcrm.cib.model.status.LrmRscOp();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        case "operation_key" -> o.setOperationKey(r.getAttributeValue(i));
        case "operation" -> o.setOperation(Interned.of(r.getAttributeValue(i)));
        case "crm-debug-origin" -> o.setCrmDebugOrigin(Interned.of(r.getAttributeValue(i)));
        case "crm_feature_set" -> o.setCrmFeatureSet(Interned.of(r.getAttributeValue(i)));
        case "transition-key" -> o.setTransitionKey(r.getAttributeValue(i));
        case "transition-magic" -> o.setTransitionMagic(r.getAttributeValue(i));
        case "exit-reason" -> o.setExitReason(Interned.of(r.getAttributeValue(i)));
        case "on_node" -> o.setOnNode(Interned.of(r.getAttributeValue(i)));
        case "call-id" -> o.setCallId(Interned.of(r.getAttributeValue(i)));
        case "rc-code" -> o.setRcCode(Interned.of(r.getAttributeValue(i)));
        case "op-status" -> o.setOpStatus(Interned.of(r.getAttributeValue(i)));
        case "interval" -> o.setInterval(Interned.of(r.getAttributeValue(i)));
        case "last-rc-change" -> o.setLastRcChange(Interned.of(r.getAttributeValue(i)));
        case "last-run" -> o.setLastRun(Interned.of(r.getAttributeValue(i)));
        case "exec-time" -> o.setExecTime(Interned.of(r.getAttributeValue(i)));
        case "queue-time" -> o.setQueueTime(Interned.of(r.getAttributeValue(i)));
        case "op-digest" -> o.setOpDigest(Interned.of(r.getAttributeValue(i)));
        case "op-force-restart" -> o.setOpForceRestart(Interned.of(r.getAttributeValue(i)));
        case "op-restart-digest" -> o.setOpRestartDigest(Interned.of(r.getAttributeValue(i)));
        case "op-secure-params" -> o.setOpSecureParams(Interned.of(r.getAttributeValue(i)));
        case "op-secure-digest" -> o.setOpSecureDigest(Interned.of(r.getAttributeValue(i)));
        case "migrate_source" -> o.setMigrateSource(Interned.of(r.getAttributeValue(i)));
        case "migrate_target" -> o.setMigrateTarget(Interned.of(r.getAttributeValue(i)));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(readDom());
    }
    return o;
  }

  private org.zcrm.cib.model.resource.Master readMaster() throws XMLStreamException {
    org.zcrm.cib.model.resource.Master o = new org.zcrm.cib.model.resource.Master();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        case "description" -> o.setDescription(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(childOfBundle());
    }
    return o;
  }

  private org.zcrm.cib.model.nv.MetaAttributes readMetaAttributes() throws XMLStreamException {
    org.zcrm.cib.model.nv.MetaAttributes o = new org.zcrm.cib.model.nv.MetaAttributes();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        case "id-ref" -> o.setIdRef(r.getAttributeValue(i));
        case "score" -> o.setScore(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(childOfClusterPropertySet());
    }
    return o;
  }

  private org.zcrm.cib.model.resource.Network readNetwork() throws XMLStreamException {
    org.zcrm.cib.model.resource.Network o = new org.zcrm.cib.model.resource.Network();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "ip-range-start" -> o.setIpRangeStart(r.getAttributeValue(i));
        case "control-port" -> o.setControlPort(r.getAttributeValue(i));
        case "host-interface" -> o.setHostInterface(r.getAttributeValue(i));
        case "host-netmask" -> o.setHostNetmask(r.getAttributeValue(i));
        case "add-host" -> o.setAddHost(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(childOfNetwork());
    }
    return o;
  }

  private org.zcrm.cib.model.Node readNode() throws XMLStreamException {
    org.zcrm.cib.model.Node o = new org.zcrm.cib.model.Node();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        case "uname" -> o.setUname(r.getAttributeValue(i));
        case "type" -> o.setType(r.getAttributeValue(i));
        case "description" -> o.setDescription(r.getAttributeValue(i));
        case "score" -> o.setScore(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(childOfNode());
    }
    return o;
  }

  private org.zcrm.cib.model.status.NodeState readNodeState() throws XMLStreamException {
    org.zcrm.cib.model.status.NodeState o = new org.zcrm.cib.model.status.NodeState();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        case "uname" -> o.setUname(r.getAttributeValue(i));
        case "in_ccm" -> o.setInCcm(Interned.of(r.getAttributeValue(i)));
        case "crmd" -> o.setCrmd(Interned.of(r.getAttributeValue(i)));
        case "join" -> o.setJoin(Interned.of(r.getAttributeValue(i)));
        case "expected" -> o.setExpected(Interned.of(r.getAttributeValue(i)));
        case "crm-debug-origin" -> o.setCrmDebugOrigin(Interned.of(r.getAttributeValue(i)));
        case "shutdown" -> o.setShutdown(Interned.of(r.getAttributeValue(i)));
        case "ha" -> o.setHa(Interned.of(r.getAttributeValue(i)));
        case "remote_node" -> o.setRemoteNode(r.getAttributeValue(i));
        case "node_fenced" -> o.setNodeFenced(r.getAttributeValue(i));
        case "clear_shutdown" -> o.setClearShutdown(r.getAttributeValue(i));
        case "node_in_maintenance" -> o.setNodeInMaintenance(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(childOfNodeState());
    }
    return o;
  }

  private org.zcrm.cib.model.Nodes readNodes() throws XMLStreamException {
    org.zcrm.cib.model.Nodes o = new org.zcrm.cib.model.Nodes();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      other(o, i);
    }
    while (nextChild()) {
      o.children().add(childOfNodes());
    }
    return o;
  }

  private org.zcrm.cib.model.nv.NvPair readNvPair() throws XMLStreamException {
    org.zcrm.cib.model.nv.NvPair o = new org.zcrm.cib.model.nv.NvPair();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        case "id-ref" -> o.setIdRef(r.getAttributeValue(i));
        case "name" -> o.setName(Interned.of(r.getAttributeValue(i)));
        case "value" -> o.setValue(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(readDom());
    }
    return o;
  }

  private org.zcrm.cib.model.ObjRef readObjRef() throws XMLStreamException {
    org.zcrm.cib.model.ObjRef o = new org.zcrm.cib.model.ObjRef();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(readDom());
    }
    return o;
  }

  private org.zcrm.cib.model.resource.Op readOp() throws XMLStreamException {
    org.zcrm.cib.model.resource.Op o = new org.zcrm.cib.model.resource.Op();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        case "name" -> o.setName(Interned.of(r.getAttributeValue(i)));
        case "interval" -> o.setInterval(Interned.of(r.getAttributeValue(i)));
        case "description" -> o.setDescription(r.getAttributeValue(i));
        case "start-delay" -> o.setStartDelay(r.getAttributeValue(i));
        case "interval-origin" -> o.setIntervalOrigin(r.getAttributeValue(i));
        case "timeout" -> o.setTimeout(r.getAttributeValue(i));
        case "enabled" -> o.setEnabled(r.getAttributeValue(i));
        case "record-pending" -> o.setRecordPending(r.getAttributeValue(i));
        case "role" -> o.setRole(r.getAttributeValue(i));
        case "requires" -> o.setRequires(r.getAttributeValue(i));
        case "on-fail" -> o.setOnFail(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(childOfAlertRecipient());
    }
    return o;
  }

  private org.zcrm.cib.model.OpDefaults readOpDefaults() throws XMLStreamException {
    org.zcrm.cib.model.OpDefaults o = new org.zcrm.cib.model.OpDefaults();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      other(o, i);
    }
    while (nextChild()) {
      o.children().add(childOfOpDefaults());
    }
    return o;
  }

  private org.zcrm.cib.model.rule.OpExpression readOpExpression() throws XMLStreamException {
    org.zcrm.cib.model.rule.OpExpression o = new org.zcrm.cib.model.rule.OpExpression();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        case "name" -> o.setName(r.getAttributeValue(i));
        case "interval" -> o.setInterval(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(readDom());
    }
    return o;
  }

  private org.zcrm.cib.model.resource.Operations readOperations() throws XMLStreamException {
    org.zcrm.cib.model.resource.Operations o = new org.zcrm.cib.model.resource.Operations();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        case "id-ref" -> o.setIdRef(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(childOfOperations());
    }
    return o;
  }

  private org.zcrm.cib.model.resource.Podman readPodman() throws XMLStreamException {
    org.zcrm.cib.model.resource.Podman o = new org.zcrm.cib.model.resource.Podman();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "image" -> o.setImage(r.getAttributeValue(i));
        case "replicas" -> o.setReplicas(r.getAttributeValue(i));
        case "replicas-per-host" -> o.setReplicasPerHost(r.getAttributeValue(i));
        case "promoted-max" -> o.setPromotedMax(r.getAttributeValue(i));
        case "masters" -> o.setMasters(r.getAttributeValue(i));
        case "run-command" -> o.setRunCommand(r.getAttributeValue(i));
        case "network" -> o.setNetwork(r.getAttributeValue(i));
        case "options" -> o.setOptions(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(readDom());
    }
    return o;
  }

  private org.zcrm.cib.model.resource.PortMapping readPortMapping() throws XMLStreamException {
    org.zcrm.cib.model.resource.PortMapping o = new org.zcrm.cib.model.resource.PortMapping();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        case "port" -> o.setPort(r.getAttributeValue(i));
        case "internal-port" -> o.setInternalPort(r.getAttributeValue(i));
        case "range" -> o.setRange(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(readDom());
    }
    return o;
  }

  private org.zcrm.cib.model.resource.Primitive readPrimitive() throws XMLStreamException {
    org.zcrm.cib.model.resource.Primitive o = new org.zcrm.cib.model.resource.Primitive();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        case "description" -> o.setDescription(r.getAttributeValue(i));
        case "class" -> o.setResourceClass(Interned.of(r.getAttributeValue(i)));
        case "provider" -> o.setProvider(Interned.of(r.getAttributeValue(i)));
        case "type" -> o.setType(Interned.of(r.getAttributeValue(i)));
        case "template" -> o.setTemplate(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(childOfBundle());
    }
    return o;
  }

  private org.zcrm.cib.model.constraint.ResourceRef readResourceRef() throws XMLStreamException {
    org.zcrm.cib.model.constraint.ResourceRef o = new org.zcrm.cib.model.constraint.ResourceRef();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(readDom());
    }
    return o;
  }

  private org.zcrm.cib.model.constraint.ResourceSet readResourceSet() throws XMLStreamException {
    org.zcrm.cib.model.constraint.ResourceSet o = new org.zcrm.cib.model.constraint.ResourceSet();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        case "id-ref" -> o.setIdRef(r.getAttributeValue(i));
        case "sequential" -> o.setSequential(r.getAttributeValue(i));
        case "require-all" -> o.setRequireAll(r.getAttributeValue(i));
        case "ordering" -> o.setOrdering(r.getAttributeValue(i));
        case "action" -> o.setAction(r.getAttributeValue(i));
        case "role" -> o.setRole(r.getAttributeValue(i));
        case "score" -> o.setScore(r.getAttributeValue(i));
        case "kind" -> o.setKind(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(childOfResourceSet());
    }
    return o;
  }

  private org.zcrm.cib.model.resource.Resources readResources() throws XMLStreamException {
    org.zcrm.cib.model.resource.Resources o = new org.zcrm.cib.model.resource.Resources();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      other(o, i);
    }
    while (nextChild()) {
      o.children().add(childOfResources());
    }
    return o;
  }

  private org.zcrm.cib.model.resource.Rkt readRkt() throws XMLStreamException {
    org.zcrm.cib.model.resource.Rkt o = new org.zcrm.cib.model.resource.Rkt();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "image" -> o.setImage(r.getAttributeValue(i));
        case "replicas" -> o.setReplicas(r.getAttributeValue(i));
        case "replicas-per-host" -> o.setReplicasPerHost(r.getAttributeValue(i));
        case "promoted-max" -> o.setPromotedMax(r.getAttributeValue(i));
        case "masters" -> o.setMasters(r.getAttributeValue(i));
        case "run-command" -> o.setRunCommand(r.getAttributeValue(i));
        case "network" -> o.setNetwork(r.getAttributeValue(i));
        case "options" -> o.setOptions(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(readDom());
    }
    return o;
  }

  private org.zcrm.cib.model.constraint.RscColocation readRscColocation() throws XMLStreamException {
    org.zcrm.cib.model.constraint.RscColocation o = new org.zcrm.cib.model.constraint.RscColocation();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        case "rsc" -> o.setRsc(r.getAttributeValue(i));
        case "with-rsc" -> o.setWithRsc(r.getAttributeValue(i));
        case "rsc-role" -> o.setRscRole(r.getAttributeValue(i));
        case "with-rsc-role" -> o.setWithRscRole(r.getAttributeValue(i));
        case "score" -> o.setScore(r.getAttributeValue(i));
        case "node-attribute" -> o.setNodeAttribute(r.getAttributeValue(i));
        case "rsc-instance" -> o.setRscInstance(r.getAttributeValue(i));
        case "with-rsc-instance" -> o.setWithRscInstance(r.getAttributeValue(i));
        case "influence" -> o.setInfluence(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(childOfRscColocation());
    }
    return o;
  }

  private org.zcrm.cib.model.RscDefaults readRscDefaults() throws XMLStreamException {
    org.zcrm.cib.model.RscDefaults o = new org.zcrm.cib.model.RscDefaults();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      other(o, i);
    }
    while (nextChild()) {
      o.children().add(childOfOpDefaults());
    }
    return o;
  }

  private org.zcrm.cib.model.rule.RscExpression readRscExpression() throws XMLStreamException {
    org.zcrm.cib.model.rule.RscExpression o = new org.zcrm.cib.model.rule.RscExpression();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        case "class" -> o.setResourceClass(r.getAttributeValue(i));
        case "provider" -> o.setProvider(r.getAttributeValue(i));
        case "type" -> o.setType(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(readDom());
    }
    return o;
  }

  private org.zcrm.cib.model.constraint.RscLocation readRscLocation() throws XMLStreamException {
    org.zcrm.cib.model.constraint.RscLocation o = new org.zcrm.cib.model.constraint.RscLocation();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        case "rsc" -> o.setRsc(r.getAttributeValue(i));
        case "rsc-pattern" -> o.setRscPattern(r.getAttributeValue(i));
        case "role" -> o.setRole(r.getAttributeValue(i));
        case "score" -> o.setScore(r.getAttributeValue(i));
        case "node" -> o.setNode(r.getAttributeValue(i));
        case "resource-discovery" -> o.setResourceDiscovery(r.getAttributeValue(i));
        case "lifetime" -> o.setLifetime(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(childOfRscColocation());
    }
    return o;
  }

  private org.zcrm.cib.model.constraint.RscOrder readRscOrder() throws XMLStreamException {
    org.zcrm.cib.model.constraint.RscOrder o = new org.zcrm.cib.model.constraint.RscOrder();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        case "first" -> o.setFirst(r.getAttributeValue(i));
        case "then" -> o.setThen(r.getAttributeValue(i));
        case "first-action" -> o.setFirstAction(r.getAttributeValue(i));
        case "then-action" -> o.setThenAction(r.getAttributeValue(i));
        case "kind" -> o.setKind(r.getAttributeValue(i));
        case "score" -> o.setScore(r.getAttributeValue(i));
        case "symmetrical" -> o.setSymmetrical(r.getAttributeValue(i));
        case "first-instance" -> o.setFirstInstance(r.getAttributeValue(i));
        case "then-instance" -> o.setThenInstance(r.getAttributeValue(i));
        case "require-all" -> o.setRequireAll(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(childOfRscColocation());
    }
    return o;
  }

  private org.zcrm.cib.model.constraint.RscTicket readRscTicket() throws XMLStreamException {
    org.zcrm.cib.model.constraint.RscTicket o = new org.zcrm.cib.model.constraint.RscTicket();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        case "ticket" -> o.setTicket(r.getAttributeValue(i));
        case "rsc" -> o.setRsc(r.getAttributeValue(i));
        case "rsc-role" -> o.setRscRole(r.getAttributeValue(i));
        case "loss-policy" -> o.setLossPolicy(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(childOfRscColocation());
    }
    return o;
  }

  private org.zcrm.cib.model.rule.Rule readRule() throws XMLStreamException {
    org.zcrm.cib.model.rule.Rule o = new org.zcrm.cib.model.rule.Rule();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        case "id-ref" -> o.setIdRef(r.getAttributeValue(i));
        case "boolean-op" -> o.setBooleanOp(r.getAttributeValue(i));
        case "score" -> o.setScore(r.getAttributeValue(i));
        case "score-attribute" -> o.setScoreAttribute(r.getAttributeValue(i));
        case "role" -> o.setRole(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(childOfRule());
    }
    return o;
  }

  private org.zcrm.cib.model.status.Status readStatus() throws XMLStreamException {
    org.zcrm.cib.model.status.Status o = new org.zcrm.cib.model.status.Status();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      other(o, i);
    }
    while (nextChild()) {
      o.children().add(childOfStatus());
    }
    return o;
  }

  private org.zcrm.cib.model.resource.Storage readStorage() throws XMLStreamException {
    org.zcrm.cib.model.resource.Storage o = new org.zcrm.cib.model.resource.Storage();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      other(o, i);
    }
    while (nextChild()) {
      o.children().add(childOfStorage());
    }
    return o;
  }

  private org.zcrm.cib.model.resource.StorageMapping readStorageMapping() throws XMLStreamException {
    org.zcrm.cib.model.resource.StorageMapping o = new org.zcrm.cib.model.resource.StorageMapping();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        case "source-dir" -> o.setSourceDir(r.getAttributeValue(i));
        case "source-dir-root" -> o.setSourceDirRoot(r.getAttributeValue(i));
        case "target-dir" -> o.setTargetDir(r.getAttributeValue(i));
        case "options" -> o.setOptions(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(readDom());
    }
    return o;
  }

  private org.zcrm.cib.model.Tag readTag() throws XMLStreamException {
    org.zcrm.cib.model.Tag o = new org.zcrm.cib.model.Tag();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(childOfTag());
    }
    return o;
  }

  private org.zcrm.cib.model.Tags readTags() throws XMLStreamException {
    org.zcrm.cib.model.Tags o = new org.zcrm.cib.model.Tags();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      other(o, i);
    }
    while (nextChild()) {
      o.children().add(childOfTags());
    }
    return o;
  }

  private org.zcrm.cib.model.resource.Template readTemplate() throws XMLStreamException {
    org.zcrm.cib.model.resource.Template o = new org.zcrm.cib.model.resource.Template();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        case "description" -> o.setDescription(r.getAttributeValue(i));
        case "class" -> o.setResourceClass(r.getAttributeValue(i));
        case "provider" -> o.setProvider(r.getAttributeValue(i));
        case "type" -> o.setType(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(childOfBundle());
    }
    return o;
  }

  private org.zcrm.cib.model.status.TicketState readTicketState() throws XMLStreamException {
    org.zcrm.cib.model.status.TicketState o = new org.zcrm.cib.model.status.TicketState();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        case "granted" -> o.setGranted(r.getAttributeValue(i));
        case "last-granted" -> o.setLastGranted(r.getAttributeValue(i));
        case "standby" -> o.setStandby(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(readDom());
    }
    return o;
  }

  private org.zcrm.cib.model.status.Tickets readTickets() throws XMLStreamException {
    org.zcrm.cib.model.status.Tickets o = new org.zcrm.cib.model.status.Tickets();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      other(o, i);
    }
    while (nextChild()) {
      o.children().add(childOfTickets());
    }
    return o;
  }

  private org.zcrm.cib.model.status.TransientAttributes readTransientAttributes() throws XMLStreamException {
    org.zcrm.cib.model.status.TransientAttributes o = new org.zcrm.cib.model.status.TransientAttributes();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(childOfNode());
    }
    return o;
  }

  private org.zcrm.cib.model.nv.Utilization readUtilization() throws XMLStreamException {
    org.zcrm.cib.model.nv.Utilization o = new org.zcrm.cib.model.nv.Utilization();
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (attributeName(i)) {
        case "id" -> o.setId(r.getAttributeValue(i));
        case "id-ref" -> o.setIdRef(r.getAttributeValue(i));
        case "score" -> o.setScore(r.getAttributeValue(i));
        default -> other(o, i);
      }
    }
    while (nextChild()) {
      o.children().add(childOfClusterPropertySet());
    }
    return o;
  }

  private Object childOfAlert() throws XMLStreamException {
    return switch (elementName()) {
      case "meta_attributes" -> readMetaAttributes();
      case "instance_attributes" -> readInstanceAttributes();
      case "recipient" -> readAlertRecipient();
      default -> readDom();
    };
  }

  private Object childOfAlertRecipient() throws XMLStreamException {
    return switch (elementName()) {
      case "meta_attributes" -> readMetaAttributes();
      case "instance_attributes" -> readInstanceAttributes();
      default -> readDom();
    };
  }

  private Object childOfAlerts() throws XMLStreamException {
    return switch (elementName()) {
      case "alert" -> readAlert();
      default -> readDom();
    };
  }

  private Object childOfBundle() throws XMLStreamException {
    return switch (elementName()) {
      case "meta_attributes" -> readMetaAttributes();
      case "instance_attributes" -> readInstanceAttributes();
      case "utilization" -> readUtilization();
      case "operations" -> readOperations();
      case "primitive" -> readPrimitive();
      case "group" -> readGroup();
      case "clone" -> readClone();
      case "master" -> readMaster();
      case "bundle" -> readBundle();
      case "docker" -> readDocker();
      case "podman" -> readPodman();
      case "rkt" -> readRkt();
      case "network" -> readNetwork();
      case "storage" -> readStorage();
      default -> readDom();
    };
  }

  private Object childOfCib() throws XMLStreamException {
    return switch (elementName()) {
      case "configuration" -> readConfiguration();
      case "status" -> readStatus();
      default -> readDom();
    };
  }

  private Object childOfClusterPropertySet() throws XMLStreamException {
    return switch (elementName()) {
      case "nvpair" -> readNvPair();
      case "rule" -> readRule();
      default -> readDom();
    };
  }

  private Object childOfConfiguration() throws XMLStreamException {
    return switch (elementName()) {
      case "crm_config" -> readCrmConfig();
      case "rsc_defaults" -> readRscDefaults();
      case "op_defaults" -> readOpDefaults();
      case "nodes" -> readNodes();
      case "resources" -> readResources();
      case "constraints" -> readConstraints();
      case "fencing-topology" -> readFencingTopology();
      case "tags" -> readTags();
      case "alerts" -> readAlerts();
      case "acls" -> readAcls();
      default -> readDom();
    };
  }

  private Object childOfConstraints() throws XMLStreamException {
    return switch (elementName()) {
      case "rsc_location" -> readRscLocation();
      case "rsc_colocation" -> readRscColocation();
      case "rsc_order" -> readRscOrder();
      case "rsc_ticket" -> readRscTicket();
      default -> readDom();
    };
  }

  private Object childOfCrmConfig() throws XMLStreamException {
    return switch (elementName()) {
      case "cluster_property_set" -> readClusterPropertySet();
      default -> readDom();
    };
  }

  private Object childOfDateExpression() throws XMLStreamException {
    return switch (elementName()) {
      case "date_spec" -> readDateSpec();
      case "duration" -> readDuration();
      default -> readDom();
    };
  }

  private Object childOfFencingTopology() throws XMLStreamException {
    return switch (elementName()) {
      case "fencing-level" -> readFencingLevel();
      default -> readDom();
    };
  }

  private Object childOfLrm() throws XMLStreamException {
    return switch (elementName()) {
      case "lrm_resources" -> readLrmResources();
      default -> readDom();
    };
  }

  private Object childOfLrmResource() throws XMLStreamException {
    return switch (elementName()) {
      case "lrm_rsc_op" -> readLrmRscOp();
      default -> readDom();
    };
  }

  private Object childOfLrmResources() throws XMLStreamException {
    return switch (elementName()) {
      case "lrm_resource" -> readLrmResource();
      default -> readDom();
    };
  }

  private Object childOfNetwork() throws XMLStreamException {
    return switch (elementName()) {
      case "port-mapping" -> readPortMapping();
      default -> readDom();
    };
  }

  private Object childOfNode() throws XMLStreamException {
    return switch (elementName()) {
      case "instance_attributes" -> readInstanceAttributes();
      case "utilization" -> readUtilization();
      default -> readDom();
    };
  }

  private Object childOfNodeState() throws XMLStreamException {
    return switch (elementName()) {
      case "transient_attributes" -> readTransientAttributes();
      case "lrm" -> readLrm();
      default -> readDom();
    };
  }

  private Object childOfNodes() throws XMLStreamException {
    return switch (elementName()) {
      case "node" -> readNode();
      default -> readDom();
    };
  }

  private Object childOfOpDefaults() throws XMLStreamException {
    return switch (elementName()) {
      case "meta_attributes" -> readMetaAttributes();
      default -> readDom();
    };
  }

  private Object childOfOperations() throws XMLStreamException {
    return switch (elementName()) {
      case "op" -> readOp();
      default -> readDom();
    };
  }

  private Object childOfResourceSet() throws XMLStreamException {
    return switch (elementName()) {
      case "resource_ref" -> readResourceRef();
      default -> readDom();
    };
  }

  private Object childOfResources() throws XMLStreamException {
    return switch (elementName()) {
      case "primitive" -> readPrimitive();
      case "group" -> readGroup();
      case "clone" -> readClone();
      case "master" -> readMaster();
      case "bundle" -> readBundle();
      case "template" -> readTemplate();
      default -> readDom();
    };
  }

  private Object childOfRscColocation() throws XMLStreamException {
    return switch (elementName()) {
      case "resource_set" -> readResourceSet();
      case "rule" -> readRule();
      default -> readDom();
    };
  }

  private Object childOfRule() throws XMLStreamException {
    return switch (elementName()) {
      case "expression" -> readExpression();
      case "date_expression" -> readDateExpression();
      case "op_expression" -> readOpExpression();
      case "rsc_expression" -> readRscExpression();
      case "rule" -> readRule();
      default -> readDom();
    };
  }

  private Object childOfStatus() throws XMLStreamException {
    return switch (elementName()) {
      case "node_state" -> readNodeState();
      case "tickets" -> readTickets();
      default -> readDom();
    };
  }

  private Object childOfStorage() throws XMLStreamException {
    return switch (elementName()) {
      case "storage-mapping" -> readStorageMapping();
      default -> readDom();
    };
  }

  private Object childOfTag() throws XMLStreamException {
    return switch (elementName()) {
      case "obj_ref" -> readObjRef();
      default -> readDom();
    };
  }

  private Object childOfTags() throws XMLStreamException {
    return switch (elementName()) {
      case "tag" -> readTag();
      default -> readDom();
    };
  }

  private Object childOfTickets() throws XMLStreamException {
    return switch (elementName()) {
      case "ticket_state" -> readTicketState();
      default -> readDom();
    };
  }
}
