package fr.reseau.ecoles.network;

import fr.reseau.ecoles.access.MemberRole;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The memberships beyond a person's home network; ask {@link NetworkDirectory} instead. */
public interface NetworkMembershipRepository extends JpaRepository<NetworkMembership, Long> {

  List<NetworkMembership> findByUserIdOrderByNetworkId(String userId);

  List<NetworkMembership> findByUserIdInOrderByNetworkId(Collection<String> userIds);

  Optional<NetworkMembership> findByUserIdAndNetworkId(String userId, String networkId);

  List<NetworkMembership> findByNetworkIdOrderByUserId(String networkId);

  List<NetworkMembership> findByNetworkIdAndRoleOrderByUserId(String networkId, MemberRole role);
}
