package fr.reseau.ecoles.network;

import fr.reseau.ecoles.access.MemberRole;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

/**
 * The people and their home network. The members of a network are its home members and those of
 * {@link NetworkMembership}: {@link NetworkDirectory#membersOf} and {@link
 * NetworkDirectory#membersWithRole} count both.
 */
public interface MemberRepository extends JpaRepository<Member, String> {

  /** Home members only; see {@link NetworkDirectory#membersWithRole}. */
  List<Member> findByNetworkIdAndRoleOrderByUserId(String networkId, MemberRole role);

  /** Home members only; see {@link NetworkDirectory#membersOf}. */
  List<Member> findByNetworkIdOrderByUserId(String networkId);

  java.util.Optional<Member> findFirstByUserIdIgnoreCase(String userId);

  /**
   * The people, locked until the end of the transaction (in user id order, so two imports naming
   * the same people do not deadlock): the rosters of two networks naming one person are checked and
   * written one after the other.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  List<Member> findLockedByUserIdInOrderByUserId(Collection<String> userIds);
}
