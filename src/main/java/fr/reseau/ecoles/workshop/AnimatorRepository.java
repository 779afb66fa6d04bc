package fr.reseau.ecoles.workshop;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnimatorRepository extends JpaRepository<Animator, Long> {

  List<Animator> findByNetworkIdOrderByFullName(String networkId);

  List<Animator> findByNetworkIdInOrderByFullName(java.util.Collection<String> networkIds);

  Optional<Animator> findFirstByNetworkIdInAndFullNameIgnoreCaseAndEstablishmentIgnoreCase(
      java.util.Collection<String> networkIds, String fullName, String establishment);

  Optional<Animator> findFirstByNetworkIdAndFullNameIgnoreCaseAndEstablishmentIgnoreCase(
      String networkId, String fullName, String establishment);
}
