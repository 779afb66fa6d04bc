package fr.reseau.ecoles.summary;

import fr.reseau.ecoles.network.ApiAccess;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of the network summary, for the network's coordinators (HTTP Basic, see
 * ApiSecurityConfig).
 */
@RestController
public class SummaryController {

  private final SummaryService summaries;
  private final ApiAccess access;

  public SummaryController(SummaryService summaries, ApiAccess access) {
    this.summaries = summaries;
    this.access = access;
  }

  public static String csvPath(String networkId, String schoolYear) {
    return "/api/networks/" + networkId + "/campaigns/" + schoolYear + "/summary.csv";
  }

  @GetMapping(value = "/api/networks/{networkId}/campaigns/{schoolYear}/summary.csv")
  public ResponseEntity<String> csv(
      @PathVariable String networkId, @PathVariable String schoolYear) {
    access.requireCoordinatorOf(networkId);
    return summaries
        .find(networkId, schoolYear)
        .map(
            summary ->
                ResponseEntity.ok()
                    .contentType(
                        new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                            .filename("synthese-" + networkId + "-" + schoolYear + ".csv")
                            .build()
                            .toString())
                    .body(SummaryCsv.write(summaries.read(summary))))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }
}
