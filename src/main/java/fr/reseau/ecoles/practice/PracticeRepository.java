package fr.reseau.ecoles.practice;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PracticeRepository extends JpaRepository<Practice, Long> {

  List<Practice> findByNetworkIdOrderByTitleAscIdAsc(String networkId);

  List<Practice> findByNetworkIdAndStatusAndAuthorUserIdIn(
      String networkId, PracticeStatus status, Collection<String> authors);

  List<Practice> findByNetworkIdAndTitle(String networkId, String title);

  List<Practice> findByAuthorUserId(String authorUserId);
}
