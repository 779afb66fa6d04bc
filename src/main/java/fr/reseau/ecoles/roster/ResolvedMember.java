package fr.reseau.ecoles.roster;

/** A member line of the roster with the user id it designates. */
record ResolvedMember(RosterRow row, String userId) {}
