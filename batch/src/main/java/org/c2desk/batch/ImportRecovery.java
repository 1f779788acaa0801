package org.c2desk.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.c2desk.imports.ImportLeases;
import org.c2desk.imports.ImportNode;
import org.c2desk.imports.ImportProgress;
import org.c2desk.imports.ImportRun;

/**
 * Imports survive a crash. A few seconds after the application starts, then every minute, this server takes back
 * the import runs left RUNNING that no server runs any more, and continues each in a new job execution after its
 * last committed record ({@code import_run.last_record}, committed with the rows): exactly the rows of the file in
 * the end, none twice, none missing.
 *
 * <p>Which runs: those this server ran before it stopped (same node, earlier boot) once their heartbeat is
 * {@value #SAME_NODE_STALE_SECONDS} s old (after a redeployment the previous deployment's job may still run); those of another
 * server of a cluster once its heartbeat is {@value #STALE_SECONDS} s old (a running job's chunks, and this bean
 * every minute, keep it fresh). The claim is one UPDATE in PostgreSQL, so one server only takes a given run. A run
 * whose stop was asked ends STOPPED instead; one that crashed its server {@value #MAX_AUTO_RESTARTS} times ends
 * FAILED (restart it by hand once the cause is found).
 *
 * <p>Started from this module, where the job's XML lives: the batch runtime shows a job only to its own module.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportRecovery {

    private static final Logger LOG = Logger.getLogger(ImportRecovery.class.getName());

    /** Seconds without a heartbeat after which another server takes a run. */
    static final int STALE_SECONDS = 180;
    /**
     * Seconds without a heartbeat after which this server takes back its own run from an earlier start: a job of the
     * application as deployed before a redeployment may still run (and commit) meanwhile.
     */
    static final int SAME_NODE_STALE_SECONDS = 15;

    static final int MAX_AUTO_RESTARTS = 3;
    /** Delay after start-up: the application (its migrations, the batch runtime) is then fully deployed. */
    static final long FIRST_DELAY_MS = 5_000;
    /** A second look soon after, for a run whose heartbeat was still fresh at the first. */
    static final long SECOND_DELAY_MS = 25_000;

    @Resource
    TimerService timers;

    @EJB
    ImportLeases leases;

    @EJB
    ImportProgress progress;

    @EJB
    JobStarter jobs;

    private final AtomicBoolean busy = new AtomicBoolean();

    @PostConstruct
    void scheduleFirstLook() {
        timers.createSingleActionTimer(FIRST_DELAY_MS, new TimerConfig("import-recovery-at-start", false));
        timers.createSingleActionTimer(SECOND_DELAY_MS, new TimerConfig("import-recovery-after-start", false));
    }

    @Timeout
    void atStart(Timer timer) {
        recover();
    }

    @Schedule(hour = "*", minute = "*", second = "30", persistent = false, info = "import-recovery")
    void everyMinute() {
        recover();
    }

    /** Keeps this server's runs fresh, then takes and continues the orphans. Returns how many were continued. */
    public int recover() {
        if (!busy.compareAndSet(false, true)) {
            return 0;
        }
        int continued = 0;
        try {
            leases.heartbeat();
            List<ImportLeases.Claimed> claimed = leases.claimOrphans(SAME_NODE_STALE_SECONDS, STALE_SECONDS);
            for (ImportLeases.Claimed run : claimed) {
                try {
                    if (run.stopRequested()) {
                        progress.ended(run.id(), ImportRun.Status.STOPPED, "Stopped (its server stopped meanwhile)");
                    } else if (run.autoRestarts() > MAX_AUTO_RESTARTS) {
                        progress.ended(
                                run.id(),
                                ImportRun.Status.FAILED,
                                "The server stopped " + run.autoRestarts()
                                        + " times during this import: it is no longer restarted automatically. Restart it"
                                        + " once the cause is found (see the server log)");
                    } else {
                        long execution = jobs.resumeClaimedImport(run);
                        continued++;
                        LOG.info(() -> "Import " + run.id() + " was left running by a server that stopped ("
                                + (run.previousOnThisNode() ? "this one" : "another") + ", job execution "
                                + run.previousExecution() + "): continued on " + ImportNode.NODE
                                + " in job execution " + execution + " after its last committed record");
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Cannot continue the interrupted import " + run.id(), e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Looking for interrupted imports failed; trying again in a minute", e);
        } finally {
            busy.set(false);
        }
        return continued;
    }
}
