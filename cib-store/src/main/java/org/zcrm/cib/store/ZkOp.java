package org.zcrm.cib.store;

import java.util.List;
import org.apache.zookeeper.CreateMode;
import org.apache.zookeeper.Op;
import org.apache.zookeeper.data.ACL;

/** One znode write of a change, with the object it belongs to for messages. */
record ZkOp(Type type, String path, byte[] data, int version, String object) {

  enum Type { CREATE, SET, DELETE }

  static ZkOp create(String path, byte[] data, String object) {
    return new ZkOp(Type.CREATE, path, data, -1, object);
  }

  static ZkOp set(String path, byte[] data, int version, String object) {
    return new ZkOp(Type.SET, path, data, version, object);
  }

  static ZkOp delete(String path, int version, String object) {
    return new ZkOp(Type.DELETE, path, null, version, object);
  }

  int bytes() {
    return SizeLimits.opBytes(path, data);
  }

  Op toOp(List<ACL> acl) {
    return switch (type) {
      case CREATE -> Op.create(path, data, acl, CreateMode.PERSISTENT);
      case SET -> Op.setData(path, data, version);
      case DELETE -> Op.delete(path, version);
    };
  }
}
