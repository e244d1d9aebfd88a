# The CIB model's structure, read by gen_model.py to generate the StAX reader: for each element
# class, its package, XML element (None for abstract bases), attributes, child classes, base
# class, attributes to intern, and whether it holds its own children list. The Java classes under
# cib-model/src/main/java are the source of truth for everything else (javadoc, helper methods).
# C(package, class, element, attributes, children, base=..., intern=..., own_children=...)
C('nv', 'NvPair', 'nvpair', ['id', 'id-ref', 'name', 'value'], [], intern=['name'])
C('nv', 'NvSet', None, ['id', 'id-ref', 'score'], ['NvPair', 'Rule'])
C('nv', 'MetaAttributes', 'meta_attributes', [], [], base='NvSet', own_children=False)
C('nv', 'InstanceAttributes', 'instance_attributes', [], [], base='NvSet', own_children=False)
C('nv', 'Utilization', 'utilization', [], [], base='NvSet', own_children=False)
C('nv', 'ClusterPropertySet', 'cluster_property_set', [], [], base='NvSet', own_children=False)
C('rule', 'Rule', 'rule', ['id', 'id-ref', 'boolean-op', 'score', 'score-attribute', 'role'],
  ['Expression', 'DateExpression', 'OpExpression', 'RscExpression', 'Rule'])
C('rule', 'Expression', 'expression', ['id', 'id-ref', 'attribute', 'operation', 'value', 'type',
  'value-source'], [])
C('rule', 'DateExpression', 'date_expression', ['id', 'operation', 'start', 'end'], ['DateSpec', 'Duration'])
C('rule', 'DateSpec', 'date_spec', ['id', 'hours', 'monthdays', 'weekdays', 'yeardays', 'months', 'weeks',
  'years', 'weekyears', 'moon', 'minutes', 'seconds'], [])
C('rule', 'Duration', 'duration', ['id', 'years', 'months', 'weeks', 'days', 'hours', 'minutes',
  'seconds'], [])
C('rule', 'OpExpression', 'op_expression', ['id', 'name', 'interval'], [])
C('rule', 'RscExpression', 'rsc_expression', ['id', 'class', 'provider', 'type'], [])
C('resource', 'Resource', None, ['id', 'description'], ['MetaAttributes', 'InstanceAttributes',
  'Utilization', 'Operations', 'Primitive', 'Group', 'Clone', 'Master', 'Bundle', 'Docker', 'Podman',
  'Rkt', 'Network', 'Storage'])
C('resource', 'Primitive', 'primitive', ['class', 'provider', 'type', 'template'], [], base='Resource',
  intern=['class', 'provider', 'type'], own_children=False)
C('resource', 'Template', 'template', ['class', 'provider', 'type'], [], base='Resource', own_children=False)
C('resource', 'Group', 'group', [], [], base='Resource', own_children=False)
C('resource', 'Clone', 'clone', [], [], base='Resource', own_children=False)
C('resource', 'Master', 'master', [], [], base='Clone', own_children=False)
C('resource', 'Bundle', 'bundle', [], [], base='Resource', own_children=False)
C('resource', 'ContainerRuntime', None, ['image', 'replicas', 'replicas-per-host', 'promoted-max',
  'masters', 'run-command', 'network', 'options'], [])
C('resource', 'Docker', 'docker', [], [], base='ContainerRuntime', own_children=False)
C('resource', 'Podman', 'podman', [], [], base='ContainerRuntime', own_children=False)
C('resource', 'Rkt', 'rkt', [], [], base='ContainerRuntime', own_children=False)
C('resource', 'Network', 'network', ['ip-range-start', 'control-port', 'host-interface', 'host-netmask',
  'add-host'], ['PortMapping'])
C('resource', 'PortMapping', 'port-mapping', ['id', 'port', 'internal-port', 'range'], [])
C('resource', 'Storage', 'storage', [], ['StorageMapping'])
C('resource', 'StorageMapping', 'storage-mapping', ['id', 'source-dir', 'source-dir-root', 'target-dir',
  'options'], [])
C('resource', 'Operations', 'operations', ['id', 'id-ref'], ['Op'])
C('resource', 'Op', 'op', ['id', 'name', 'interval', 'description', 'start-delay', 'interval-origin',
  'timeout', 'enabled', 'record-pending', 'role', 'requires', 'on-fail'], ['MetaAttributes',
  'InstanceAttributes'], intern=['name', 'interval'])
C('resource', 'Resources', 'resources', [], ['Primitive', 'Group', 'Clone', 'Master', 'Bundle', 'Template'])
C('constraint', 'Constraint', None, ['id'], ['ResourceSet', 'Rule'])
C('constraint', 'RscLocation', 'rsc_location', ['rsc', 'rsc-pattern', 'role', 'score', 'node',
  'resource-discovery', 'lifetime'], [], base='Constraint', own_children=False)
