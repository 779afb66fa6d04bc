package fr.reseau.ecoles.event;

/** A head of school signed or refused a contributor's ordre de mission: the contributor is told. */
public record MissionOrderAnswered(Long registrationId) {}
