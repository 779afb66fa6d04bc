package fr.reseau.ecoles.pairing;

import java.util.List;

/** A possible visit {@code visitor → host} with its distance, covered needs and cost. */
record PairingCandidate(
    Volunteer visitor,
    Volunteer host,
    long distanceTenths,
    List<String> coveredNeeds,
    long costMilli) {}
