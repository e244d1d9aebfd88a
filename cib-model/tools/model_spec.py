# The CIB model: element classes, attributes, children, and hand-written helpers. See gen_model.py.
# C(package, class, element, attributes, children, extra=java, base=..., intern=attributes to intern)
L = 'java.util.List'
# ---------- nv ----------
C('nv', 'NvPair', 'nvpair', ['id', 'id-ref', 'name', 'value'], intern=['name'],
  doc='One name/value pair ({@code <nvpair>}); {@code id-ref} points at another nvpair.')
C('nv', 'NvSet', None, ['id', 'id-ref', 'score'], ['NvPair', 'Rule'], abstract=True, transient=True,
  doc='A set of nvpairs, possibly conditional on rules: meta_attributes, instance_attributes, utilization, cluster_property_set.',
  extra='''
  /** The nvpairs in document order. */
  public final List<NvPair> nvpairs() {
    return childrenOf(NvPair.class);
  }

  /** The rules that condition this set (usually zero or one). */
  public final List<Rule> rules() {
    return childrenOf(Rule.class);
  }

  /** True when the set holds a rule, i.e. applies only where the rule matches. */
  public final boolean isConditional() {
    return firstChild(Rule.class) != null;
  }

  /** The value of the first nvpair called {@code name}, or null (id-ref pairs are not resolved). */
  public final String value(String name) {
    for (NvPair p : nvpairs()) {
      if (name.equals(p.getName())) {
        return p.getValue();
      }
    }
    return null;
  }

  /**
   * The value of {@code name} from the first unconditional set (one without rules) that holds it, or
   * null. Rule-conditioned sets are the engine's to evaluate.
   */
  public static String firstValue(List<? extends NvSet> sets, String name) {
    for (NvSet s : sets) {
      if (!s.isConditional()) {
        String v = s.value(name);
        if (v != null) {
          return v;
        }
      }
    }
    return null;
  }

  /** Sets (replaces or appends) the nvpair {@code name}; a new pair gets the id {@code <set id>-<name>}. */
  public final NvPair put(String name, String value) {
    for (NvPair p : nvpairs()) {
      if (name.equals(p.getName())) {
        p.setValue(value);
        return p;
      }
    }
    NvPair p = new NvPair().setId(getId() + "-" + name).setName(name).setValue(value);
    children().add(p);
    return p;
  }
''', imports=['org.zcrm.cib.model.rule.Rule'])
for n, e, d in [('MetaAttributes', 'meta_attributes', 'Meta-attributes (options for the cluster about a resource or operation).'),
                ('InstanceAttributes', 'instance_attributes', 'Instance attributes (parameters given to an agent, or node attributes).'),
                ('Utilization', 'utilization', 'Utilization: capacities of a node or needs of a resource.'),
                ('ClusterPropertySet', 'cluster_property_set', 'A set of cluster options in crm_config.')]:
    C('nv', n, e, base='NvSet', own_children=False, doc=d)
# ---------- rule ----------
C('rule', 'Rule', 'rule', ['id', 'id-ref', 'boolean-op', 'score', 'score-attribute', 'role'],
  ['Expression', 'DateExpression', 'OpExpression', 'RscExpression', 'Rule'], doc='A rule: a boolean combination of expressions and nested rules.',
  extra='''
  /** The conditions (expressions and nested rules) in document order, unknown elements left out. */
  public List<CibElement> conditions() {
    return childrenOf(CibElement.class);
  }
''')
C('rule', 'Expression', 'expression', ['id', 'id-ref', 'attribute', 'operation', 'value', 'type', 'value-source'], doc='A node attribute test inside a rule.')
C('rule', 'DateExpression', 'date_expression', ['id', 'operation', 'start', 'end'], ['DateSpec', 'Duration'], doc='A date test inside a rule.',
  extra='''
  public DateSpec dateSpec() {
    return firstChild(DateSpec.class);
  }

  public Duration duration() {
    return firstChild(Duration.class);
  }
''')
DATEF = ['id', 'hours', 'monthdays', 'weekdays', 'yeardays', 'months', 'weeks', 'years', 'weekyears', 'moon', 'minutes', 'seconds']
C('rule', 'DateSpec', 'date_spec', DATEF, doc='A cron-like date specification.')
C('rule', 'Duration', 'duration', ['id', 'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'], doc='A duration inside a date expression.')
C('rule', 'OpExpression', 'op_expression', ['id', 'name', 'interval'], doc='An operation test inside an op_defaults rule.')
C('rule', 'RscExpression', 'rsc_expression', ['id', 'class', 'provider', 'type'], doc='A resource agent test inside a defaults rule.')
# ---------- resource ----------
RCH = ['MetaAttributes', 'InstanceAttributes', 'Utilization', 'Operations', 'Primitive', 'Group', 'Clone', 'Master', 'Bundle',
       'Docker', 'Podman', 'Rkt', 'Network', 'Storage']
