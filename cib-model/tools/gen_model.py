"""Generates cib-model's element classes and the fast StAX reader from model_spec.py.

Usage, from the repository root:
    python3 cib-model/tools/gen_model.py               # every generated class and the reader
    python3 cib-model/tools/gen_model.py --reader-only # only xml/StaxCibReader.java

The element classes were generated once and may since carry hand-written helpers: after a change of
attributes or children, edit model_spec.py AND the class, then regenerate the reader only.
ReaderCoverageTest fails when the reader and the JAXB annotations disagree.
"""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..', 'src', 'main', 'java', 'org', 'zcrm', 'cib', 'model')
READER_ONLY = '--reader-only' in sys.argv
BASEPKG = 'org.zcrm.cib.model'
INTERN = set()

def camel(x):
    special = {'class': 'resourceClass'}
    if x in special: return special[x]
    parts = re.split(r'[-_]', x)
    return parts[0] + ''.join(p[:1].upper() + p[1:] for p in parts[1:])

classes = {}  # name -> pkg

def C(pkg, name, elem=None, attrs=(), children=(), extra='', base='CibElement', intern=(), doc='', abstract=False, transient=False, own_children=True, imports=()):
    classes[name] = dict(pkg=pkg, name=name, elem=elem, attrs=list(attrs), children=list(children), extra=extra, base=base, intern=set(intern), doc=doc, abstract=abstract, transient=transient, own_children=own_children, imports=list(imports))

def emit(c):
    pkg = BASEPKG + ('.' + c['pkg'] if c['pkg'] else '')
    imports = set(['jakarta.xml.bind.annotation.XmlAttribute'])
    if c['elem']: imports.add('jakarta.xml.bind.annotation.XmlRootElement')
    if c['transient']: imports.add('jakarta.xml.bind.annotation.XmlTransient')
    if c['own_children']:
        imports |= {'java.util.List', 'java.util.ArrayList', 'jakarta.xml.bind.annotation.XmlAnyElement'}
        if c['children']:
            imports |= {'jakarta.xml.bind.annotation.XmlElementRef', 'jakarta.xml.bind.annotation.XmlElementRefs'}
    if c['intern']: imports.add('jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter'); imports.add(BASEPKG + '.xml.Interned')
    for ch in c['children']:
        cp = BASEPKG + ('.' + classes[ch]['pkg'] if classes[ch]['pkg'] else '')
        if cp != pkg: imports.add(cp + '.' + ch)
    bp = None
    if c['base'] in classes:
        b = classes[c['base']]; bpk = BASEPKG + ('.' + b['pkg'] if b['pkg'] else '')
        if bpk != pkg: imports.add(bpk + '.' + c['base'])
    elif c['base'] == 'CibElement' and pkg != BASEPKG:
        imports.add(BASEPKG + '.CibElement')
    for i in c['imports']: imports.add(i)
    if not c['attrs']: imports.discard('jakarta.xml.bind.annotation.XmlAttribute')
    if pkg != BASEPKG:
        if 'id' in c['attrs']: imports.add(BASEPKG + '.Identified')
        if 'id-ref' in c['attrs']: imports.add(BASEPKG + '.IdReference')
    imports_extra = []
    out = ['package %s;' % pkg, '']
    for i in sorted(imports): out.append('import %s;' % i)
    out.append('')
    if c['doc']: out.append('/** %s */' % c['doc'])
    if c['transient']: out.append('@XmlTransient')
    if c['elem']: out.append('@XmlRootElement(name = "%s")' % c['elem'])
    impl = []
    if 'id' in c['attrs']:
        impl.append('Identified')
        if pkg != BASEPKG: imports_extra.append(BASEPKG + '.Identified')
    if 'id-ref' in c['attrs']:
        impl.append('IdReference')
        if pkg != BASEPKG: imports_extra.append(BASEPKG + '.IdReference')
    out.append('public %sclass %s extends %s%s {' % ('abstract ' if c['abstract'] else '', c['name'], c['base'],
        (' implements ' + ', '.join(impl)) if impl else ''))
    if c['elem']: out.append('  /** The XML element name. */\n  public static final String ELEMENT = "%s";\n' % c['elem'])
    for a in c['attrs']:
        j = camel(a)
        if a in c['intern']: out.append('  @XmlJavaTypeAdapter(Interned.class)')
        out.append('  @XmlAttribute(name = "%s")' % a)
        out.append('  private String %s;' % j)
    if c['own_children']:
        if c['children']:
            out.append('')
            out.append('  @XmlElementRefs({')
            out.append(',\n'.join('    @XmlElementRef(type = %s.class)' % ch for ch in c['children']))
            out.append('  })')
        else:
            out.append('')
        out.append('  @XmlAnyElement')
        out.append('  private List<Object> children;')
        out.append('')
        out.append('  @Override\n  protected final List<Object> rawChildren() {\n    return children;\n  }\n')
        out.append('  @Override\n  protected final List<Object> newChildren() {\n    children = new ArrayList<>(4);\n    return children;\n  }')
    ret = c['name']
    for a in c['attrs']:
        j = camel(a); J = j[0].upper() + j[1:]
        out.append('')
        out.append('  /** The {@code %s} attribute, or null. */' % a)
        out.append('  public String get%s() {\n    return %s;\n  }' % (J, j))
        out.append('')
        out.append('  public %s set%s(String %s) {\n    this.%s = %s;\n    return this;\n  }' % ('void' if c['abstract'] else ret, J, j, j, j) if c['abstract'] else
                   '  public %s set%s(String %s) {\n    this.%s = %s;\n    return this;\n  }' % (ret, J, j, j, j))
    if c['extra']:
        out.append(c['extra'].rstrip('\n'))
    out.append('}')
    text = '\n'.join(out) + '\n'
    if c['abstract']:
        # abstract setters return void
        text = re.sub(r'(public void set\w+\(String (\w+)\) \{\n    this\.\w+ = \w+;)\n    return this;', r'\1', text)
    d = os.path.join(ROOT, *(c['pkg'].split('.') if c['pkg'] else []))
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, c['name'] + '.java'), 'w') as f: f.write(text)

