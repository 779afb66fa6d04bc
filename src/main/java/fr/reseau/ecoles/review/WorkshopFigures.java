package fr.reseau.ecoles.review;

/**
 * The workshop days of a year ({@code workshop-day} process), when that feature is installed: a
 * bean implementing this adds the indicators "workshop days held" and "referents named".
 */
public interface WorkshopFigures {

  YearIndicators.Workshops of(String networkId, String schoolYear);
}
