package fr.reseau.ecoles.support;

import java.util.List;

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

  /** Command-line arguments pointing an application at a new, empty database named after {@code name}. */
  public static List<String> freshDatabaseArguments(String name) {
    String unique = (name + "_" + System.nanoTime()).toLowerCase().replaceAll("[^a-z0-9_]", "_");
    if (!postgres()) {
      return List.of("--spring.datasource.url=jdbc:h2:mem:" + unique);
    }
    return List.of("--spring.datasource.url=" + postgresUrl() + "?currentSchema=" + unique,
        "--spring.flyway.schemas=" + unique);
  }
}
