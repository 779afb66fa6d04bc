package fr.reseau.ecoles.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Nodes sharing one PostgreSQL database start one after the other: from before the migrations to
 * the end of the start-up tasks (administrator account, access grants, Tasklist filters,
 * deployments, demo data), which read-then-write rows that two nodes starting at the same moment
 * would both create. A PostgreSQL session advisory lock held on a connection of its own; the
 * database releases it if the node dies. On H2 (one process per database file) there is nothing to
 * do.
 */
@Component(DatabaseStartup.LOCK)
public class ClusterStartupLock implements DisposableBean {

  /** Any constant shared by the nodes: "reseau-e" in ASCII. */
  static final long KEY = 0x7265736561752d65L;

  private static final Logger LOG = LoggerFactory.getLogger(ClusterStartupLock.class);

  private Connection connection;

  public ClusterStartupLock(DataSource dataSource) throws SQLException {
    Connection candidate = dataSource.getConnection();
    if (!"PostgreSQL".equals(candidate.getMetaData().getDatabaseProductName())) {
      candidate.close();
      return;
    }
    candidate.setAutoCommit(true);
    LOG.info("Waiting for the start-up lock of the database (another node may be starting)");
    try (PreparedStatement lock = candidate.prepareStatement("select pg_advisory_lock(?)")) {
      lock.setLong(1, KEY);
      lock.execute();
    } catch (SQLException e) {
      candidate.close();
      throw e;
    }
    connection = candidate;
    LOG.info("Start-up lock taken");
  }

  /** Once every start-up task has run. */
  @EventListener(ApplicationReadyEvent.class)
  public synchronized void release() {
    if (connection == null) {
      return;
    }
    try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
      unlock.setLong(1, KEY);
      unlock.execute();
      LOG.info("Start-up lock released");
    } catch (SQLException e) {
      LOG.warn("Start-up lock not released explicitly; closing its connection releases it", e);
    } finally {
      try {
        connection.close();
      } catch (SQLException e) {
        LOG.warn("Could not close the start-up lock's connection", e);
      }
      connection = null;
    }
  }

  /** A start-up that fails closes the context: the lock goes with it. */
  @Override
  public void destroy() {
    release();
  }
}