C('resource', 'Resource', None, ['id', 'description'], RCH, abstract=True, transient=True,
  doc='Base of every resource kind: its id, meta_attributes, instance_attributes and children.',
  imports=['org.zcrm.cib.model.nv.NvSet'],
  extra='''
  /** The meta_attributes sets in document order. */
  public final List<MetaAttributes> metaAttributes() {
    return childrenOf(MetaAttributes.class);
  }

  /** The instance_attributes sets in document order. */
  public final List<InstanceAttributes> instanceAttributes() {
    return childrenOf(InstanceAttributes.class);
  }

  /** The utilization sets in document order. */
  public final List<Utilization> utilization() {
    return childrenOf(Utilization.class);
  }

  /** The child resources (a group's members, a clone's or bundle's resource). */
  public final List<Resource> childResources() {
    return childrenOf(Resource.class);
  }

  /**
   * The meta-attribute {@code name} from the first unconditional meta_attributes set holding it, or
   * null. Sets conditioned by rules are skipped: evaluating them is the engine's job.
   */
  public final String meta(String name) {
    return NvSet.firstValue(metaAttributes(), name);
  }

  /** The instance attribute (agent parameter) {@code name}, unconditional sets only, or null. */
  public final String param(String name) {
    return NvSet.firstValue(instanceAttributes(), name);
  }

  /** The resource kind as Pacemaker names its element: primitive, group, clone, master, bundle, template. */
  public abstract String kind();
''')
PRIM = ['id', 'class', 'provider', 'type', 'description']
C('resource', 'Primitive', 'primitive', ['class', 'provider', 'type', 'template'], base='Resource', own_children=False,
  intern=['class', 'provider', 'type'], doc='A primitive resource: one agent instance.',
  extra='''
  /** The operations element, or null. */
  public Operations operations() {
    return firstChild(Operations.class);
  }

  /** The agent as Pacemaker prints it: class:provider:type, or class:type without a provider. */
  public String agent() {
    return getResourceClass() + (getProvider() != null ? ":" + getProvider() : "") + ":" + getType();
  }

  /** The configured operations (empty when none). */
  public List<Op> ops() {
    Operations o = operations();
    return o == null ? List.of() : o.ops();
  }

  @Override
  public String kind() {
    return ELEMENT;
  }
''', imports=[L])
C('resource', 'Template', 'template', ['class', 'provider', 'type'], base='Resource', own_children=False,
  doc='A resource template that primitives can refer to.', imports=[L],
  extra='''
  public Operations operations() {
    return firstChild(Operations.class);
  }

  @Override
  public String kind() {
    return ELEMENT;
  }
''')
C('resource', 'Group', 'group', [], base='Resource', own_children=False, doc='A group: primitives started in order on one node.', imports=[L],
  extra='''
  /** The members that are primitives, in order (a valid group holds nothing else). */
  public List<Primitive> primitives() {
    return childrenOf(Primitive.class);
  }

  @Override
  public String kind() {
    return ELEMENT;
  }
''')
C('resource', 'Clone', 'clone', [], base='Resource', own_children=False,
  doc='A clone (promotable when its meta-attribute promotable is true).',
  extra='''
  /** The cloned resource (a primitive or group), or null. */
  public Resource child() {
    return firstChild(Resource.class);
  }

  /** True when the clone is promotable (meta promotable=true, or it is an old-style master). */
  public boolean isPromotable() {
    return org.zcrm.cib.model.value.PcmkBool.isTrue(meta("promotable"));
  }

  @Override
  public String kind() {
    return ELEMENT;
  }
''')
C('resource', 'Master', 'master', [], base='Clone', own_children=False,
  doc='The old name of a promotable clone ({@code <master>}); always promotable.',
  extra='''
  @Override
  public boolean isPromotable() {
    return true;
  }

  @Override
  public String kind() {
    return ELEMENT;
  }
''')
C('resource', 'Bundle', 'bundle', [], base='Resource', own_children=False, doc='A bundle: containers, with an optional primitive inside.',
  extra='''
  /** The container runtime element (docker, podman or rkt), or null. */
  public ContainerRuntime runtime() {
    return firstChild(ContainerRuntime.class);
  }

  public Network network() {
    return firstChild(Network.class);
  }

  public Storage storage() {
    return firstChild(Storage.class);
  }

  /** The resource inside the bundle, or null. */
  public Primitive primitive() {
    return firstChild(Primitive.class);
  }

  @Override
  public String kind() {
    return ELEMENT;
  }
''')
C('resource', 'ContainerRuntime', None, ['image', 'replicas', 'replicas-per-host', 'promoted-max', 'masters', 'run-command', 'network', 'options'],
  abstract=True, transient=True, doc='A bundle\'s container runtime: docker, podman or rkt.',
  extra='''
  /** The runtime name: docker, podman or rkt. */
  public abstract String runtime();
''')
for n, e in [('Docker', 'docker'), ('Podman', 'podman'), ('Rkt', 'rkt')]:
    C('resource', n, e, base='ContainerRuntime', own_children=False, doc='The %s runtime of a bundle.' % e,
      extra='''
  @Override
  public String runtime() {
    return ELEMENT;
  }
''')
C('resource', 'Network', 'network', ['ip-range-start', 'control-port', 'host-interface', 'host-netmask', 'add-host'], ['PortMapping'],
  doc='A bundle\'s network settings.', extra='''
  public List<PortMapping> portMappings() {
    return childrenOf(PortMapping.class);
  }
''')
C('resource', 'PortMapping', 'port-mapping', ['id', 'port', 'internal-port', 'range'], doc='A port forwarded into a bundle\'s containers.')
C('resource', 'Storage', 'storage', [], ['StorageMapping'], doc='A bundle\'s storage mappings.', extra='''
  public List<StorageMapping> mappings() {
    return childrenOf(StorageMapping.class);
  }
''')
C('resource', 'StorageMapping', 'storage-mapping', ['id', 'source-dir', 'source-dir-root', 'target-dir', 'options'], doc='A host folder mapped into a bundle\'s containers.')
C('resource', 'Operations', 'operations', ['id', 'id-ref'], ['Op'], doc='A resource\'s operations.', extra='''
  public List<Op> ops() {
    return childrenOf(Op.class);
  }
''')
C('resource', 'Op', 'op', ['id', 'name', 'interval', 'description', 'start-delay', 'interval-origin', 'timeout', 'enabled', 'record-pending',
                            'role', 'requires', 'on-fail'], ['MetaAttributes', 'InstanceAttributes'],
  intern=['name', 'interval'], doc='A configured operation (monitor, start, stop, ...).',
  imports=['org.zcrm.cib.model.nv.MetaAttributes', 'org.zcrm.cib.model.nv.InstanceAttributes', 'org.zcrm.cib.model.nv.NvSet'],
  extra='''
  public List<MetaAttributes> metaAttributes() {
    return childrenOf(MetaAttributes.class);
  }

  public List<InstanceAttributes> instanceAttributes() {
    return childrenOf(InstanceAttributes.class);
  }

  /** An operation option: the attribute itself, else an unconditional meta_attributes value, else null. */
  public String meta(String name) {
    String v = otherAttribute(name);
    return v != null ? v : NvSet.firstValue(metaAttributes(), name);
  }
''')
C('resource', 'Resources', 'resources', [], ['Primitive', 'Group', 'Clone', 'Master', 'Bundle', 'Template'], doc='The resources section.',
  extra='''
  /** Top-level resources (templates excluded) in document order. */
  public List<Resource> all() {
    List<Resource> out = new ArrayList<>();
    for (Resource r : childrenOf(Resource.class)) {
      if (!(r instanceof Template)) {
        out.add(r);
      }
    }
    return out;
  }

  public List<Primitive> primitives() {
    return childrenOf(Primitive.class);
  }

  public List<Group> groups() {
    return childrenOf(Group.class);
  }

  /** Clones, including old-style masters. */
  public List<Clone> clones() {
    return childrenOf(Clone.class);
  }

  public List<Bundle> bundles() {
    return childrenOf(Bundle.class);
  }

  public List<Template> templates() {
    return childrenOf(Template.class);
  }

  /** The resource or template with this id at any depth (group members, cloned resources), or null. */
  public Resource find(String id) {
    for (Resource r : childrenOf(Resource.class)) {
      Resource found = find(r, id);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static Resource find(Resource r, String id) {
    if (id.equals(r.getId())) {
      return r;
    }
    for (Resource c : r.childResources()) {
      Resource found = find(c, id);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
''')
# fix Resource children list: import nv classes
classes['Resource']['imports'] += ['org.zcrm.cib.model.nv.MetaAttributes', 'org.zcrm.cib.model.nv.InstanceAttributes', 'org.zcrm.cib.model.nv.Utilization']
# ---------- constraint ----------
C('constraint', 'Constraint', None, ['id'], ['ResourceSet', 'Rule'], abstract=True, transient=True,
  doc='Base of the constraints: an id and possibly resource sets (and rules, for locations).',
  extra='''
  /** The resource sets, in order (empty for a two-resource constraint). */
  public final List<ResourceSet> resourceSets() {
    return childrenOf(ResourceSet.class);
  }

  /** The constraint kind as Pacemaker names its element. */
  public abstract String kind();
''')
C('constraint', 'RscLocation', 'rsc_location', ['rsc', 'rsc-pattern', 'role', 'score', 'node', 'resource-discovery', 'lifetime'], base='Constraint',
  own_children=False, doc='A location constraint: node+score, or rules.', imports=[L, 'org.zcrm.cib.model.rule.Rule'], extra='''
  /** The rules (empty when the constraint names a node). */
  public List<Rule> rules() {
    return childrenOf(Rule.class);
  }

  @Override
  public String kind() {
    return ELEMENT;
  }
''')
C('constraint', 'RscColocation', 'rsc_colocation', ['rsc', 'with-rsc', 'rsc-role', 'with-rsc-role', 'score', 'node-attribute',
                                                    'rsc-instance', 'with-rsc-instance', 'influence'], base='Constraint', own_children=False,
  doc='A colocation constraint.', extra='''
  @Override
  public String kind() {
    return ELEMENT;
  }
''')
C('constraint', 'RscOrder', 'rsc_order', ['first', 'then', 'first-action', 'then-action', 'kind', 'score', 'symmetrical',
                                          'first-instance', 'then-instance', 'require-all'], base='Constraint', own_children=False,
  doc='An ordering constraint.', extra='''
  @Override
  public String kind() {
    return ELEMENT;
  }
''')
classes['RscOrder']['extra'] = classes['RscOrder']['extra']  # 'kind' attribute getter is getKind(); kind() is the element
C('constraint', 'RscTicket', 'rsc_ticket', ['ticket', 'rsc', 'rsc-role', 'loss-policy'], base='Constraint', own_children=False,
  doc='A ticket constraint.', extra='''
  @Override
  public String kind() {
    return ELEMENT;
  }
''')
C('constraint', 'ResourceSet', 'resource_set', ['id', 'id-ref', 'sequential', 'require-all', 'ordering', 'action', 'role', 'score', 'kind'],
  ['ResourceRef'], doc='A set of resources inside a constraint.', extra='''
  public List<ResourceRef> refs() {
    return childrenOf(ResourceRef.class);
  }

  /** The referenced resource ids in order. */
  public List<String> resourceIds() {
    List<String> out = new ArrayList<>();
    for (ResourceRef r : refs()) {
      out.add(r.getId());
    }
    return out;
  }
''')
C('constraint', 'ResourceRef', 'resource_ref', ['id'], doc='A reference to a resource inside a resource set.')
C('constraint', 'Constraints', 'constraints', [], ['RscLocation', 'RscColocation', 'RscOrder', 'RscTicket'], doc='The constraints section.',
  extra='''
  /** Every constraint in document order. */
  public List<Constraint> all() {
    return childrenOf(Constraint.class);
  }

  public List<RscLocation> locations() {
    return childrenOf(RscLocation.class);
  }

  public List<RscColocation> colocations() {
    return childrenOf(RscColocation.class);
  }

  public List<RscOrder> orders() {
    return childrenOf(RscOrder.class);
  }

  public List<RscTicket> tickets() {
    return childrenOf(RscTicket.class);
  }
''')
# ---------- fencing ----------
C('fencing', 'FencingTopology', 'fencing-topology', [], ['FencingLevel'], doc='The fencing topology: levels of devices per target.',
  extra='''
  public List<FencingLevel> levels() {
    return childrenOf(FencingLevel.class);
  }
''')
C('fencing', 'FencingLevel', 'fencing-level', ['id', 'target', 'target-pattern', 'target-attribute', 'target-value', 'index', 'devices'],
  doc='One fencing level: devices tried together for a target.', imports=[L, 'java.util.Arrays'], extra='''
  /** The device ids (the comma-separated {@code devices} attribute), in order. */
  public List<String> deviceIds() {
    if (getDevices() == null || getDevices().isBlank()) {
      return List.of();
    }
    return Arrays.stream(getDevices().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
''')
# ---------- root-level config ----------
C('', 'CrmConfig', 'crm_config', [], ['ClusterPropertySet'], doc='Cluster options.', imports=[L], extra='''
  public List<ClusterPropertySet> propertySets() {
    return childrenOf(ClusterPropertySet.class);
  }

  /** A cluster option from the first unconditional set holding it, or null. */
  public String option(String name) {
    return NvSet.firstValue(propertySets(), name);
  }
''')
classes['CrmConfig']['imports'] += ['org.zcrm.cib.model.nv.NvSet', 'org.zcrm.cib.model.nv.ClusterPropertySet']
for n, e, d in [('RscDefaults', 'rsc_defaults', 'Resource defaults.'), ('OpDefaults', 'op_defaults', 'Operation defaults.')]:
    C('', n, e, [], ['MetaAttributes'], doc=d, imports=['org.zcrm.cib.model.nv.NvSet', 'org.zcrm.cib.model.nv.MetaAttributes'], extra='''
  public List<MetaAttributes> metaAttributes() {
    return childrenOf(MetaAttributes.class);
  }

  /** A default from the first unconditional set holding it, or null. */
  public String value(String name) {
    return NvSet.firstValue(metaAttributes(), name);
  }
''')
C('', 'Nodes', 'nodes', [], ['Node'], doc='The nodes section.', extra='''
  public List<Node> all() {
    return childrenOf(Node.class);
  }
''')
C('', 'Node', 'node', ['id', 'uname', 'type', 'description', 'score'], ['InstanceAttributes', 'Utilization'],
  doc='A configured node.', imports=['org.zcrm.cib.model.nv.NvSet', 'org.zcrm.cib.model.nv.InstanceAttributes', 'org.zcrm.cib.model.nv.Utilization'],
  extra='''
  public List<InstanceAttributes> instanceAttributes() {
    return childrenOf(InstanceAttributes.class);
  }

  public List<Utilization> utilization() {
    return childrenOf(Utilization.class);
  }

  /** A node attribute from the first unconditional instance_attributes set holding it, or null. */
  public String attribute(String name) {
    return NvSet.firstValue(instanceAttributes(), name);
  }
''')
C('', 'Tags', 'tags', [], ['Tag'], doc='Tags: named groups of object ids.', extra='''
  public List<Tag> all() {
    return childrenOf(Tag.class);
  }
''')
C('', 'Tag', 'tag', ['id'], ['ObjRef'], doc='A tag.', extra='''
  public List<ObjRef> refs() {
    return childrenOf(ObjRef.class);
  }
''')
C('', 'ObjRef', 'obj_ref', ['id'], doc='A reference from a tag to an object.')
C('', 'Alerts', 'alerts', [], ['Alert'], doc='Alert agents.', extra='''
  public List<Alert> all() {
    return childrenOf(Alert.class);
  }
''')
C('', 'Alert', 'alert', ['id', 'path', 'description'], ['MetaAttributes', 'InstanceAttributes', 'AlertRecipient'], doc='An alert agent.',
  imports=['org.zcrm.cib.model.nv.MetaAttributes', 'org.zcrm.cib.model.nv.InstanceAttributes'], extra='''
  public List<AlertRecipient> recipients() {
    return childrenOf(AlertRecipient.class);
  }
''')
C('', 'AlertRecipient', 'recipient', ['id', 'value', 'description'], ['MetaAttributes', 'InstanceAttributes'], doc='A recipient of an alert.',
  imports=['org.zcrm.cib.model.nv.MetaAttributes', 'org.zcrm.cib.model.nv.InstanceAttributes'])
