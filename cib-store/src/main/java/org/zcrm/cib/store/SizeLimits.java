package org.zcrm.cib.store;

import java.nio.charset.StandardCharsets;

/**
 * ZooKeeper's size limits as the client checks them before writing. A request larger than the
 * server's jute.maxbuffer (1,048,575 bytes by default) is not refused cleanly: the server drops the
 * connection and the client retries until it gives up. So an object larger than
 * {@code maxObjectBytes} is refused naming the object, and a change is cut into requests of at
 * most {@code maxRequestBytes}.
 */
public record SizeLimits(int maxObjectBytes, int maxRequestBytes) {

  /** Bytes a request spends on an operation besides its path and data (header, version, ACL). */
  static final int OP_OVERHEAD = 160;

  /** From the jute.maxbuffer system property (as the server uses it), with a margin for headers. */
  public static SizeLimits standard() {
    int max = Integer.getInteger("jute.maxbuffer", 0xfffff);
    return new SizeLimits(max - 64 * 1024, max - 32 * 1024);
  }

  static int opBytes(String path, byte[] data) {
    return path.getBytes(StandardCharsets.UTF_8).length + (data == null ? 0 : data.length) + OP_OVERHEAD;
  }
}
