package fr.reseau.ecoles.workshop;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.network.ApiAccess;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The animators' pool of a network's académie, for the network's project teams and coordinators
 * (HTTP Basic, see ApiSecurityConfig): every network of the académie brings its animators and sees
 * the others'; another académie's are not listed. An e-mail address is shown only to the network
 * that brought the animator.
 */
@RestController
public class AnimatorPoolController {

  public static final String PATH = "/api/networks/{networkId}/animators";

  private final ApiAccess access;
  private final AnimatorPoolService animators;

  public AnimatorPoolController(ApiAccess access, AnimatorPoolService animators) {
    this.access = access;
    this.animators = animators;
  }

  @GetMapping(PATH)
  public List<Map<String, Object>> pool(@PathVariable String networkId) {
    access.requireRoleIn(networkId, MemberRole.PROJECT_TEAM, MemberRole.COORDINATOR);
    Map<String, String> networks = animators.academyNetworks(networkId);
    return animators.pool(networkId).stream()
        .map(
            a -> {
              Map<String, Object> row = new LinkedHashMap<>();
              row.put("id", a.getId());
              row.put("fullName", a.getFullName());
              row.put("establishment", a.getEstablishment() == null ? "" : a.getEstablishment());
              row.put("network", a.getNetworkId());
              row.put(WorkshopDayRows.NETWORK_NAME, networks.getOrDefault(a.getNetworkId(), ""));
              row.put("concerns", AnimatorPoolService.splitConcerns(a.getConcerns()));
              row.put("daysAnimated", a.getDaysAnimated());
              row.put("lastDay", a.getLastDayDate() == null ? "" : a.getLastDayDate().toString());
              if (a.getNetworkId().equals(networkId)) {
                row.put("email", a.getEmail() == null ? "" : a.getEmail());
              }
              return row;
            })
        .toList();
  }
}
