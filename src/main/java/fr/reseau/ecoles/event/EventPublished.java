package fr.reseau.ecoles.event;

import java.util.List;

/**
 * An event was published (Task_OpenEvent): the invitations go out. Published in that step's
 * transaction; the invitation package listens (the event package names no listener).
 */
public record EventPublished(Long eventId, List<String> invitees) {}
