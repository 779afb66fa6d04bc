package fr.reseau.ecoles.workshop.planning;

/** A teacher who could not be placed in a group, with the reason in French. */
public record UnplacedTeacher(String teacherId, String reason) {}
