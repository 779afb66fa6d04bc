package fr.reseau.ecoles.practice;

import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.Network;
import fr.reseau.ecoles.network.NetworkDirectory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * « Carte des pratiques » ({@code /carte/{networkId}}) for the network's members, logged into the
 * webapps (same browser session) or with HTTP Basic: the map, the search and the list; the form to
 * describe or change a practice; the coordinators' moderation. Forms post to this site only (Origin
 * checked, as the preferences page).
 */
@RestController
public class PracticePageController {

  private final PracticeService practices;
  private final PracticePageAccess pageAccess;
  private final NetworkDirectory directory;
  private final String tileUrl;
  private final String tileAttribution;

  public PracticePageController(
      PracticeService practices,
      PracticePageAccess pageAccess,
      NetworkDirectory directory,
      @Value("${app.map.tile-url:}") String tileUrl,
      @Value("${app.map.tile-attribution:}") String tileAttribution) {
    this.practices = practices;
    this.pageAccess = pageAccess;
    this.directory = directory;
    this.tileUrl = tileUrl;
    this.tileAttribution = tileAttribution;
  }

  public static String mapPath(String networkId) {
    return "/carte/" + networkId;
  }

  @GetMapping("/carte/{networkId}")
  public ResponseEntity<String> map(
      @PathVariable String networkId,
      @RequestParam(name = PracticeFilter.THEME, required = false) String theme,
      @RequestParam(name = PracticeFilter.PUBLIC, required = false) String publicServed,
      @RequestParam(name = PracticeFilter.WELCOMES_VISITORS, required = false) String welcomes,
      HttpServletRequest request,
      HttpServletResponse response) {
    PracticeService.Actor actor = actor(request, networkId);
    PracticeFilter filter;
    try {
      filter = new PracticeFilter(theme, publicServed, PracticeFilter.welcomes(welcomes));
    } catch (InvalidInputException e) {
      return message(response, HttpStatus.BAD_REQUEST, "Recherche invalide", e.getMessage());
    }
    List<Practice> list = practices.list(networkId, filter, actor);
    Map<String, Member> authors =
        directory.members(list.stream().map(Practice::getAuthorUserId).distinct().toList());
    Map<String, Object> v =
        PracticeMapPage.values(
            networkId,
            directory.network(networkId).map(Network::getName).orElse(networkId),
            filter,
            list,
            practices.establishments(networkId),
            authors,
            actor,
            tileUrl,
            tileAttribution);
    return PracticePages.page(response, HttpStatus.OK, "map", v);
  }

  @GetMapping("/carte/{networkId}/pratiques/nouvelle")
  public ResponseEntity<String> newForm(
      @PathVariable String networkId, HttpServletRequest request, HttpServletResponse response) {
    PracticeService.Actor actor = actor(request, networkId);
    Map<String, List<String>> values = new LinkedHashMap<>();
    practices
        .member(actor.userId(), networkId)
        .map(Member::getEstablishmentCode)
        .ifPresent(code -> values.put(PracticeInput.ESTABLISHMENT, List.of(code)));
    return form(response, HttpStatus.OK, networkId, null, values, null);
  }

  @GetMapping("/carte/{networkId}/pratiques/{id}/modifier")
  public ResponseEntity<String> editForm(
      @PathVariable String networkId,
      @PathVariable Long id,
      HttpServletRequest request,
      HttpServletResponse response) {
    PracticeService.Actor actor = actor(request, networkId);
    Practice practice = practices.get(networkId, id, actor);
    return form(response, HttpStatus.OK, networkId, id, PracticeForm.values(practice), null);
  }

  @PostMapping("/carte/{networkId}/pratiques")
  public ResponseEntity<String> create(
      @PathVariable String networkId, HttpServletRequest request, HttpServletResponse response) {
    return save(networkId, null, request, response);
  }

  @PostMapping("/carte/{networkId}/pratiques/{id}")
  public ResponseEntity<String> update(
      @PathVariable String networkId,
      @PathVariable Long id,
      HttpServletRequest request,
      HttpServletResponse response) {
    return save(networkId, id, request, response);
  }