exec(open(os.path.join(HERE, 'model_spec.py')).read())
if not READER_ONLY:
    for c in classes.values(): emit(c)

# ---------------------------------------------------------------- fast StAX reader
def chain(c):
    out = []
    while c is not None:
        out.append(c)
        c = classes.get(c['base'])
    return list(reversed(out))

def eff_attrs(c):
    res = []
    for k in chain(c):
        for a in k['attrs']:
            res.append((a, a in set().union(*[x['intern'] for x in chain(c)])))
    return res

def eff_children(c):
    for k in reversed(chain(c)):
        if k['own_children']:
            return k['children']
    return []

def fqn(name):
    c = classes[name]
    return BASEPKG + ('.' + c['pkg'] if c['pkg'] else '') + '.' + name

concrete = sorted([c for c in classes.values() if c['elem']], key=lambda c: c['name'])
R = []
R.append('''package org.zcrm.cib.model.xml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads CIB elements straight from a StAX stream into the model classes: the fast path of
 * {@link CibCodec} (several times faster than JAXB unmarshalling on a large status section).
 * Generated from the same description as the model classes and checked against JAXB by the tests:
 * both give the same model for every CIB of the shared corpus and the fixtures.
 */
// Generated by cib-model/tools/gen_model.py from model_spec.py: do not edit by hand.
final class StaxCibReader extends StaxReaderBase {

  StaxCibReader(XMLStreamReader r) {
    super(r);
  }

  /** Reads the element the reader is positioned on, whatever its kind. */
  Object readKnownOrDom() throws XMLStreamException {
    return switch (elementName()) {''')
for c in concrete:
    R.append('      case "%s" -> read%s();' % (c['elem'], c['name']))
R.append('''      default -> readDom();
    };
  }''')
sets = {}
for c in concrete:
    ch = tuple(eff_children(c))
    if ch and ch not in sets:
        sets[ch] = 'childOf' + c['name']
for c in concrete:
    n = c['name']; f = fqn(n)
    R.append('')
    R.append('  private %s read%s() throws XMLStreamException {' % (f, n))
    R.append('    %s o = new %s();' % (f, f))
    attrs = eff_attrs(c)
    R.append('    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {')
    if attrs:
        R.append('      switch (attributeName(i)) {')
        for a, intern in attrs:
            j = camel(a); J = j[0].upper() + j[1:]
            val = 'Interned.of(r.getAttributeValue(i))' if intern else 'r.getAttributeValue(i)'
            R.append('        case "%s" -> o.set%s(%s);' % (a, J, val))
        R.append('        default -> other(o, i);')
        R.append('      }')
    else:
        R.append('      other(o, i);')
    R.append('    }')
    ch = tuple(eff_children(c))
    R.append('    while (nextChild()) {')
    R.append('      o.children().add(%s);' % (sets[ch] + '()' if ch else 'readDom()'))
    R.append('    }')
    R.append('    return o;')
    R.append('  }')
for ch, m in sets.items():
    R.append('')
    R.append('  private Object %s() throws XMLStreamException {' % m)
    R.append('    return switch (elementName()) {')
    for x in ch:
        R.append('      case "%s" -> read%s();' % (classes[x]['elem'], x))
    R.append('      default -> readDom();')
    R.append('    };')
    R.append('  }')
R.append('}')
open(os.path.join(ROOT, 'xml', 'StaxCibReader.java'), 'w').write('\n'.join(R) + '\n')
