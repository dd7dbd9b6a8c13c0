package newsgraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs the Neo4j Community engine with its Bolt connector on 127.0.0.1 until it is told to stop.
 *
 * <p>Usage: {@code Launcher <dataDir> <boltPort> <pageCacheMb> [--exit-with-stdin]}. With
 * {@code --exit-with-stdin} the database shuts down when standard input closes, so a parent
 * process that dies (even by SIGKILL) never leaves an orphaned Neo4j behind. SIGTERM shuts down
 * cleanly through the shutdown hook. Prints "READY bolt://127.0.0.1:PORT" once Bolt listens.
 */
public final class Launcher {
  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: Launcher <dataDir> <boltPort> <pageCacheMb> [--exit-with-stdin]");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCacheMb = Long.parseLong(args[2]);
    boolean exitWithStdin = args.length > 3 && args[3].equals("--exit-with-stdin");

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            // Bound to loopback only, so the local development database needs no password.
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            // Bolt otherwise idles 5 + 5 s in Netty's graceful shutdown after the databases
            // are checkpointed and closed; nothing is gained by waiting.
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
            .build();
    dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME); // fail fast if it cannot start

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      dbms.shutdown();
      stopped.countDown();
    }));
    System.out.println("READY bolt://127.0.0.1:" + port);
    System.out.flush();

    if (exitWithStdin) {
      drain(System.in);
      System.exit(0); // runs the shutdown hook
    }
    stopped.await();
  }

  private static void drain(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // Nothing is sent on stdin; it only tells us the parent is alive.
      }
    } catch (IOException ignored) {
      // A broken pipe means the parent is gone, the same as end of input.
    }
  }
}
