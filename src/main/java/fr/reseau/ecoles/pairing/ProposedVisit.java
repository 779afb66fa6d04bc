package fr.reseau.ecoles.pairing;

/**
 * One visit of the proposal: {@code visitor} visits the CDI of {@code host}.
 *
 * @param visitor user id of the visitor
 * @param host user id of the host
 * @param visitorName display name of the visitor
 * @param hostName display name of the host
 * @param visitorEstablishment establishment code of the visitor
 * @param hostEstablishment establishment code of the host
 * @param visitorEstablishmentName establishment name of the visitor
 * @param hostEstablishmentName establishment name of the host
 * @param distanceKm great-circle distance between the two establishments, rounded to 0.1 km
 * @param score cost of the visit (lower is better), rounded to 0.1
 * @param reasons why this pair, in French, for the coordinators
 */
public record ProposedVisit(
    String visitor,
    String host,
    String visitorName,
    String hostName,
    String visitorEstablishment,
    String hostEstablishment,
    String visitorEstablishmentName,
    String hostEstablishmentName,
    double distanceKm,
    double score,
    String reasons) {}