  @PostMapping("/carte/{networkId}/pratiques/{id}/suppression")
  public ResponseEntity<String> delete(
      @PathVariable String networkId,
      @PathVariable Long id,
      HttpServletRequest request,
      HttpServletResponse response) {
    PracticeService.Actor actor = actor(request, networkId);
    if (!PracticePages.sameOrigin(request)) {
      return refusedOrigin(response);
    }
    practices.delete(networkId, id, actor);
    return PracticePages.redirect(mapPath(networkId));
  }

  @PostMapping("/carte/{networkId}/pratiques/{id}/moderation")
  public ResponseEntity<String> moderate(
      @PathVariable String networkId,
      @PathVariable Long id,
      @RequestParam(name = "hidden", required = false) String hidden,
      @RequestParam(name = PracticeService.MODERATION_REASON, required = false) String reason,
      HttpServletRequest request,
      HttpServletResponse response) {
    PracticeService.Actor actor = actor(request, networkId);
    if (!PracticePages.sameOrigin(request)) {
      return refusedOrigin(response);
    }
    try {
      practices.moderate(networkId, id, "true".equals(hidden), reason, actor);
    } catch (InvalidInputException e) {
      return message(response, HttpStatus.BAD_REQUEST, "Modération refusée", e.getMessage());
    }
    return PracticePages.redirect(mapPath(networkId) + "#pratique-" + id);
  }

  private ResponseEntity<String> save(
      String networkId, Long id, HttpServletRequest request, HttpServletResponse response) {
    PracticeService.Actor actor = actor(request, networkId);
    if (!PracticePages.sameOrigin(request)) {
      return refusedOrigin(response);
    }
    Map<String, List<String>> values = PracticeForm.values(request.getParameterMap());
    Practice saved;
    try {
      PracticeInput input = PracticeForm.input(values);
      saved =
          id == null
              ? practices.create(networkId, input, actor)
              : practices.update(networkId, id, input, actor);
    } catch (InvalidInputException e) {
      return form(response, HttpStatus.BAD_REQUEST, networkId, id, values, e);
    }
    return PracticePages.redirect(mapPath(networkId) + "#pratique-" + saved.getId());
  }

  private ResponseEntity<String> form(
      HttpServletResponse response,
      HttpStatus status,
      String networkId,
      Long id,
      Map<String, List<String>> values,
      InvalidInputException error) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("network", networkId);
    v.put("id", id);
    v.put(
        "action",
        id == null ? mapPath(networkId) + "/pratiques" : mapPath(networkId) + "/pratiques/" + id);
    Map<String, String> first = new LinkedHashMap<>();
    values.forEach((k, list) -> first.put(k, list.isEmpty() ? "" : list.get(0)));
    v.put("f", first);
    v.put("chosenThemes", values.getOrDefault(PracticeInput.THEMES, List.of()));
    v.put("themes", PracticeMapPage.themeOptions(null));
    v.put("publics", PracticeMapPage.publicOptions(null));
    v.put("schools", practices.establishments(networkId));
    v.put("periodRows", List.of(0, 1, 2));
    v.put("error", error == null ? null : error.getMessage());
    v.put("errorField", error == null ? null : error.getField());
    return PracticePages.page(response, status, "form", v);
  }

  private PracticeService.Actor actor(HttpServletRequest request, String networkId) {
    return pageAccess.requireMemberOf(request, networkId);
  }

  private static ResponseEntity<String> refusedOrigin(HttpServletResponse response) {
    return message(
        response,
        HttpStatus.FORBIDDEN,
        "Refusé",
        "Formulaire envoyé depuis un autre site : refusé.");
  }

  static ResponseEntity<String> message(
      HttpServletResponse response, HttpStatus status, String heading, String text) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("heading", heading);
    v.put("message", text);
    return PracticePages.page(response, status, "message", v);
  }
}
