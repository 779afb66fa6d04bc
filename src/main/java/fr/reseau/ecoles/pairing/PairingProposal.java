package fr.reseau.ecoles.pairing;

import java.util.List;

/**
 * Result of the pairing algorithm.
 *
 * @param visits the proposed visits, sorted by visitor then host
 * @param unpaired the volunteers left without any visit, sorted by user id
 */
public record PairingProposal(List<ProposedVisit> visits, List<UnpairedVolunteer> unpaired) {

  public PairingProposal {
    visits = visits == null ? List.of() : List.copyOf(visits);
    unpaired = unpaired == null ? List.of() : List.copyOf(unpaired);
  }
}
