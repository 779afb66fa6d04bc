package fr.reseau.ecoles.event;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

public interface NetworkEventRepository extends JpaRepository<NetworkEvent, Long> {

  List<NetworkEvent> findByNetworkIdOrderByEventDateDescIdDesc(String networkId);

  Optional<NetworkEvent> findByProcessInstanceId(String processInstanceId);

  /**
   * The event under a row lock: registrations and cancellations of one event count its places one
   * at a time (several members register in the same second).
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  Optional<NetworkEvent> findLockedById(Long id);
}
