package fr.reseau.ecoles.invitation;

import fr.reseau.ecoles.network.MemberLeft;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A person left a network ({@link MemberLeft}, in the transaction of the removal): their calendar
 * subscription address stops working at once (revoked, as « Révoquer l'adresse » does); a person
 * belongs to one network, so their feed only listed that network's dates.
 */
@Component
class CalendarFeedRevocations {

  private final CalendarFeedService feeds;

  CalendarFeedRevocations(CalendarFeedService feeds) {
    this.feeds = feeds;
  }

  @EventListener
  void memberLeft(MemberLeft left) {
    feeds.revoke(left.userId());
  }
}
