package fr.reseau.ecoles.volunteering;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** Stores a small set of codes (themes, constraints) as one comma-separated column. */
@Converter
public class CodeSetConverter implements AttributeConverter<Set<String>, String> {

  @Override
  public String convertToDatabaseColumn(Set<String> codes) {
    return codes == null || codes.isEmpty() ? "" : String.join(",", codes);
  }

  @Override
  public Set<String> convertToEntityAttribute(String column) {
    Set<String> codes = new LinkedHashSet<>();
    if (column != null && !column.isBlank()) {
      codes.addAll(Arrays.asList(column.split(",")));
    }
    return codes;
  }
}
