package org.zcrm.executor.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.zcrm.cib.model.status.LrmRscOp;
import org.zcrm.cib.model.xml.CibCodec;

class LrmRscOpMapperTest {

    @Test
    void recordsBecomeLrmRscOpXmlAndBack() {
        OperationRecord r = new OperationRecord("web_last_failure_0", "web_start_0", "start", "zcrm_executor",
                "3.20.5", "4:7:0:uuid", "0:1;4:7:0:uuid", "disk <full>", "n1", 12, 1, 0, 0, 1_700_000_000L,
                1_700_000_000L, 35, 2, "f2317cad3d54cec5d7d7aa7d0bf35cf8", "  state  ",
                "f2317cad3d54cec5d7d7aa7d0bf35cf8", null, null);
        String xml = CibCodec.writeFragment(LrmRscOpMapper.toLrmRscOp(r));
        assertTrue(xml.contains("id=\"web_last_failure_0\""), xml);
        assertTrue(xml.contains("rc-code=\"1\""), xml);
        assertTrue(xml.contains("exit-reason=\"disk &lt;full&gt;\""), xml);
        assertTrue(!xml.contains("op-secure-digest"), "absent digests are not written: " + xml);
        LrmRscOp back = CibCodec.readFragment(xml, LrmRscOp.class);
        assertEquals(r, LrmRscOpMapper.fromLrmRscOp(back));
    }
}
