package fr.reseau.ecoles.roster;

import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.EstablishmentRepository;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.NetworkDirectory;
import fr.reseau.ecoles.spreadsheet.SpreadsheetCsvWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A network's roster as a CSV file the import reads back unchanged (docs/roster.md, "Export"): one
 * line per member, with the documented headers, every column filled (the establishment's details on
 * each of its lines), network zones by code and kinds and roles by the words the import knows, an
 * inspector's degree ({@code primaire}, {@code secondaire}) in the last column. An establishment
 * without any member has no line.
 */
@Service
public class RosterExport {

  /** The columns written, in this order. */
  static final List<RosterColumn> COLUMNS =
      List.of(
          RosterColumn.LAST_NAME,
          RosterColumn.FIRST_NAME,
          RosterColumn.EMAIL,
          RosterColumn.ESTABLISHMENT_CODE,
          RosterColumn.ROLE,
          RosterColumn.USER_ID,
          RosterColumn.ESTABLISHMENT,
          RosterColumn.KIND,
          RosterColumn.TOWN,
          RosterColumn.DEPARTMENT,
          RosterColumn.ZONE,
          RosterColumn.NETWORK_ZONE,
          RosterColumn.LATITUDE,
          RosterColumn.LONGITUDE,
          RosterColumn.DEGREE);

  private final NetworkDirectory directory;
  private final EstablishmentRepository establishments;

  public RosterExport(NetworkDirectory directory, EstablishmentRepository establishments) {
    this.directory = directory;
    this.establishments = establishments;
  }

  @Transactional(readOnly = true)
  public String csv(String networkId) {
    Map<String, Establishment> schools =
        establishments.findByNetworkIdOrderByCode(networkId).stream()
            .collect(Collectors.toMap(Establishment::getCode, Function.identity()));
    // Home members and members of several networks alike, each with this network's establishment.
    List<Member> people = directory.membersOf(networkId);
    return SpreadsheetCsvWriter.write(
        COLUMNS.stream().map(RosterColumn::header).toList(),
        csv -> {
          for (Member m : people) {
            Establishment e =
                m.getEstablishmentCode() == null ? null : schools.get(m.getEstablishmentCode());
            csv.printRecord(
                Arrays.asList(
                    m.getLastName(),
                    m.getFirstName(),
                    m.getEmail(),
                    m.getEstablishmentCode(),
                    RosterVocabulary.roleWord(m.getRole()),
                    m.getUserId(),
                    e == null ? null : e.getName(),
                    e == null ? null : RosterVocabulary.kindWord(e.getKind()),
                    e == null ? null : e.getTown(),
                    e == null ? null : e.getDepartment(),
                    e == null ? null : e.getHolidayZone(),
                    e == null ? null : e.getZoneCode(),
                    e == null ? null : e.getLatitude(),
                    e == null ? null : e.getLongitude(),
                    m.getDegree() == null ? null : m.getDegree().code()));
          }
        });
  }
}
