/**
 * pcs-like configuration edits as pure functions from one {@link org.zcrm.cib.store.ConfigState}
 * to the next, with ids generated the way pcs makes them. The store validates and writes the
 * result atomically; nothing here talks to ZooKeeper.
 */
package org.zcrm.cib.store.edit;
