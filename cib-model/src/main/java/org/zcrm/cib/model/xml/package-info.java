/** Reading and writing CIBs and single CIB objects as XML. */
package org.zcrm.cib.model.xml;
