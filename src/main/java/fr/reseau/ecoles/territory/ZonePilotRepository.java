package fr.reseau.ecoles.territory;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ZonePilotRepository extends JpaRepository<ZonePilot, Long>, ZonePilotDeletes {

  List<ZonePilot> findByNetworkIdAndZoneCodeOrderByTrioRole(String networkId, String zoneCode);

  List<ZonePilot> findByUserId(String userId);

  boolean existsByNetworkIdAndZoneCodeAndUserId(String networkId, String zoneCode, String userId);
}
