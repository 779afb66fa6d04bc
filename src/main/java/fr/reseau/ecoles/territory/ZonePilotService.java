package fr.reseau.ecoles.territory;

import fr.reseau.ecoles.access.AccessPolicy;
import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.access.SystemAccess;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.MemberRepository;
import fr.reseau.ecoles.network.NetworkDirectory;
import fr.reseau.ecoles.network.NetworkZone;
import fr.reseau.ecoles.network.NetworkZoneRepository;
import fr.reseau.ecoles.network.SchoolDegree;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steering trios of a network's zones: who sits in each seat ({@link TrioRole}), whether the
 * zone's escalations go to them, and their membership of the Camunda group {@value
 * AccessPolicy#ZONE_PILOTS} (a member with at least one seat belongs to it).
 */
@Service
@Transactional
public class ZonePilotService {

  /** Longest user id accepted in a request (the column is 255). */
  static final int MAX_USER_ID = 100;

  /** One seat of a trio as the coordinators fill it in. */
  public record Seat(TrioRole role, String userId) {}

  /** A seat with the person's name, for the API and the forms. */
  public record Pilot(TrioRole role, String userId, String name) {}

  /** A zone's trio. */
  public record Trio(NetworkZone zone, List<Pilot> pilots, boolean escalateToTrio) {}

  private final NetworkZoneRepository zones;
  private final ZonePilotRepository pilots;
  private final ZoneSteeringRepository steering;
  private final MemberRepository members;
  private final NetworkDirectory directory;
  private final IdentityService identity;
  private final SystemAccess system;
  private final EntityManager entities;

  public ZonePilotService(
      NetworkZoneRepository zones,
      ZonePilotRepository pilots,
      ZoneSteeringRepository steering,
      MemberRepository members,
      NetworkDirectory directory,
      IdentityService identity,
      SystemAccess system,
      EntityManager entities) {
    this.zones = zones;
    this.pilots = pilots;
    this.steering = steering;
    this.members = members;
    this.directory = directory;
    this.identity = identity;
    this.system = system;
    this.entities = entities;
  }

  @Transactional(readOnly = true)
  public Optional<NetworkZone> zone(String networkId, String zoneCode) {
    return zones.findByNetworkIdAndCode(networkId, zoneCode);
  }

  @Transactional(readOnly = true)
  public List<NetworkZone> zones(String networkId) {
    return zones.findByNetworkIdOrderByName(networkId);
  }

  @Transactional(readOnly = true)
  public Trio trio(NetworkZone zone) {
    // In the trio's order (head of school, secondary, primary), not the codes' alphabetical one.
    List<ZonePilot> seats =
        pilots
            .findByNetworkIdAndZoneCodeOrderByTrioRole(zone.getNetworkId(), zone.getCode())
            .stream()
            .sorted(java.util.Comparator.comparing(ZonePilot::getTrioRole))
            .toList();
    Map<String, Member> people =
        members.findAllById(seats.stream().map(ZonePilot::getUserId).toList()).stream()
            .collect(java.util.stream.Collectors.toMap(Member::getUserId, m -> m));
    List<Pilot> result = new ArrayList<>();
    for (ZonePilot seat : seats) {
      Member member = people.get(seat.getUserId());
      result.add(
          new Pilot(
              seat.getTrioRole(),
              seat.getUserId(),
              member == null ? seat.getUserId() : member.fullName()));
    }
    boolean escalate =
        steering
            .findByNetworkIdAndZoneCode(zone.getNetworkId(), zone.getCode())
            .map(ZoneSteering::isEscalateToTrio)
            .orElse(false);
    return new Trio(zone, result, escalate);
  }

  /** Whether the user sits in the zone's trio. */
  @Transactional(readOnly = true)
  public boolean isPilotOf(String userId, String networkId, String zoneCode) {
    return userId != null
        && pilots.existsByNetworkIdAndZoneCodeAndUserId(networkId, zoneCode, userId);
  }

