package fr.reseau.ecoles.territory;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ZonePilotRepository extends JpaRepository<ZonePilot, Long> {

  List<ZonePilot> findByNetworkIdAndZoneCodeOrderByTrioRole(String networkId, String zoneCode);

  List<ZonePilot> findByUserId(String userId);

  boolean existsByNetworkIdAndZoneCodeAndUserId(String networkId, String zoneCode, String userId);

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("delete from ZonePilot p where p.networkId = ?1 and p.zoneCode = ?2")
  int deleteZone(String networkId, String zoneCode);

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("delete from ZonePilot p where p.userId = ?1")
  int deleteUser(String userId);

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("delete from ZonePilot p where p.userId = ?1 and p.networkId = ?2")
  int deleteUserInNetwork(String userId, String networkId);
}