C('constraint', 'RscColocation', 'rsc_colocation', ['rsc', 'with-rsc', 'rsc-role', 'with-rsc-role',
  'score', 'node-attribute', 'rsc-instance', 'with-rsc-instance', 'influence'], [], base='Constraint',
  own_children=False)
C('constraint', 'RscOrder', 'rsc_order', ['first', 'then', 'first-action', 'then-action', 'kind', 'score',
  'symmetrical', 'first-instance', 'then-instance', 'require-all'], [], base='Constraint',
  own_children=False)
C('constraint', 'RscTicket', 'rsc_ticket', ['ticket', 'rsc', 'rsc-role', 'loss-policy'], [],
  base='Constraint', own_children=False)
C('constraint', 'ResourceSet', 'resource_set', ['id', 'id-ref', 'sequential', 'require-all', 'ordering',
  'action', 'role', 'score', 'kind'], ['ResourceRef'])
C('constraint', 'ResourceRef', 'resource_ref', ['id'], [])
C('constraint', 'Constraints', 'constraints', [], ['RscLocation', 'RscColocation', 'RscOrder', 'RscTicket'])
C('fencing', 'FencingTopology', 'fencing-topology', [], ['FencingLevel'])
C('fencing', 'FencingLevel', 'fencing-level', ['id', 'target', 'target-pattern', 'target-attribute',
  'target-value', 'index', 'devices'], [])
C('', 'CrmConfig', 'crm_config', [], ['ClusterPropertySet'])
C('', 'RscDefaults', 'rsc_defaults', [], ['MetaAttributes'])
C('', 'OpDefaults', 'op_defaults', [], ['MetaAttributes'])
C('', 'Nodes', 'nodes', [], ['Node'])
C('', 'Node', 'node', ['id', 'uname', 'type', 'description', 'score'], ['InstanceAttributes', 'Utilization'])
C('', 'Tags', 'tags', [], ['Tag'])
C('', 'Tag', 'tag', ['id'], ['ObjRef'])
C('', 'ObjRef', 'obj_ref', ['id'], [])
C('', 'Alerts', 'alerts', [], ['Alert'])
C('', 'Alert', 'alert', ['id', 'path', 'description'], ['MetaAttributes', 'InstanceAttributes',
  'AlertRecipient'])
C('', 'AlertRecipient', 'recipient', ['id', 'value', 'description'], ['MetaAttributes', 'InstanceAttributes'])
C('', 'Acls', 'acls', [], [])
C('', 'Configuration', 'configuration', [], ['CrmConfig', 'RscDefaults', 'OpDefaults', 'Nodes',
  'Resources', 'Constraints', 'FencingTopology', 'Tags', 'Alerts', 'Acls'])
C('status', 'Status', 'status', [], ['NodeState', 'Tickets'])
C('status', 'Tickets', 'tickets', [], ['TicketState'])
C('status', 'TicketState', 'ticket_state', ['id', 'granted', 'last-granted', 'standby'], [])
C('status', 'NodeState', 'node_state', ['id', 'uname', 'in_ccm', 'crmd', 'join', 'expected',
  'crm-debug-origin', 'shutdown', 'ha', 'remote_node', 'node_fenced', 'clear_shutdown',
  'node_in_maintenance'], ['TransientAttributes', 'Lrm'], intern=['in_ccm', 'crmd', 'join', 'expected',
  'crm-debug-origin', 'shutdown', 'ha'])
C('status', 'TransientAttributes', 'transient_attributes', ['id'], ['InstanceAttributes', 'Utilization'])
C('status', 'Lrm', 'lrm', ['id'], ['LrmResources'])
C('status', 'LrmResources', 'lrm_resources', [], ['LrmResource'])
C('status', 'LrmResource', 'lrm_resource', ['id', 'class', 'provider', 'type', 'container',
  'shutdown-lock'], ['LrmRscOp'], intern=['class', 'provider', 'type', 'container'])
C('status', 'LrmRscOp', 'lrm_rsc_op', ['id', 'operation_key', 'operation', 'crm-debug-origin',
  'crm_feature_set', 'transition-key', 'transition-magic', 'exit-reason', 'on_node', 'call-id', 'rc-code',
  'op-status', 'interval', 'last-rc-change', 'last-run', 'exec-time', 'queue-time', 'op-digest',
  'op-force-restart', 'op-restart-digest', 'op-secure-params', 'op-secure-digest', 'migrate_source',
  'migrate_target'], [], intern=['operation', 'crm-debug-origin', 'crm_feature_set', 'on_node', 'rc-code',
  'op-status', 'interval', 'exit-reason', 'op-digest', 'op-force-restart', 'op-restart-digest',
  'op-secure-params', 'op-secure-digest', 'migrate_source', 'migrate_target'])
C('', 'Cib', 'cib', ['admin_epoch', 'epoch', 'num_updates', 'validate-with', 'crm_feature_set',
  'have-quorum', 'dc-uuid', 'execution-date', 'cib-last-written', 'update-origin', 'update-client',
  'update-user', 'no-quorum-panic', 'remote-tls-port', 'remote-clear-port'], ['Configuration', 'Status'])
