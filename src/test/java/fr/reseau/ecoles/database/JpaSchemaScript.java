package fr.reseau.ecoles.database;

import jakarta.persistence.Entity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Writes the CREATE script of our JPA tables for one database, as Hibernate would create them with
 * Spring Boot's naming strategies: the starting point of a migration under {@code
 * src/main/resources/db/migration/{vendor}} (docs/operations.md, "PostgreSQL"). Run by {@code
 * scripts/jpa-schema.sh h2|postgresql}; no database is needed.
 */
public final class JpaSchemaScript {

  private static final Map<String, String> DIALECTS =
      Map.of(
          "h2", "org.hibernate.dialect.H2Dialect",
          "postgresql", "org.hibernate.dialect.PostgreSQLDialect");

  private JpaSchemaScript() {}

  public static void main(String[] args) throws Exception {
    String vendor = args.length > 0 ? args[0] : "h2";
    Path out = Path.of(args.length > 1 ? args[1] : "target/jpa-schema-" + vendor + ".sql");
    String dialect = DIALECTS.get(vendor);
    if (dialect == null) {
      throw new IllegalArgumentException("Vendor h2 or postgresql, not " + vendor);
    }
    Files.deleteIfExists(out);
    Files.createDirectories(out.toAbsolutePath().getParent());
    StandardServiceRegistry registry =
        new StandardServiceRegistryBuilder()
            .applySetting("jakarta.persistence.schema-generation.database.action", "none")
            .applySetting("jakarta.persistence.schema-generation.scripts.action", "create")
            .applySetting(
                "jakarta.persistence.schema-generation.scripts.create-target", out.toString())
            .applySetting("hibernate.hbm2ddl.delimiter", ";")
            .applySetting("hibernate.format_sql", "true")
            .applySetting("hibernate.dialect", dialect)
            .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
            // The versions these machines run (PostgreSQL 15, H2 2.x); only the PostgreSQL one
            // changes the DDL.
            .applySetting(
                "jakarta.persistence.database-major-version", vendor.equals("h2") ? "2" : "15")
            .applySetting(
                "hibernate.physical_naming_strategy",
                "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy")
            .applySetting(
                "hibernate.implicit_naming_strategy",
                "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy")
            .build();
    MetadataSources sources = new MetadataSources(registry);
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
    for (BeanDefinition entity : scanner.findCandidateComponents("fr.reseau.ecoles")) {
      sources.addAnnotatedClass(Class.forName(entity.getBeanClassName()));
    }
    // Building the session factory writes the script (JPA schema generation); no connection is
    // opened.
    sources.buildMetadata().buildSessionFactory().close();
    StandardServiceRegistryBuilder.destroy(registry);
    System.out.println("Wrote " + out.toAbsolutePath());
  }
}