  /**
   * Replaces the zone's trio and its escalation choice, one seat per role at most, each person a
   * member of the network in a role that fits the seat (a head of school or a coordinator for «
   * personnel de direction », an inspector for the inspectors' seats, of the seat's degree when the
   * inspector's is known: {@link #fitsDegree}). Throws {@link InvalidInputException} naming the
   * field ({@code pilots[1].userId}): nothing is stored then. Two coordinators saving at once are
   * taken one after the other (the zone's row is locked).
   */
  public Trio replace(NetworkZone zone, List<Seat> seats, boolean escalateToTrio) {
    Map<TrioRole, String> chosen = new EnumMap<>(TrioRole.class);
    for (int i = 0; i < seats.size(); i++) {
      Seat seat = seats.get(i);
      String field = "pilots[" + i + "]";
      if (chosen.containsKey(seat.role())) {
        throw new InvalidInputException(
            field + ".role",
            "le rôle « " + seat.role().label() + " » est déjà pourvu dans ce trio (une personne).");
      }
      Member member =
          directory
              .memberIn(seat.userId(), zone.getNetworkId())
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          field + ".userId",
                          "« "
                              + seat.userId()
                              + " » n'est pas membre du réseau : choisissez une personne du"
                              + " réseau (identifiant de l'annuaire)."));
      if (!fits(seat.role(), member.getRole())) {
        throw new InvalidInputException(
            field + ".userId",
            member.fullName()
                + " ("
                + member.getRole().groupName()
                + ") ne peut pas occuper le rôle « "
                + seat.role().label()
                + " » : "
                + (seat.role() == TrioRole.HEAD_OF_SCHOOL
                    ? "il faut un·e chef·fe d'établissement ou un·e coordinateur·rice."
                    : "il faut un inspecteur ou une inspectrice."));
      }
      if (!fitsDegree(seat.role(), member.getDegree())) {
        throw new InvalidInputException(
            field + ".userId",
            member.fullName()
                + " est inspecteur·rice du "
                + member.getDegree().label().toLowerCase(java.util.Locale.ROOT)
                + " : le rôle « "
                + seat.role().label()
                + " » revient à un·e inspecteur·rice du "
                + seat.role().degree().label().toLowerCase(java.util.Locale.ROOT)
                + ".");
      }
      chosen.put(seat.role(), member.getUserId());
    }
    entities.lock(entities.find(NetworkZone.class, zone.getId()), LockModeType.PESSIMISTIC_WRITE);
    Set<String> concerned = new LinkedHashSet<>(chosen.values());
    pilots
        .findByNetworkIdAndZoneCodeOrderByTrioRole(zone.getNetworkId(), zone.getCode())
        .forEach(p -> concerned.add(p.getUserId()));
    pilots.deleteZone(zone.getNetworkId(), zone.getCode());
    chosen.forEach(
        (role, userId) ->
            pilots.save(new ZonePilot(zone.getNetworkId(), zone.getCode(), role, userId)));
    steering
        .findByNetworkIdAndZoneCode(zone.getNetworkId(), zone.getCode())
        .ifPresentOrElse(
            s -> s.escalateToTrio(escalateToTrio),
            () ->
                steering.save(
                    new ZoneSteering(zone.getNetworkId(), zone.getCode(), escalateToTrio)));
    pilots.flush();
    concerned.forEach(this::syncGroup);
    return trio(zone);
  }

  /** A member left a network (or every network): their seats there go, and the group with them. */
  public void memberLeft(String userId, String networkId) {
    if (networkId == null) {
      pilots.deleteUser(userId);
    } else {
      pilots.deleteUserInNetwork(userId, networkId);
      syncGroup(userId);
    }
  }

  /** Whether a member of that role may sit in that seat. */
  public static boolean fits(TrioRole seat, MemberRole role) {
    return seat == TrioRole.HEAD_OF_SCHOOL
        ? role == MemberRole.PRINCIPAL || role == MemberRole.COORDINATOR
        : role == MemberRole.INSPECTOR;
  }

  /**
   * Whether an inspector of that degree may sit in that seat: the secondary seat takes a secondary
   * inspector, the primary seat a primary one; an inspector whose degree is unknown (a roster
   * without the {@code degre} column) is accepted on either, as before the degrees were known.
   */
  public static boolean fitsDegree(TrioRole seat, SchoolDegree degree) {
    return seat.degree() == null || degree == null || seat.degree() == degree;
  }

  /** The user is in the group {@value AccessPolicy#ZONE_PILOTS} iff they sit in a trio. */
  private void syncGroup(String userId) {
    boolean seated = !pilots.findByUserId(userId).isEmpty();
    system.run(
        () -> {
          ensureGroup();
          if (identity.createUserQuery().userId(userId).count() == 0) {
            return;
          }
          boolean member =
              identity
                      .createUserQuery()
                      .userId(userId)
                      .memberOfGroup(AccessPolicy.ZONE_PILOTS)
                      .count()
                  > 0;
          if (seated && !member) {
            identity.createMembership(userId, AccessPolicy.ZONE_PILOTS);
          } else if (!seated && member) {
            identity.deleteMembership(userId, AccessPolicy.ZONE_PILOTS);
          }
        });
  }

  private void ensureGroup() {
    if (identity.createGroupQuery().groupId(AccessPolicy.ZONE_PILOTS).count() == 0) {
      Group group = identity.newGroup(AccessPolicy.ZONE_PILOTS);
      group.setName("Trios de pilotage des zones");
      group.setType(Groups.GROUP_TYPE_WORKFLOW);
      identity.saveGroup(group);
    }
  }
}
