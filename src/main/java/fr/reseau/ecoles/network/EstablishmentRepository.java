package fr.reseau.ecoles.network;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EstablishmentRepository extends JpaRepository<Establishment, String> {

  List<Establishment> findByNetworkIdOrderByCode(String networkId);

  /** The establishments a head of school leads (usually one). */
  List<Establishment> findByPrincipalUserId(String principalUserId);
}
