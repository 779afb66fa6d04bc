package fr.reseau.ecoles.network;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

public interface NetworkRepository extends JpaRepository<Network, String> {

  /**
   * The network, locked until the end of the transaction: one roster import per network at a time.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  Optional<Network> findLockedById(String id);
}
