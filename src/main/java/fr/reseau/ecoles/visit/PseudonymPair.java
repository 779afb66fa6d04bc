package fr.reseau.ecoles.visit;

/**
 * The two keyed pseudonyms of a {@link PairHistory} row, the smaller first (order-independent).
 *
 * @param low the smaller pseudonym (64 lowercase hexadecimal digits)
 * @param high the larger pseudonym
 */
public record PseudonymPair(String low, String high) {}
