package org.zcrm.executor.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a process's group id from Linux's /proc. */
final class ProcGroups {

    private ProcGroups() {
    }

    /** The process group of {@code pid}, or -1 when the process is gone or /proc is unreadable. */
    static long groupOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.UTF_8);
            // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses
            String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(rest[2]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
