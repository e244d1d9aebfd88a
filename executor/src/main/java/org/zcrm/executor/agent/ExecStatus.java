package org.zcrm.executor.agent;

/**
 * How the attempt to run an action went, apart from the agent's own exit code: Pacemaker's enum
 * pcmk_exec_status, stored as {@code op-status} in lrm_rsc_op.
 */
public enum ExecStatus {
    PENDING(-1, "Pending"),
    DONE(0, "Done"),
    CANCELLED(1, "Cancelled"),
    TIMEOUT(2, "Timed out"),
    NOT_SUPPORTED(3, "Unsupported"),
    ERROR(4, "Error"),
    ERROR_HARD(5, "Hard error"),
    ERROR_FATAL(6, "Fatal error"),
    NOT_INSTALLED(7, "Not installed"),
    NOT_CONNECTED(8, "Internal communication failure"),
    INVALID(9, "Cannot execute now"),
    NO_FENCE_DEVICE(10, "No fence device"),
    NO_SECRETS(11, "CIB secrets unavailable");

    private final int code;
    private final String text;

    ExecStatus(int code, String text) {
        this.code = code;
        this.text = text;
    }

    /** The integer stored in the CIB's {@code op-status}. */
    public int code() {
        return code;
    }

    /** Pacemaker's pcmk_exec_status_str text. */
    public String text() {
        return text;
    }

    public static ExecStatus fromCode(int code) {
        for (ExecStatus s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown op-status " + code);
    }
}
