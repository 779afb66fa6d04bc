package fr.reseau.ecoles.visit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RecapRepository extends JpaRepository<Recap, Long> {

  Optional<Recap> findFirstByVisitIdOrderByVersionDesc(Long visitId);

  List<Recap> findByVisitIdInAndValidatedTrue(Collection<Long> visitIds);
}
