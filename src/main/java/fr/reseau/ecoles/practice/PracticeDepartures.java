package fr.reseau.ecoles.practice;

import fr.reseau.ecoles.network.MemberLeft;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A person left a network ({@link MemberLeft}, in the transaction of the removal): their practices
 * of that network (of every network when the account was deleted) leave the map. Nobody could still
 * be welcomed by them, and the texts are theirs.
 */
@Component
class PracticeDepartures {

  private final PracticeRepository practices;

  PracticeDepartures(PracticeRepository practices) {
    this.practices = practices;
  }

  @EventListener
  void memberLeft(MemberLeft left) {
    practices.deleteAll(
        practices.findByAuthorUserId(left.userId()).stream()
            .filter(p -> left.accountDeleted() || p.getNetworkId().equals(left.networkId()))
            .toList());
  }
}
