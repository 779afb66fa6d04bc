package fr.reseau.ecoles.workshop.planning;

/** A group attends this session in this slot. */
public record PathStep(int slot, String sessionId, String workshopId, String concern) {}
