package fr.reseau.ecoles.operations;

import fr.reseau.ecoles.network.ApiAccess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators back up the default H2 database of a running installation: {@code POST
 * /api/admin/h2-backup} writes {@code backup/reseau-ecoles-<UTC time>.zip} next to {@code ./data}
 * and answers its path (restore steps: docs/operations.md).
 */
@RestController
public class BackupController {

  private final H2Backup backup;
  private final ApiAccess access;

  public BackupController(H2Backup backup, ApiAccess access) {
    this.backup = backup;
    this.access = access;
  }

  @PostMapping("/api/admin/h2-backup")
  public ResponseEntity<Map<String, Object>> backup() {
    access.requireAdministrator();
    Optional<Path> zip = backup.backup();
    if (zip.isEmpty()) {
      return ResponseEntity.status(HttpStatus.CONFLICT)
          .body(
              Map.of(
                  "message",
                  "La base de données n'est pas une base H2 sur fichier : sauvegardez-la avec ses propres outils (pg_dump pour PostgreSQL)."));
    }
    try {
      return ResponseEntity.status(HttpStatus.CREATED)
          .body(Map.of("file", zip.get().toString(), "bytes", Files.size(zip.get())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
