package fr.reseau.ecoles.academic;

import fr.reseau.ecoles.academic.AcademicAccounts.Person;
import fr.reseau.ecoles.academic.AcademicGroupService.GroupDefinition;
import fr.reseau.ecoles.access.Requester;
import fr.reseau.ecoles.access.SystemAccess;
import fr.reseau.ecoles.forminput.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The academic groups (docs/academic-groups.md):
 *
 * <ul>
 *   <li>{@code GET /api/academic-groups}: an administrator or a member of the national group reads
 *       every group; anyone else the groups they are in (teacher, référent, IA-IPR);
 *   <li>{@code PUT /api/academic-groups/{groupId}}: administrators create or change a group;
 *   <li>{@code GET /api/academic-groups/{groupId}/productions}: the group's productions with the
 *       référent's progress reports, for its people, the national group and administrators (others
 *       403);
 *   <li>{@code POST /api/academic-groups/{groupId}/proposals}: a network's summary or a workshop
 *       day's referent ideas proposed to the group as a starting point (a link): any logged-in
 *       member of a network or of an academic group;
 *   <li>{@code GET /api/national-group}, {@code PUT /api/national-group/representatives/{userId}}:
 *       the national group (read by its members and administrators; named by administrators).
 * </ul>
 */
@RestController
public class AcademicGroupController {

  public static final String GROUPS = "/api/academic-groups";
  public static final String GROUP = GROUPS + "/{groupId}";
  public static final String PRODUCTIONS = GROUP + "/productions";
  public static final String PROPOSALS = GROUP + "/proposals";
  public static final String NATIONAL = "/api/national-group";
  public static final String REPRESENTATIVE = NATIONAL + "/representatives/{userId}";

  private final IdentityService identity;
  private final AcademicGroupService groups;
  private final ProductionService productions;
  private final ProductionProposals proposals;
  private final AcademicAccounts accounts;

  public AcademicGroupController(
      IdentityService identity,
      AcademicGroupService groups,
      ProductionService productions,
      ProductionProposals proposals,
      AcademicAccounts accounts) {
    this.identity = identity;
    this.groups = groups;
    this.productions = productions;
    this.proposals = proposals;
    this.accounts = accounts;
  }

  public record PersonView(String userId, String name) {}

  public record GroupView(
      String id,
      String academie,
      String name,
      String theme,
      PersonView referent,
      PersonView inspector,
      List<PersonView> members) {}

  public record ReportView(String reportedBy, Instant reportedAt, String progress) {}

  public record ProductionView(
      Long id,
      String title,
      ProductionStatus status,
      String discipline,
      String level,
      String sourceLink,
      Instant updatedAt,
      Instant publishedAt,
      List<ReportView> progressReports) {}

  public record Proposal(String title, String sourceLink, String summary) {}

  public record ProposalCreated(Long productionId) {}

  public record RepresentativeBody(String firstName, String lastName, String email, String title) {}

  public record RepresentativeView(String userId, String name, String title) {}

  public record NationalView(
      List<PersonView> referents, List<RepresentativeView> representatives) {}

  private Authentication user() {
    return Requester.person(identity)
        .orElseThrow(
            () ->
                new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Authentification requise."));
  }

  private Authentication administrator() {
    Authentication user = user();
    if (!SystemAccess.isAdministrator(user)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Réservé aux administrateurs.");
    }
    return user;
  }

  private boolean seesEverything(Authentication user) {
    return SystemAccess.isAdministrator(user) || groups.isNationalMember(user.getUserId());
  }

  private AcademicGroup readable(String groupId) {
    Authentication user = user();
    AcademicGroup group =
        groups
            .find(groupId)
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Groupe inconnu."));
    if (!seesEverything(user) && !group.involves(user.getUserId())) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN, "Réservé aux membres du groupe académique.");
    }
    return group;
  }

  @GetMapping(GROUPS)
  public List<GroupView> list() {
    Authentication user = user();
    return (seesEverything(user) ? groups.all() : groups.involving(user.getUserId()))
        .stream().map(this::view).toList();
  }

  @PutMapping(GROUP)
  public GroupView define(@PathVariable String groupId, @RequestBody GroupDefinition body) {
    administrator();
    return view(groups.define(groupId, body, null));
  }

  @GetMapping(PRODUCTIONS)
  public List<ProductionView> productions(@PathVariable String groupId) {
    AcademicGroup group = readable(groupId);
    return productions.ofGroup(group.getId()).stream()
        .map(
            p ->
                new ProductionView(
                    p.getId(),
                    p.getTitle(),
                    p.getStatus(),
                    p.getDiscipline(),
                    p.getLevel(),
                    p.getSourceLink(),
                    p.getUpdatedAt(),
                    p.getPublishedAt(),
                    productions.reports(p.getId()).stream()
                        .map(
                            r ->
                                new ReportView(
                                    accounts.name(r.getReportedBy()),
                                    r.getReportedAt(),
                                    r.getProgress()))
                        .toList()))
        .toList();
  }

  @PostMapping(PROPOSALS)
  public ResponseEntity<ProposalCreated> propose(
      @PathVariable String groupId, @RequestBody Proposal body) {
    Authentication user = user();
    AcademicGroup group =
        groups
            .find(groupId)
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Groupe inconnu."));
    if (!proposals.mayPropose(user, group)) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN, "Réservé aux membres d'un réseau ou d'un groupe académique.");
    }
    Long productionId =
        proposals.propose(group, user.getUserId(), body.title(), body.summary(), body.sourceLink());
    return ResponseEntity.status(HttpStatus.CREATED).body(new ProposalCreated(productionId));
  }

  @GetMapping(NATIONAL)
  public NationalView national() {
    Authentication user = user();
    if (!seesEverything(user)) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN, "Réservé au groupe de travail national.");
    }
    List<PersonView> referents =
        groups.all().stream().map(g -> person(g.getReferentUserId())).distinct().toList();
    List<RepresentativeView> representatives =
        groups.representatives().stream()
            .map(
                r ->
                    new RepresentativeView(
                        r.getUserId(), accounts.name(r.getUserId()), r.getTitle()))
            .toList();
    return new NationalView(referents, representatives);
  }

  @PutMapping(REPRESENTATIVE)
  public RepresentativeView nameRepresentative(
      @PathVariable String userId, @RequestBody RepresentativeBody body) {
    administrator();
    NationalRepresentative representative =
        groups.nameRepresentative(
            new Person(userId, body.firstName(), body.lastName(), body.email()),
            body.title(),
            null);
    return new RepresentativeView(
        representative.getUserId(),
        accounts.name(representative.getUserId()),
        representative.getTitle());
  }

  private PersonView person(String userId) {
    return new PersonView(userId, accounts.name(userId));
  }

  private GroupView view(AcademicGroup g) {
    return new GroupView(
        g.getId(),
        g.getAcademie(),
        g.getName(),
        g.getTheme(),
        person(g.getReferentUserId()),
        person(g.getInspectorUserId()),
        groups.memberNames(g).entrySet().stream()
            .map(e -> new PersonView(e.getKey(), e.getValue()))
            .toList());
  }

  @ExceptionHandler(InvalidInputException.class)
  public ResponseEntity<Map<String, String>> invalid(InvalidInputException e) {
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("field", e.getField(), "message", e.getMessage()));
  }
}
