package org.zcrm.executor.agent;

/** The OCF exit codes an agent result is expressed in (Pacemaker's enum ocf_exitcode). */
public final class OcfExitCode {

    public static final int OK = 0;
    public static final int UNKNOWN_ERROR = 1;
    public static final int INVALID_PARAM = 2;
    public static final int UNIMPLEMENT_FEATURE = 3;
    public static final int INSUFFICIENT_PRIV = 4;
    public static final int NOT_INSTALLED = 5;
    public static final int NOT_CONFIGURED = 6;
    public static final int NOT_RUNNING = 7;
    public static final int RUNNING_PROMOTED = 8;
    public static final int FAILED_PROMOTED = 9;
    public static final int DEGRADED = 190;
    public static final int DEGRADED_PROMOTED = 191;

    private OcfExitCode() {
    }

    /** The name Pacemaker's tools print for an exit code. */
    public static String name(int rc) {
        return switch (rc) {
            case OK -> "OK";
            case UNKNOWN_ERROR -> "Error occurred";
            case INVALID_PARAM -> "Invalid parameter";
            case UNIMPLEMENT_FEATURE -> "Unimplemented";
            case INSUFFICIENT_PRIV -> "Insufficient privileges";
            case NOT_INSTALLED -> "Not installed";
            case NOT_CONFIGURED -> "Not configured";
            case NOT_RUNNING -> "Not running";
            case RUNNING_PROMOTED -> "Promoted";
            case FAILED_PROMOTED -> "Failed in promoted role";
            case DEGRADED -> "Service is active but might fail soon";
            case DEGRADED_PROMOTED -> "Service is promoted but might fail soon";
            default -> "Unknown exit status " + rc;
        };
    }

    /** Pacemaker's services__ocf2ocf: anything outside 0-9 and the degraded codes is a generic error. */
    public static int fromOcf(int exitStatus) {
        if (exitStatus == DEGRADED || exitStatus == DEGRADED_PROMOTED) {
            return exitStatus;
        }
        return exitStatus < 0 || exitStatus > FAILED_PROMOTED ? UNKNOWN_ERROR : exitStatus;
    }

    /**
     * Pacemaker's services__lsb2ocf. Non-status actions share the OCF codes 0-7; the status action
     * has LSB's own: 0 running, 1 dead with a pid file, 2 dead with a lock file, 3 not running,
     * 4 unknown, and Pacemaker's internal 150 (not installed) and 151 (insufficient privileges).
     */
    public static int fromLsb(String action, int exitStatus) {
        if (!"status".equals(action) && !"monitor".equals(action)) {
            return exitStatus < 0 || exitStatus > NOT_RUNNING ? UNKNOWN_ERROR : exitStatus;
        }
        return switch (exitStatus) {
            case 0 -> OK;
            case LSB_STATUS_NOT_INSTALLED -> NOT_INSTALLED;
            case LSB_STATUS_INSUFFICIENT_PRIV -> INSUFFICIENT_PRIV;
            case 1, 2, 3 -> NOT_RUNNING;
            default -> UNKNOWN_ERROR;
        };
    }

    /** Pacemaker's internal LSB status code for "not installed". */
    public static final int LSB_STATUS_NOT_INSTALLED = 150;
    /** Pacemaker's internal LSB status code for "insufficient privileges". */
    public static final int LSB_STATUS_INSUFFICIENT_PRIV = 151;
}
