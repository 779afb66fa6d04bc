package fr.reseau.ecoles.territory;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ZoneSteeringRepository extends JpaRepository<ZoneSteering, Long> {

  Optional<ZoneSteering> findByNetworkIdAndZoneCode(String networkId, String zoneCode);
}
