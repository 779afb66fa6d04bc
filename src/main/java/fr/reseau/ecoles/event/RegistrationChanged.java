package fr.reseau.ecoles.event;

/**
 * A registration got or lost its place (registered, put on the waiting list, promoted from it,
 * cancelled): the member is told, with the event's {@code .ics} when registered.
 */
public record RegistrationChanged(Long registrationId) {}
