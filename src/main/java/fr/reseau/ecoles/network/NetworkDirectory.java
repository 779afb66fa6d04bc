package fr.reseau.ecoles.network;

import fr.reseau.ecoles.access.MemberRole;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to networks, establishments and members, for the processes' services: the one place
 * that answers "is this person a member of network N, with which role, in which establishment" for
 * a person who may belong to several networks (their home {@link Member} row and their {@link
 * NetworkMembership}s). {@link #member(String)} is the person with their home network; code about
 * one network asks {@link #memberIn(String, String)}.
 */
@Service
@Transactional(readOnly = true)
public class NetworkDirectory {

  private final NetworkRepository networks;
  private final EstablishmentRepository establishments;
  private final MemberRepository members;
  private final NetworkZoneRepository zones;
  private final NetworkMembershipRepository memberships;

  public NetworkDirectory(
      NetworkRepository networks,
      EstablishmentRepository establishments,
      MemberRepository members,
      NetworkZoneRepository zones,
      NetworkMembershipRepository memberships) {
    this.networks = networks;
    this.establishments = establishments;
    this.members = members;
    this.zones = zones;
    this.memberships = memberships;
  }

  /** The names of the network's zones by code (empty for a network without zones). */
  public Map<String, String> zoneNames(String networkId) {
    return zones.findByNetworkIdOrderByName(networkId).stream()
        .collect(Collectors.toMap(NetworkZone::getCode, NetworkZone::getName));
  }

  public Optional<Network> network(String networkId) {
    return networks.findById(networkId);
  }

  /**
   * The network and the other networks of its académie (same {@link Network#academyKey}), the
   * network first; only the network when it names no académie.
   */
  public List<Network> sameAcademy(String networkId) {
    Network network =
        networks
            .findById(networkId)
            .orElseThrow(() -> new IllegalStateException("Unknown network " + networkId));
    List<Network> result = new java.util.ArrayList<>(List.of(network));
    String key = network.academyKey();
    if (!key.isEmpty()) {
      networks.findAll().stream()
          .filter(other -> !other.getId().equals(networkId) && key.equals(other.academyKey()))
          .sorted(java.util.Comparator.comparing(Network::getId))
          .forEach(result::add);
    }
    return result;
  }

  /**
   * Locks the network's row until the transaction ends: decisions that count across a network's
   * processes (a volunteer's half-days) are taken one at a time.
   */
  @Transactional
  public void lockNetwork(String networkId) {
    networks
        .findLockedById(networkId)
        .orElseThrow(() -> new IllegalStateException("Unknown network " + networkId));
  }

  /** The network's documentalistes, whichever network is their home, by user id. */
  public List<Member> documentalistes(String networkId) {
    return membersWithRole(networkId, MemberRole.DOCUMENTALISTE);
  }

  /**
   * The network's primary teachers (issue 19): its teachers ({@code enseignant}) whose
   * establishment in this network is a primary school (école maternelle, élémentaire, primaire), by
   * user id. They are invited to the CDI tour when a campaign opens visits across degrees.
   */
  public List<Member> primaryTeachers(String networkId) {
    List<Member> teachers = membersWithRole(networkId, MemberRole.TEACHER);
    Map<String, Establishment> schools =
        establishments(
            teachers.stream().map(Member::getEstablishmentCode).filter(c -> c != null).toList());
    return teachers.stream()
        .filter(m -> m.getEstablishmentCode() != null)
        .filter(
            m -> {
              Establishment school = schools.get(m.getEstablishmentCode());
              return school != null
                  && networkId.equals(school.getNetworkId())
                  && school.degree() == SchoolDegree.PRIMAIRE;
            })
        .toList();
  }

  /** The network's members with that role, home or not, by user id. */
  public List<Member> membersWithRole(String networkId, MemberRole role) {
    List<NetworkMembership> further =
        memberships.findByNetworkIdAndRoleOrderByUserId(networkId, role);
    return merge(members.findByNetworkIdAndRoleOrderByUserId(networkId, role), further);
  }

  /** Every member of the network, home or not, by user id. */
  public List<Member> membersOf(String networkId) {
    return merge(
        members.findByNetworkIdOrderByUserId(networkId),
        memberships.findByNetworkIdOrderByUserId(networkId));
  }

  private List<Member> merge(List<Member> home, List<NetworkMembership> further) {
    if (further.isEmpty()) {
      return home;
    }
    Map<String, Member> people =
        members(further.stream().map(NetworkMembership::getUserId).toList());
    return Stream.concat(
            home.stream(),
            further.stream()
                .filter(m -> people.containsKey(m.getUserId()))
                .map(m -> people.get(m.getUserId()).asMemberOf(m)))
        .sorted(Comparator.comparing(Member::getUserId))
        .toList();
  }

  /** The person with their home network's role and establishment. */
  public Optional<Member> member(String userId) {
    return members.findById(userId);
  }

  /**
   * The person as a member of that network (its role, its establishment), or empty when they do not
   * belong to it.
   */
  public Optional<Member> memberIn(String userId, String networkId) {
    if (userId == null || networkId == null) {
      return Optional.empty();
    }
    return members
        .findById(userId)
        .flatMap(
            home ->
                home.getNetworkId().equals(networkId)
                    ? Optional.of(home)
                    : memberships
                        .findByUserIdAndNetworkId(userId, networkId)
                        .map(home::asMemberOf));
  }

  /**
   * The person as a member of that network, for what they took part in there (a visit, a request):
   * {@link #memberIn}, or, once they left that network, the person with their home network (as for
   * a person of one network, whose row stays when they leave). Throws for an unknown person.
   */
  public Member requireMemberIn(String userId, String networkId) {
    return memberIn(userId, networkId).orElseGet(() -> requireMember(userId));
  }

  public boolean isMemberOf(String userId, String networkId) {
    return memberIn(userId, networkId).isPresent();
  }

  /** The networks the person belongs to, home first; empty for a person of no network. */
  public List<String> networkIdsOf(String userId) {
    Optional<Member> home = userId == null ? Optional.empty() : members.findById(userId);
    if (home.isEmpty()) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    ids.add(home.get().getNetworkId());
    memberships.findByUserIdOrderByNetworkId(userId).stream()
        .map(NetworkMembership::getNetworkId)
        .filter(id -> !Objects.equals(id, home.get().getNetworkId()))
        .forEach(ids::add);
    return ids;
  }

  /** The people as members of that network; those who do not belong to it are left out. */
  public Map<String, Member> membersIn(String networkId, Collection<String> userIds) {
    Map<String, Member> result = new LinkedHashMap<>();
    Map<String, NetworkMembership> further = new HashMap<>();
    for (NetworkMembership m : memberships.findByUserIdInOrderByNetworkId(userIds)) {
      if (m.getNetworkId().equals(networkId)) {
        further.put(m.getUserId(), m);
      }
    }
    for (Member home : members.findAllById(userIds)) {
      if (home.getNetworkId().equals(networkId)) {
        result.put(home.getUserId(), home);
      } else if (further.containsKey(home.getUserId())) {
        result.put(home.getUserId(), home.asMemberOf(further.get(home.getUserId())));
      }
    }
    return result;
  }

  public Member requireMember(String userId) {
    return members
        .findById(userId)
        .orElseThrow(() -> new IllegalStateException("Unknown member " + userId));
  }

  public Establishment requireEstablishment(String code) {
    return establishments
        .findById(code)
        .orElseThrow(() -> new IllegalStateException("Unknown establishment " + code));
  }

  /** The people with their home network; about one network, see {@link #membersIn}. */
  public Map<String, Member> members(Collection<String> userIds) {
    return members.findAllById(userIds).stream()
        .collect(Collectors.toMap(Member::getUserId, Function.identity()));
  }

  public Map<String, Establishment> establishments(Collection<String> codes) {
    return establishments.findAllById(codes).stream()
        .collect(Collectors.toMap(Establishment::getCode, Function.identity()));
  }

  public Establishment establishmentOf(Member member) {
    return requireEstablishment(member.getEstablishmentCode());
  }
}
