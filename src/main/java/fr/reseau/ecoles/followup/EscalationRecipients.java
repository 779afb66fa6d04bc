package fr.reseau.ecoles.followup;

import fr.reseau.ecoles.network.Member;
import java.util.List;

/**
 * Members who receive a stalled task's « Relancer ou réaffecter » beside the coordinators, as
 * candidates of the task and in the messages: for example the steering trio of the zone of the
 * task's holder, when the coordinators chose so ({@code territory.ZoneEscalations}). A later
 * package implements it; none means the coordinators alone.
 */
public interface EscalationRecipients {

  /**
   * @param networkId the network (tenant) of the stalled task
   * @param holderUserId who held the stalled task, {@code null} for a group task
   */
  List<Member> of(String networkId, String holderUserId);
}
