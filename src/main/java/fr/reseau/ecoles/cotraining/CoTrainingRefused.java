package fr.reseau.ecoles.cotraining;

/**
 * A co-training request was refused, by the head of school or by the coordinators. Published in
 * that answer's transaction so the requester is told ({@code invitation} listens); the cotraining
 * package names no listener.
 */
public record CoTrainingRefused(Long requestId) {}
