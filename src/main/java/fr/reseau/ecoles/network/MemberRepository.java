package fr.reseau.ecoles.network;

import fr.reseau.ecoles.access.MemberRole;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MemberRepository extends JpaRepository<Member, String> {

  List<Member> findByNetworkIdAndRoleOrderByUserId(String networkId, MemberRole role);

  List<Member> findByNetworkIdOrderByUserId(String networkId);

  java.util.Optional<Member> findFirstByUserIdIgnoreCase(String userId);
}
