package fr.reseau.ecoles.cotraining;

/**
 * A co-training request was scheduled by the coordinators (Task_SendConvocations). Published in
 * that step's transaction for the convocations (a later feature, {@code invitation}, listens); the
 * cotraining package names no listener.
 */
public record CoTrainingScheduled(Long requestId) {}
