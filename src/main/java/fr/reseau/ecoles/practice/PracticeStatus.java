package fr.reseau.ecoles.practice;

/**
 * Whether the network sees a practice: a coordinator hides one (with a reason) or shows it again.
 */
public enum PracticeStatus {
  PUBLISHED,
  HIDDEN
}
