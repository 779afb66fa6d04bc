package fr.reseau.ecoles.territory;

import fr.reseau.ecoles.network.MemberLeft;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person left a network ({@link MemberLeft}, in the transaction of the removal): their seats in
 * that network's trios are freed, and they leave the group {@code zone-pilots} when they sit in no
 * other trio.
 */
@Component
public class PilotDepartures {

  private final ZonePilotService pilots;

  public PilotDepartures(ZonePilotService pilots) {
    this.pilots = pilots;
  }

  @EventListener
  @Transactional
  public void memberLeft(MemberLeft left) {
    pilots.memberLeft(left.userId(), left.networkId());
  }
}
