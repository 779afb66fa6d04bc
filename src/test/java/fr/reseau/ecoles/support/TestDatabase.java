package fr.reseau.ecoles.support;

import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database of a test that starts an application of its own: a fresh in-memory H2, or, with
 * {@code -Ppostgres}, a fresh schema of the test database on PostgreSQL (the migrations create it).
 */
public final class TestDatabase {

  private TestDatabase() {}

  /** Whether the tests run on PostgreSQL ({@code -Ppostgres}). */
  public static boolean postgres() {
    return postgresUrl() != null;
  }

  static String postgresUrl() {
    String url = System.getProperty("test.postgres.url");
    return url == null || url.isBlank() ? null : url;
  }

  /**
   * Command-line arguments pointing an application at a new, empty database named after {@code
   * name}.
   */
  public static List<String> freshDatabaseArguments(String name) {
    String unique = (name + "_" + System.nanoTime()).toLowerCase().replaceAll("[^a-z0-9_]", "_");
    if (!postgres()) {
      return List.of("--spring.datasource.url=jdbc:h2:mem:" + unique);
    }
    return List.of(
        "--spring.datasource.url=" + postgresUrl() + "?currentSchema=" + unique,
        "--spring.flyway.schemas=" + unique);
  }

  /**
   * For a test class whose Spring context must have a database of its own (its job executor must
   * never run the other tests' jobs): an in-memory H2 named {@code name}, or, with {@code
   * -Ppostgres}, the schema {@code name} of the test database. Call it from a
   * {@code @DynamicPropertySource} method; these properties win over the test JVM's system
   * properties.
   */
  public static void ownDatabase(String name, DynamicPropertyRegistry registry) {
    if (!postgres()) {
      registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
      return;
    }
    String schema = name.toLowerCase().replaceAll("[^a-z0-9_]", "_");
    registry.add("spring.datasource.url", () -> postgresUrl() + "?currentSchema=" + schema);
    registry.add("spring.flyway.schemas", () -> schema);
  }
}
