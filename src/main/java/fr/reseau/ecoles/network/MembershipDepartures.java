package fr.reseau.ecoles.network;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person left a network ({@link MemberLeft}, in the transaction of the removal): only that
 * membership ends. A further membership ({@link NetworkMembership}) is deleted; when they leave
 * their home network while still belonging to others, the first of those becomes their home (so a
 * later roster import of that network does not put them back into the tenant they left). A person
 * of one network keeps their member row, as before (docs/roster.md).
 */
@Component
class MembershipDepartures {

  private static final Logger LOG = LoggerFactory.getLogger(MembershipDepartures.class);

  private final MemberRepository members;
  private final NetworkMembershipRepository memberships;

  MembershipDepartures(MemberRepository members, NetworkMembershipRepository memberships) {
    this.members = members;
    this.memberships = memberships;
  }

  @EventListener
  @Transactional
  public void memberLeft(MemberLeft left) {
    List<NetworkMembership> further = memberships.findByUserIdOrderByNetworkId(left.userId());
    if (left.accountDeleted()) {
      memberships.deleteAll(further);
      return;
    }
    further.stream()
        .filter(m -> m.getNetworkId().equals(left.networkId()))
        .forEach(memberships::delete);
    List<NetworkMembership> remaining =
        further.stream().filter(m -> !m.getNetworkId().equals(left.networkId())).toList();
    Member home = members.findById(left.userId()).orElse(null);
    if (home != null && home.getNetworkId().equals(left.networkId()) && !remaining.isEmpty()) {
      NetworkMembership next = remaining.get(0);
      home.update(
          home.getFirstName(),
          home.getLastName(),
          home.getEmail(),
          next.getRole(),
          next.getEstablishmentCode(),
          next.getNetworkId());
      memberships.delete(next);
      LOG.info(
          "{} left their home network {}; {} is their home network now",
          left.userId(),
          left.networkId(),
          next.getNetworkId());
    }
  }
}
