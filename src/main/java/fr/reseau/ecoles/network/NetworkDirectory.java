package fr.reseau.ecoles.network;

import fr.reseau.ecoles.access.MemberRole;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to networks, establishments and members, for the processes' services. */
@Service
@Transactional(readOnly = true)
public class NetworkDirectory {

  private final NetworkRepository networks;
  private final EstablishmentRepository establishments;
  private final MemberRepository members;
  private final NetworkZoneRepository zones;

  public NetworkDirectory(
      NetworkRepository networks,
      EstablishmentRepository establishments,
      MemberRepository members,
      NetworkZoneRepository zones) {
    this.networks = networks;
    this.establishments = establishments;
    this.members = members;
    this.zones = zones;
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
        .lockById(networkId)
        .orElseThrow(() -> new IllegalStateException("Unknown network " + networkId));
  }

  public List<Member> documentalistes(String networkId) {
    return members.findByNetworkIdAndRoleOrderByUserId(networkId, MemberRole.DOCUMENTALISTE);
  }

  public Optional<Member> member(String userId) {
    return members.findById(userId);
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
