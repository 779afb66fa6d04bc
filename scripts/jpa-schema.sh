#!/usr/bin/env bash
# Writes the CREATE script of our JPA tables (entities under src/main/java) for h2 and postgresql into
# target/jpa-schema-{vendor}.sql, as Hibernate generates it with Spring Boot's naming strategies.
# Starting point of a new migration when an entity changes: diff it with the tables the existing
# migrations create, and write the ALTER statements as the next V<n>__*.sql in both
# src/main/resources/db/migration/h2 and .../postgresql (docs/operations.md, "PostgreSQL").
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
for vendor in "${@:-h2 postgresql}"; do
  for v in $vendor; do
    java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
      fr.reseau.ecoles.database.JpaSchemaScript "$v" "target/jpa-schema-$v.sql"
  done
done