C('', 'Acls', 'acls', [], [], doc='Access control lists, kept as XML (zcrm does not enforce them yet).')
C('', 'Configuration', 'configuration', [], ['CrmConfig', 'RscDefaults', 'OpDefaults', 'Nodes', 'Resources', 'Constraints',
                                              'FencingTopology', 'Tags', 'Alerts', 'Acls'], doc='The configuration section.',
  imports=['org.zcrm.cib.model.resource.Resource'], extra='''
  public CrmConfig crmConfig() {
    return firstChild(CrmConfig.class);
  }

  public RscDefaults rscDefaults() {
    return firstChild(RscDefaults.class);
  }

  public OpDefaults opDefaults() {
    return firstChild(OpDefaults.class);
  }

  public Nodes nodes() {
    return firstChild(Nodes.class);
  }

  public Resources resources() {
    return firstChild(Resources.class);
  }

  public Constraints constraints() {
    return firstChild(Constraints.class);
  }

  public FencingTopology fencingTopology() {
    return firstChild(FencingTopology.class);
  }

  public Tags tags() {
    return firstChild(Tags.class);
  }

  public Alerts alerts() {
    return firstChild(Alerts.class);
  }

  public Acls acls() {
    return firstChild(Acls.class);
  }

  /** The configured nodes (empty when there is no nodes section). */
  public List<Node> nodeList() {
    Nodes n = nodes();
    return n == null ? List.of() : n.all();
  }

  /** A cluster option, or null. */
  public String option(String name) {
    CrmConfig c = crmConfig();
    return c == null ? null : c.option(name);
  }

  /** The resource or template with this id at any depth, or null. */
  public Resource resource(String id) {
    Resources r = resources();
    return r == null ? null : r.find(id);
  }

  /** The configured node with this name (uname), or null. */
  public Node node(String uname) {
    for (Node n : nodeList()) {
      if (uname.equals(n.getUname())) {
        return n;
      }
    }
    return null;
  }
''')
# ---------- status ----------
C('status', 'Status', 'status', [], ['NodeState', 'Tickets'], doc='The status section: what each node reports.', extra='''
  public List<NodeState> nodeStates() {
    return childrenOf(NodeState.class);
  }

  public Tickets tickets() {
    return firstChild(Tickets.class);
  }

  /** The node_state of the node with this name (uname), else with this id, or null. */
  public NodeState nodeState(String name) {
    NodeState byId = null;
    for (NodeState s : nodeStates()) {
      if (name.equals(s.getUname())) {
        return s;
      }
      if (byId == null && name.equals(s.getId())) {
        byId = s;
      }
    }
    return byId;
  }
''')
C('status', 'Tickets', 'tickets', [], ['TicketState'], doc='Ticket states.', extra='''
  public List<TicketState> all() {
    return childrenOf(TicketState.class);
  }
''')
C('status', 'TicketState', 'ticket_state', ['id', 'granted', 'last-granted', 'standby'], doc='The state of one ticket.')
C('status', 'NodeState', 'node_state', ['id', 'uname', 'in_ccm', 'crmd', 'join', 'expected', 'crm-debug-origin', 'shutdown', 'ha',
                                        'remote_node', 'node_fenced', 'clear_shutdown', 'node_in_maintenance'],
  ['TransientAttributes', 'Lrm'], intern=['in_ccm', 'crmd', 'join', 'expected', 'crm-debug-origin', 'shutdown', 'ha'],
  doc='What one node reports: membership, transient attributes, resource history.', extra='''
  public TransientAttributes transientAttributes() {
    return firstChild(TransientAttributes.class);
  }

  public Lrm lrm() {
    return firstChild(Lrm.class);
  }

  /** The resource histories on this node (empty when none). */
  public List<LrmResource> lrmResources() {
    Lrm l = lrm();
    LrmResources r = l == null ? null : l.resources();
    return r == null ? List.of() : r.all();
  }

  /** A transient node attribute from the first unconditional set holding it, or null. */
  public String transientAttribute(String name) {
    TransientAttributes t = transientAttributes();
    return t == null ? null : NvSet.firstValue(t.instanceAttributes(), name);
  }
''', imports=['org.zcrm.cib.model.nv.NvSet'])
C('status', 'TransientAttributes', 'transient_attributes', ['id'], ['InstanceAttributes', 'Utilization'], doc='A node\'s transient attributes.',
  imports=['org.zcrm.cib.model.nv.InstanceAttributes', 'org.zcrm.cib.model.nv.Utilization'], extra='''
  public List<Utilization> utilization() {
    return childrenOf(Utilization.class);
  }

  public List<InstanceAttributes> instanceAttributes() {
    return childrenOf(InstanceAttributes.class);
  }
''')
C('status', 'Lrm', 'lrm', ['id'], ['LrmResources'], doc='A node\'s resource history.', extra='''
  public LrmResources resources() {
    return firstChild(LrmResources.class);
  }
''')
C('status', 'LrmResources', 'lrm_resources', [], ['LrmResource'], doc='The resources with history on a node.', extra='''
  public List<LrmResource> all() {
    return childrenOf(LrmResource.class);
  }
''')
C('status', 'LrmResource', 'lrm_resource', ['id', 'class', 'provider', 'type', 'container', 'shutdown-lock'], ['LrmRscOp'],
  intern=['class', 'provider', 'type', 'container'], doc='The operation history of one resource on one node.', extra='''
  public List<LrmRscOp> ops() {
    return childrenOf(LrmRscOp.class);
  }
''')
OPA = ['id', 'operation_key', 'operation', 'crm-debug-origin', 'crm_feature_set', 'transition-key', 'transition-magic', 'exit-reason',
       'on_node', 'call-id', 'rc-code', 'op-status', 'interval', 'last-rc-change', 'last-run', 'exec-time', 'queue-time', 'op-digest',
       'op-force-restart', 'op-restart-digest', 'op-secure-params', 'op-secure-digest', 'migrate_source', 'migrate_target']
C('status', 'LrmRscOp', 'lrm_rsc_op', OPA, intern=['operation', 'crm-debug-origin', 'crm_feature_set', 'on_node', 'rc-code', 'op-status',
  'interval', 'exit-reason', 'op-digest', 'op-force-restart', 'op-restart-digest', 'op-secure-params', 'op-secure-digest',
  'last-rc-change', 'last-run', 'exec-time', 'queue-time', 'migrate_source', 'migrate_target', 'call-id'],
  doc='One recorded operation result.', imports=['org.zcrm.cib.model.value.PcmkInt'], extra='''
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
''')
C('', 'Cib', 'cib', ['admin_epoch', 'epoch', 'num_updates', 'validate-with', 'crm_feature_set', 'have-quorum', 'dc-uuid', 'execution-date',
                     'cib-last-written', 'update-origin', 'update-client', 'update-user', 'no-quorum-panic', 'remote-tls-port',
                     'remote-clear-port'], ['Configuration', 'Status'], doc='The whole CIB: configuration and status.',
  imports=['org.zcrm.cib.model.status.Status'], extra='''
  public Configuration configuration() {
    return firstChild(Configuration.class);
  }

  public Status status() {
    return firstChild(Status.class);
  }
''')
