package fr.reseau.ecoles.pairing;

/** An ordered pair: {@code visitor} visits the CDI of {@code host}. Both are user ids. */
public record PairKey(String visitor, String host) {}
