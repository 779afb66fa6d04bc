package fr.reseau.ecoles.notification;

/** A file sent with a message (a calendar invitation, a printable document). */
public record Attachment(String filename, String contentType, byte[] content) {}
