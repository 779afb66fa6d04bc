package fr.reseau.ecoles.pairing;

import java.util.List;

/**
 * Chooses the visits among the free visitor and host roles (forced pairs already set aside): the
 * most visits, then the lowest total cost, every hard rule of {@link PairingRules} kept.
 */
interface PairingMatcher {

  List<PairingCandidate> optimalMatching(
      List<Volunteer> freeVisitors,
      List<Volunteer> freeHosts,
      PairingRules rules,
      PairingCosts costs);
}
