package fr.reseau.ecoles.workshop;

/**
 * « Envoyer les invitations » of a workshop day happened (Task_SendInvitations): each participant's
 * group and path are stored. Published in that step's transaction for the messages (a later feature
 * listens); the workshop package names no listener.
 */
public record WorkshopInvitationsSent(Long workshopDayId) {}
