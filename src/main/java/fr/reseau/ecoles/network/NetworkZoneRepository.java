package fr.reseau.ecoles.network;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NetworkZoneRepository extends JpaRepository<NetworkZone, Long> {

  List<NetworkZone> findByNetworkIdOrderByName(String networkId);

  Optional<NetworkZone> findByNetworkIdAndCode(String networkId, String code);
}
